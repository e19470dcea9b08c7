package org.vigie.store.timeline;

import java.util.regex.Pattern;

/**
 * A date that is part of a name rather than a dating: a place or an organisation named after a day
 * ("le pont du 6 Octobre", "la place du 7 novembre", "le Mouvement du 6 avril", "la rue du 4
 * septembre"). Such a date says nothing of when the sentence's facts happened, and resolved against
 * the publication date it even names a day of the wrong year (the movement is of 2008, "6 avril" in
 * a 2012 article reads 2012-04-06). Stateless.
 */
final class DayInName {
  /** The noun of a place or a group, then "du", right before the date (or opening it). */
  private static final Pattern NAME_BEFORE =
      Pattern.compile(
          "(?iu)\\b(?:pont|place|rue|avenue|boulevard|quai|square|stade|mouvement|brigade"
              + "|brigades|bataillon|coalition|front|alliance)\\s+(?:du\\s+)?$");

  private static final int LOOK_BACK = 40;

  private DayInName() {}

  /** Whether the date {@code timex} starting at {@code start} of {@code text} is in a name. */
  static boolean names(String text, int start, String timex) {
    String before = text.substring(Math.max(0, start - LOOK_BACK), start);
    if (!timex.regionMatches(true, 0, "du ", 0, 3) && !before.matches("(?isu).*\\bdu\\s+$")) {
      return false;
    }
    return NAME_BEFORE.matcher(before).find();
  }
}
