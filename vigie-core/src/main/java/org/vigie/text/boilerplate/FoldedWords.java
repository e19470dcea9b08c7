package org.vigie.text.boilerplate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a line as lexicons of page chrome compare them: lower case, accents and apostrophes
 * gone, runs of letters or digits ("l'abonnement" → "l", "abonnement"; "Déjà abonné ?" → "deja",
 * "abonne"). Bounded: only the first {@link #MAX_CHARS} characters of a line are read, since
 * notices and headlines are short and a hostile line may not be.
 */
final class FoldedWords {
  static final int MAX_CHARS = 2000;

  private FoldedWords() {}

  static List<String> of(String line) {
    String text = line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) : line;
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = folded.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(folded.substring(start, i));
      }
    }
    return words;
  }

  /** Lower case without diacritics: "Égypte" → "egypte". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
