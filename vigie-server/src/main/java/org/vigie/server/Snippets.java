package org.vigie.server;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet (matched words between {@code <b>} and {@code </b>}, the rest raw article text)
 * as a list of parts, so the UI can show the marks without ever parsing the text as HTML.
 */
final class Snippets {
  private Snippets() {}

  /** One run of snippet text and whether it matched the query. */
  record Part(String text, boolean match) {}

  static List<Part> parts(String snippet) {
    List<Part> parts = new ArrayList<>();
    if (snippet == null) {
      return parts;
    }
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf("<b>", at);
      int close = open < 0 ? -1 : snippet.indexOf("</b>", open + 3);
      if (open < 0 || close < 0) {
        parts.add(new Part(snippet.substring(at), false));
        break;
      }
      if (open > at) {
        parts.add(new Part(snippet.substring(at, open), false));
      }
      parts.add(new Part(snippet.substring(open + 3, close), true));
      at = close + 4;
    }
    return parts;
  }
}
