package org.vigie.text;

import java.util.Arrays;

/**
 * Maps offsets of a derived text back to offsets of the text it came from (OpenNLP's {@code
 * AlignedText}, Lucene's {@code CharFilter.correctOffset}). Maps compose, so any annotation of the
 * cleaned text can be shown in the raw page.
 *
 * <p>Stored as one source offset per derived character, plus the source end; a character that
 * cleaning inserted maps to where it was inserted. Immutable and thread-safe.
 */
public final class OffsetMap {
  private final int[] sourceOf;

  private OffsetMap(int[] sourceOf) {
    this.sourceOf = sourceOf;
  }

  /** The map of a text to itself. */
  public static OffsetMap identity(int length) {
    int[] map = new int[length + 1];
    for (int i = 0; i <= length; i++) {
      map[i] = i;
    }
    return new OffsetMap(map);
  }

  /** Length of the derived text this map starts from. */
  public int length() {
    return sourceOf.length - 1;
  }

  /** The source offset of the derived offset {@code offset} (0 to {@link #length()} inclusive). */
  public int toSource(int offset) {
    if (offset < 0 || offset >= sourceOf.length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length());
    }
    return sourceOf[offset];
  }

  /**
   * The source offset just after derived character {@code offset - 1}: use it for the end of a
   * half-open span, so that a span ending on the last character of a run does not stretch over what
   * cleaning removed after it.
   */
  public int toSourceEnd(int offset) {
    if (offset == 0) {
      return toSource(0);
    }
    return toSource(offset - 1) + 1;
  }

  /**
   * The first derived offset whose source offset is at or after {@code sourceOffset}: carries a
   * position of the source text forward into the derived one (the map is non-decreasing).
   */
  public int toDerived(int sourceOffset) {
    int low = 0;
    int high = sourceOf.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sourceOf[mid] < sourceOffset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The map of the derived sub-text {@code [from, to)} to the same source. */
  public OffsetMap slice(int from, int to) {
    if (from < 0 || to < from || to > length()) {
      throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of 0.." + length());
    }
    int[] sliced = Arrays.copyOfRange(sourceOf, from, to + 1);
    if (to > from) {
      sliced[to - from] = sourceOf[to - 1] + 1;
    }
    return new OffsetMap(sliced);
  }

  /** {@code this} maps C to B and {@code toOrigin} maps B to A: the result maps C to A. */
  public OffsetMap andThen(OffsetMap toOrigin) {
    int[] composed = new int[sourceOf.length];
    for (int i = 0; i < sourceOf.length; i++) {
      composed[i] = toOrigin.toSource(sourceOf[i]);
    }
    return new OffsetMap(composed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap other && Arrays.equals(sourceOf, other.sourceOf);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sourceOf);
  }

  /** Builds a derived text and its map together, one appended piece at a time. Not thread-safe. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] map = new int[64];

    /** Appends {@code source[from, to)} unchanged. */
    public Builder copy(CharSequence source, int from, int to) {
      for (int i = from; i < to; i++) {
        put(source.charAt(i), i);
      }
      return this;
    }

    /** Appends one character that stands for the source character at {@code sourceOffset}. */
    public Builder put(char c, int sourceOffset) {
      if (text.length() + 1 >= map.length) {
        map = Arrays.copyOf(map, map.length * 2);
      }
      map[text.length()] = sourceOffset;
      text.append(c);
      return this;
    }

    /** Appends text that has no source of its own (a paragraph break), placed at {@code at}. */
    public Builder insert(CharSequence inserted, int at) {
      for (int i = 0; i < inserted.length(); i++) {
        if (text.length() + 1 >= map.length) {
          map = Arrays.copyOf(map, map.length * 2);
        }
        map[text.length()] = at;
        text.append(inserted.charAt(i));
      }
      return this;
    }

    public int length() {
      return text.length();
    }

    public char charAt(int i) {
      return text.charAt(i);
    }

    /** Drops everything from {@code newLength} on (trailing whitespace). */
    public Builder truncate(int newLength) {
      text.setLength(newLength);
      return this;
    }

    public String text() {
      return text.toString();
    }

    /** The map; the end of the derived text maps just past the source of its last character. */
    public OffsetMap build() {
      int length = text.length();
      int[] result = Arrays.copyOf(map, length + 1);
      result[length] = length == 0 ? 0 : result[length - 1] + 1;
      return new OffsetMap(result);
    }
  }
}
