package org.vigie.text;

/**
 * Lays out extracted text in an {@link OffsetMap.Builder}: collapses runs of white space, keeps
 * line and paragraph breaks, drops control characters. Shared by the plain-text and HTML extractors
 * so both give the same shape of text. Not thread-safe; one per document.
 */
public final class TextLayout {
  private final OffsetMap.Builder out = new OffsetMap.Builder();
  private boolean pendingSpace;

  /** Appends {@code source[from, to)}, whose characters come from raw offsets {@code raw[i]}. */
  public void appendRun(CharSequence source, int from, int to, RawPositions raw) {
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\n') {
        lineBreak(1, raw.at(i));
      } else if (isCollapsible(c)) {
        pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
      } else if (!isControl(c)) {
        if (pendingSpace) {
          out.insert(" ", raw.at(i));
          pendingSpace = false;
        }
        out.put(c, raw.at(i));
      }
    }
  }

  /** Ends the current line; {@code lines} = 2 leaves a blank line (a paragraph break). */
  public void lineBreak(int lines, int rawOffset) {
    pendingSpace = false;
    if (out.length() == 0) {
      return;
    }
    int existing = 0;
    while (existing < out.length() && out.charAt(out.length() - 1 - existing) == '\n') {
      existing++;
    }
    if (existing < lines) {
      out.insert("\n".repeat(lines - existing), rawOffset);
    }
  }

  /** The text without trailing breaks, and its map. */
  public ExtractedLayout finish() {
    int end = out.length();
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.truncate(end);
    return new ExtractedLayout(out.text(), out.build());
  }

  private static boolean isCollapsible(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF';
  }

  /** Where each character of a run came from in the raw input. */
  public interface RawPositions {
    int at(int index);
  }

  public record ExtractedLayout(String text, OffsetMap map) {}
}
