package org.vigie.event;

/**
 * A direct question reports no event: "L'armée syrienne libre a-t-elle eu raison de lancer son
 * offensive contre Alep ?", "Que sait-on de l'attaque ?", "Avez-vous été impliqué dans la
 * répression ?". The question is the clause that ends with "?": from the last break before the
 * trigger (a full stop, colon, semicolon, ellipsis or quotation mark) to the "?" after it, so
 * "L'armée a lancé un ultimatum : se prépare-t-elle à un coup d'État ?" keeps its ultimatum.
 * Stateless.
 */
final class DirectQuestions {
  /** Characters read after a trigger for the end of its clause. */
  static final int MAX_CLAUSE = 400;

  private DirectQuestions() {}

  /** Whether the text at {@code offset} lies in a clause ending with a question mark. */
  static boolean asks(String text, int offset, int limit) {
    int end = Math.min(limit, Math.min(text.length(), offset + MAX_CLAUSE));
    for (int i = offset; i < end; i++) {
      char c = text.charAt(i);
      if (c == '?') {
        return true;
      }
      if (breaks(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean breaks(char c) {
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '…' || c == '«' || c == '»'
        || c == '"' || c == '\n';
  }
}
