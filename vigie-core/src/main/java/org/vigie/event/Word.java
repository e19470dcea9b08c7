package org.vigie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a sentence as the event rules read it: its span in the text and its form in lower case
 * with typographic apostrophes made straight. An elided word keeps its apostrophe ("l'", "d'",
 * "n'"), a hyphenated word stays whole ("cessez-le-feu"), digits are words too.
 */
record Word(int start, int end, String form) {

  /** The words of {@code text[from, to)}, in order; at most {@code limit} of them (bounded). */
  static List<Word> split(String text, int from, int to, int limit) {
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to && words.size() < limit) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && partOfWord(text, i, to)) {
        i++;
      }
      if (i < to && isApostrophe(text.charAt(i))) {
        i++;
      }
      words.add(new Word(start, i, fold(text.substring(start, i))));
    }
    return words;
  }

  private static boolean partOfWord(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      return true;
    }
    // A hyphen joins two letters ("cessez-le-feu", "sit-in"), never a dash between words.
    return c == '-'
        && i + 1 < to
        && Character.isLetter(text.charAt(i + 1))
        && i > 0
        && Character.isLetter(text.charAt(i - 1));
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'').replace('‘', '\'');
  }
}
