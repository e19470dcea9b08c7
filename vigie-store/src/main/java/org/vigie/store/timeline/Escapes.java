package org.vigie.store.timeline;

/**
 * Article text is untrusted: escaping for each medium it reaches. HTML for element content and
 * quoted attributes; Markdown with its markup characters escaped; a terminal with control
 * characters (escape sequences) removed. Stateless.
 */
public final class Escapes {
  private Escapes() {}

  public static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * One line of Markdown: control characters dropped, inline markup characters escaped (callers
   * start each line with their own list marker, so line-start markup cannot take effect; brackets
   * are escaped, so parentheses cannot make a link and stay as they are).
   */
  public static String markdown(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    terminal(s)
        .codePoints()
        .forEach(
            c -> {
              if ("\\`*_{}[]<>#+!|".indexOf(c) >= 0) {
                b.append('\\');
              }
              b.appendCodePoint(c);
            });
    return b.toString();
  }

  /** Text for a terminal: control characters removed, tabs as spaces. */
  public static String terminal(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isISOControl(c) || c == '\t').forEach(b::appendCodePoint);
    return b.toString().replace('\t', ' ');
  }
}
