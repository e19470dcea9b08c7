package org.vigie.quote;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms an article expands in parentheses: "l'Observatoire syrien des droits de l'Homme (OSDH)",
 * "Reporters sans frontières (RSF)". The expansion is the run of words before the parenthesis, back
 * to the farthest capitalised word whose initial is the acronym's (at most eight words, never
 * across punctuation). Linear in the text.
 */
final class Acronyms {
  private static final Pattern ACRONYM =
      Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}\\p{N}-]{1,9})\\)");
  private static final int MAX_WORDS = 8;

  /** An article opening a sentence is no part of the name ("La Ligue des droits …"). */
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "un", "une", "des");

  private Acronyms() {}

  /** Acronym → expansion, first expansion of each acronym kept. */
  static Map<String, String> expanded(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (upperCount(acronym) < 2) {
        continue;
      }
      String expansion = expansionBefore(text, m.start(), acronym);
      if (expansion != null) {
        found.putIfAbsent(acronym, expansion);
      }
    }
    return found;
  }

  private static String expansionBefore(String text, int paren, String acronym) {
    int end = paren;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    String initial = acronym.substring(0, 1).toLowerCase(Locale.ROOT);
    int start = -1;
    int wordStart = end;
    for (int words = 0; words < MAX_WORDS && wordStart > 0; words++) {
      int k = wordStart;
      while (k > 0 && !isBoundary(text.charAt(k - 1))) {
        k--;
      }
      if (k == wordStart) {
        break;
      }
      String word = text.substring(k, wordStart);
      int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
      String bare = apostrophe >= 0 ? word.substring(apostrophe + 1) : word;
      int bareStart = k + (apostrophe >= 0 ? apostrophe + 1 : 0);
      if (!bare.isEmpty()
          && !ARTICLES.contains(bare.toLowerCase(Locale.ROOT))
          && Character.isUpperCase(bare.codePointAt(0))
          && bare.substring(0, 1).toLowerCase(Locale.ROOT).equals(initial)) {
        start = bareStart;
      }
      if (k == 0 || text.charAt(k - 1) != ' ') {
        break; // punctuation or a new line ends the name
      }
      wordStart = k - 1;
    }
    return start < 0 ? null : text.substring(start, end);
  }

  private static boolean isBoundary(char c) {
    return c == ' ' || c == '\n' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')'
        || c == '.' || c == '«' || c == '»' || c == '"';
  }

  private static int upperCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
