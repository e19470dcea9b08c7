package org.vigie.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.lexicon.ResourceLines;

/**
 * Holidays and feast days that name a date ("à Noël", "la Toussaint", "le lundi de Pâques"), read
 * from {@code holidays.txt}: a fixed day of the year or a day counted from Easter Sunday. The name
 * must start with a capital ("l'ascension du Mont-Blanc" is no date). Immutable and thread-safe.
 */
final class Holidays {
  private static final Map<String, String> RULES = new HashMap<>();

  /** The recogniser's pattern: an optional article, the name, an optional year. */
  static final String PATTERN;

  static {
    List<String> names = new ArrayList<>();
    for (String line : ResourceLines.of(Holidays.class, "holidays.txt")) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || !cols[1].matches("[0-9]{2}-[0-9]{2}|EASTER[+-][0-9]{1,2}")) {
        throw new IllegalStateException("holidays.txt: not 'Name<TAB>MM-DD|EASTER±N': " + line);
      }
      RULES.put(FrenchTimexRecognizer.lower(cols[0].strip()), cols[1].strip());
      names.add(cols[0].strip());
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    List<String> alternatives = new ArrayList<>();
    for (String n : names) {
      // A word written with a capital is matched with it ("Pâques", not "pâques"), the others in
      // any case ("lundi de Pâques", "Lundi de Pâques").
      List<String> words = new ArrayList<>();
      for (String w : n.split(" ")) {
        String head = w.substring(0, 1);
        String quoted = Pattern.quote(w.substring(1)).replace("'", "\\E['’]\\Q");
        words.add(
            Character.isUpperCase(w.charAt(0))
                ? "(?-i:" + Pattern.quote(head) + ")" + quoted
                : Pattern.quote(head) + quoted);
      }
      alternatives.add(String.join("[ \\u00A0]+", words));
    }
    PATTERN =
        "(?<![\\p{L}\\p{N}])(?:(?:le|la)[ \\u00A0]+|l['’])?(?<holiday>"
            + String.join("|", alternatives)
            + ")(?:[ \\u00A0]+(?<year>(?:1[0-9]|20)[0-9]{2}))?(?![\\p{L}\\p{N}])";
  }

  private Holidays() {}

  /** The date of holiday {@code name} (lower-cased) in {@code year}, or null if unknown. */
  static LocalDate date(String name, int year) {
    String rule = RULES.get(name.replaceAll(" +", " "));
    if (rule == null || year < 1583 || year > 9999) {
      return null;
    }
    if (rule.startsWith("EASTER")) {
      int shift = Integer.parseInt(rule.substring(6).replace("+", ""));
      return easter(year).plusDays(shift);
    }
    return LocalDate.of(
        year, Integer.parseInt(rule.substring(0, 2)), Integer.parseInt(rule.substring(3)));
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
