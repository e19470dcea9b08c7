package org.vigie.text;

/**
 * Text from a plain-text article: one line per line, blank-line runs collapsed to one, spaces
 * collapsed, control characters dropped, with a map back to the raw offsets. Thread-safe.
 *
 * <p>Example: {@code "Bakou\r\n\r\n\r\nLa Russie fait"} becomes {@code "Bakou\n\nLa Russie fait"}.
 */
final class PlainTextExtractor {
  TextLayout.ExtractedLayout extract(String raw) {
    TextLayout layout = new TextLayout();
    int lineStart = 0;
    int blankRun = 0;
    while (lineStart <= raw.length()) {
      int newline = raw.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? raw.length() : newline;
      if (raw.substring(lineStart, lineEnd).isBlank()) {
        blankRun++;
      } else {
        layout.lineBreak(blankRun > 0 ? 2 : 1, lineStart);
        blankRun = 0;
        layout.appendRun(raw, lineStart, lineEnd, i -> i);
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return layout.finish();
  }
}
