package org.vigie.event;

import java.util.List;
import java.util.Set;

/**
 * Figures of a sentence that count no toll whatever follows them: a subset of a toll already given
 * ("62 morts, dont 58 touristes"), a year ("en 2011"), the minutes of a clock time ("16 h 54"), a
 * share ("99 %"). Stateless.
 */
final class NonTollFigures {
  private static final Set<String> YEAR_LEAD =
      Set.of("en", "depuis", "de", "le", "année", "dès", "avant", "après", "fin", "début", "l'an");
  private static final Set<String> SUBSET = Set.of("dont", "parmi", "notamment");

  private NonTollFigures() {}

  /** "dont 58 touristes", "parmi eux trois enfants": a part of the toll before it. */
  static boolean subset(List<Word> words, int first, Count c) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (SUBSET.contains(words.get(k).form())) {
        return true;
      }
      if (c.qualifier() == null) {
        break;
      }
    }
    return false;
  }

  /** "99 %", "12 pour cent" (the word "pour" is {@code not-people}): a share, not people. */
  static boolean percent(String text, Count c) {
    int i = c.end();
    while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '%';
  }

  /** "16 h 54 : …": the minutes of a live-blog entry's time, not a figure of people. */
  static boolean clock(List<Word> words, int first) {
    return first >= 2
        && words.get(first - 1).form().equals("h")
        && Character.isDigit(words.get(first - 2).form().charAt(0));
  }

  /** "en 2011", "depuis 1982": four plain digits after a word that introduces a year. */
  static boolean year(List<Word> words, int first, Count c) {
    if (c.value() == null || c.value() < 1000 || c.value() > 2100 || first == 0) {
      return false;
    }
    if (c.end() - c.start() != 4 || c.qualifier() != null) {
      return false;
    }
    return YEAR_LEAD.contains(words.get(first - 1).form());
  }
}
