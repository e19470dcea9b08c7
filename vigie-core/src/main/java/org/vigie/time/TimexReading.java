package org.vigie.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * What every family of the normaliser reads: the text, its document creation time ({@code dct},
 * partial or {@link PartialDate#UNKNOWN}), its sentence starts, the French month and weekday names,
 * and the words just before or after an expression. One reading per document; the families share
 * it. Immutable after construction.
 */
abstract sealed class TimexReading
    permits DateNormalizer,
        CalendarDates,
        CoarseDates,
        RelativeDates,
        ChainedDates,
        ClockTimes,
        DurationsAndSets,
        TimexMerger {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1),
          Map.entry("janv.", 1),
          Map.entry("février", 2),
          Map.entry("fevrier", 2),
          Map.entry("févr.", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("avr.", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("juil.", 7),
          Map.entry("août", 8),
          Map.entry("aout", 8),
          Map.entry("septembre", 9),
          Map.entry("sept.", 9),
          Map.entry("octobre", 10),
          Map.entry("oct.", 10),
          Map.entry("novembre", 11),
          Map.entry("nov.", 11),
          Map.entry("décembre", 12),
          Map.entry("decembre", 12),
          Map.entry("déc.", 12));

  static final List<String> WEEKDAYS =
      List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  /**
   * A pattern finding one of {@code words} (a regex alternation) as the last word before an
   * expression, matched on the text just before it.
   */
  static Pattern endingWith(String words) {
    return Pattern.compile(
        "(?:^|[^\\p{L}])(?:" + words + ")[ \\u00A0]*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  final String text;
  final PartialDate dct;
  final int[] sentenceStarts;

  /**
   * A reading of {@code text} anchored on {@code dctValue} (ISO or TIMEX3, possibly partial, or
   * null).
   */
  TimexReading(String text, String dctValue) {
    this.text = text;
    this.dct = PartialDate.parse(dctValue);
    this.sentenceStarts = sentenceStarts(text);
  }

  /** Another family reading the same text. */
  TimexReading(TimexReading reading) {
    this.text = reading.text;
    this.dct = reading.dct;
    this.sentenceStarts = reading.sentenceStarts;
  }

  /**
   * The TIMEX3 code of a part of the day ("soirée" → {@code EV}, "en fin de matinée" → {@code MO},
   * "midi" → {@code 12}), or null when the words name none.
   */
  static String partCode(String raw) {
    if (raw == null) {
      return null;
    }
    String part = raw.startsWith("en ") ? raw.substring(3) : raw;
    if (part.endsWith("journée")) {
      // "en fin de journée": evening; "en début de journée": morning; "mi-journée": midday.
      return part.startsWith("fin") ? "EV" : part.startsWith("début") ? "MO" : "MD";
    }
    part = part.replaceFirst("^(?:début|fin|milieu) (?:de |d')", "");
    switch (part) {
      case "le matin":
      case "la matinée":
      case "l'aube":
      case "à l'aube":
      case "petit matin":
      case "le petit matin":
      case "au petit matin":
      case "petit jour":
      case "au petit jour":
      case "matin":
      case "matinée":
      case "fin de matinée":
        return "MO";
      case "après-midi":
      case "apres-midi":
      case "l'après-midi":
      case "fin d'après-midi":
      case "début d'après-midi":
        return "AF";
      case "le soir":
      case "la soirée":
      case "soir":
      case "soirée":
      case "début de soirée":
      case "fin de soirée":
        return "EV";
      case "nuit":
      case "la nuit":
        return "NI";
      case "midi":
        return "12";
      default:
        return null;
    }
  }

  static int month(String name) {
    Integer m = name == null ? null : MONTHS.get(name);
    return m == null ? 0 : m;
  }

  /** At most {@code chars} characters of the text just before {@code offset}. */
  String before(int offset, int chars) {
    return text.substring(Math.max(0, offset - chars), offset);
  }

  String after(int offset, int chars) {
    return text.substring(offset, Math.min(text.length(), offset + chars));
  }

  boolean sentenceInitial(int offset) {
    return before(offset, 3).matches("(?s)(?:^|.*[.!?\\n«\"][ \\u00A0]*)");
  }

  String snippet(Candidate c) {
    String s = text.substring(c.start(), c.end());
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  int sentenceOf(int offset) {
    int lo = 0;
    int hi = sentenceStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentenceStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Sentence starts by punctuation and line breaks: enough to scope tense and year context. */
  static int[] sentenceStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n'
          || ((ch == '.' || ch == '!' || ch == '?')
              && i + 1 < text.length()
              && Character.isWhitespace(text.charAt(i + 1)))) {
        starts.add(i + 1);
      }
    }
    int[] out = new int[starts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = starts.get(i);
    }
    return out;
  }
}
