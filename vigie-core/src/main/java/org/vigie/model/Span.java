package org.vigie.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units into an article's {@code text}.
 *
 * <p>Every annotation in Vigie points into the one cleaned text through a span, so a quote, a date
 * or a name can be highlighted and cited.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Throws when this span does not fit a text of the given length. */
  public Span checkWithin(int textLength) {
    if (end > textLength) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + textLength);
    }
    return this;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
