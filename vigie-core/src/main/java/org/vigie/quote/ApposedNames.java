package org.vigie.quote;

import java.util.HashMap;
import java.util.Map;

/**
 * The names an article sets beside a role by commas, by where the role phrase starts: "Moussa
 * Ibrahim, un porte-parole de Kadhafi" (the role after the name) or "le porte-parole de
 * l'état-major, le colonel Thierry Burckhard." (the name, with its own title, after the role). A
 * role read at a cue is the person apposed to it, whatever else the article says of the role. One
 * instance per document; not thread-safe; bounded by the article's person mentions.
 */
final class ApposedNames {
  private final Map<Integer, String> byOffset = new HashMap<>();
  private final String text;

  ApposedNames(String text) {
    this.text = text;
  }

  /**
   * Learns a name apposed at {@code offset}: where the role phrase starts, or where the name's
   * phrase starts after the role's comma.
   */
  void learn(int offset, String name) {
    byOffset.putIfAbsent(offset, name);
  }

  /** The name set beside the role phrase {@code p} by a comma, before or after it, or null. */
  String of(SpeakerPhrase p) {
    String before = byOffset.get(p.start());
    if (before != null) {
      return before;
    }
    int k = p.end();
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= text.length() || text.charAt(k) != ',') {
      return null;
    }
    k++;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return byOffset.get(k);
  }
}
