package org.vigie.text.metadata;

import java.util.Locale;

/**
 * Names written in capitals by datelines and agency lines, in the case a reader expects: "EREVAN" →
 * "Erevan", "LE CAIRE" → "Le Caire", "ARMENPRESS" → "Armenpress". Names already in mixed case stay
 * as written. Stateless.
 */
public final class DisplayCase {
  private DisplayCase() {}

  public static String of(String name) {
    String stripped = name.strip();
    if (!stripped.equals(stripped.toUpperCase(Locale.ROOT))) {
      return stripped;
    }
    StringBuilder out = new StringBuilder(stripped.length());
    boolean wordStart = true;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      out.append(wordStart ? c : Character.toLowerCase(c));
      wordStart = !Character.isLetter(c);
    }
    return out.toString();
  }
}
