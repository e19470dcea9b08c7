package org.vigie.eval.cleaning;

import java.text.Normalizer;

/**
 * Compares evaluation snippets with extracted text regardless of typography: NFC, every kind of
 * space folded to one space, typographic apostrophes to "'". Gold files and pages write apostrophes
 * and spaces each their own way; what is scored is the words.
 */
public final class SnippetMatcher {
  private SnippetMatcher() {}

  public static String normalise(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4') {
        c = '\'';
      } else if (c == '\u201C' || c == '\u201D') {
        c = '"';
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  public static boolean contains(String text, String snippet) {
    return normalise(text).contains(normalise(snippet));
  }
}
