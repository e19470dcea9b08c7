package org.vigie.time;

import java.util.Locale;
import java.util.Map;

/**
 * French cardinal numbers written in letters ("trois", "vingt-cinq", "soixante et onze", "cent
 * deux") and in digits, as small integers. Returns -1 for what is not a number it knows. Bounded:
 * at most {@link #MAX_WORDS} words, values up to 9999. Stateless.
 */
public final class NumberWords {
  /** Longest number phrase read ("quatre-vingt-dix-neuf" is five words once split on hyphens). */
  public static final int MAX_WORDS = 8;

  /** The regex alternation of number words, for patterns that embed a written number. */
  public static final String WORD_ALTERNATION =
      "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
          + "|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|et)";

  /** A written number: one to five number words joined by hyphens or spaces (linear). */
  public static final String PHRASE = WORD_ALTERNATION + "(?:[- ]" + WORD_ALTERNATION + "){0,4}";

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zéro", 0),
          Map.entry("un", 1),
          Map.entry("une", 1),
          Map.entry("premier", 1),
          Map.entry("deux", 2),
          Map.entry("trois", 3),
          Map.entry("quatre", 4),
          Map.entry("cinq", 5),
          Map.entry("six", 6),
          Map.entry("sept", 7),
          Map.entry("huit", 8),
          Map.entry("neuf", 9),
          Map.entry("dix", 10),
          Map.entry("onze", 11),
          Map.entry("douze", 12),
          Map.entry("treize", 13),
          Map.entry("quatorze", 14),
          Map.entry("quinze", 15),
          Map.entry("seize", 16),
          Map.entry("vingt", 20),
          Map.entry("vingts", 20),
          Map.entry("trente", 30),
          Map.entry("quarante", 40),
          Map.entry("cinquante", 50),
          Map.entry("soixante", 60));

  private NumberWords() {}

  /** The value of a number in digits ("12", "1er") or letters; -1 when it is not one. */
  public static int parse(String phrase) {
    if (phrase == null) {
      return -1;
    }
    String s = phrase.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.length() > 80) {
      return -1;
    }
    if (s.equals("1er") || s.equals("1re") || s.equals("premier") || s.equals("première")) {
      return 1;
    }
    if (Character.isDigit(s.charAt(0))) {
      return digits(s);
    }
    String[] words = s.split("[- ]+");
    if (words.length > MAX_WORDS) {
      return -1;
    }
    int total = 0;
    int current = 0;
    for (String w : words) {
      if (w.equals("et")) {
        continue;
      }
      Integer unit = UNITS.get(w);
      if (unit != null) {
        // "quatre-vingt": a four before twenty multiplies it.
        if (unit == 20 && current > 0 && current < 20) {
          current *= 20;
        } else {
          current += unit;
        }
      } else if (w.equals("cent") || w.equals("cents")) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (w.equals("mille")) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else {
        return -1;
      }
    }
    int value = total + current;
    return value > 9999 ? -1 : value;
  }

  private static int digits(String s) {
    int value = 0;
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      if (++n > 4) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
