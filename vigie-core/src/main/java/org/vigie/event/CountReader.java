package org.vigie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.time.NumberWords;

/**
 * Figures in French: digits with any grouping ("1.500", "1 500", "1500"), a decimal with a scale
 * ("1,5 million"), numbers in letters ("trois", "vingt-deux", "deux cents"), digits of any script
 * (Arabic-Indic too), with the qualifier before them ("au moins", "plus de", "près de") and ranges
 * ("entre 10 et 15", "10 à 15", "entre 20.000 et 40.000": the lower bound, the range kept as
 * qualifier, its upper bound grouped as any figure); vague counts ("des dizaines", "une centaine")
 * have no value. Bounded: at most {@link #MAX_COUNTS} per sentence, fifteen digits per figure.
 * Stateless.
 */
final class CountReader {
  static final int MAX_COUNTS = 40;

  private static final String DIGITS =
      "\\p{Nd}{1,3}(?:[.\\u00a0\\u202f ]\\p{Nd}{3}){1,4}(?![\\p{Nd}])|\\p{Nd}{1,15}(?:,\\p{Nd}{1,3})?";
  private static final String SCALE = "(?:\\s+(millions?|milliards?|mille))?";
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![\\p{L}\\p{Nd},.])(?:("
              + DIGITS
              + ")|((?!et[\\s-])"
              + NumberWords.PHRASE
              + "))"
              + SCALE
              + "(?![\\p{L}\\p{Nd}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern RANGE_TAIL =
      Pattern.compile(
          "^\\s+(?:et|à)\\s+("
              + DIGITS
              + "|"
              + NumberWords.PHRASE
              + ")"
              + SCALE
              + "(?![\\p{L}\\p{Nd}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final WordPatterns words;

  CountReader(WordPatterns words) {
    this.words = words;
  }

  /** The figures of {@code text[from, to)} with the sentence's words (for qualifiers). */
  List<Count> read(String text, int from, int to, List<Word> sentence) {
    List<Count> counts = new ArrayList<>();
    for (WordPatterns.Match m : words.findAll(sentence, 0, sentence.size())) {
      if (m.pattern().label().equals("vague") && counts.size() < MAX_COUNTS) {
        counts.add(
            new Count(
                sentence.get(m.first()).start(),
                sentence.get(m.end() - 1).end(),
                null,
                null,
                false));
      }
    }
    Matcher m = FIGURE.matcher(text).region(from, to);
    while (m.find() && counts.size() < MAX_COUNTS) {
      Long value = m.group(1) != null ? digits(m.group(1)) : letters(m.group(2));
      if (value == null) {
        continue;
      }
      value = scaled(value, m.group(1), m.group(3));
      if (value == null || insideVague(counts, m.start())) {
        continue;
      }
      int end = m.end();
      String qualifier = qualifier(sentence, m.start());
      Matcher tail = RANGE_TAIL.matcher(text).region(end, to);
      if (tail.find() && (qualifier == null || qualifier.equals("entre"))) {
        end = tail.end();
        qualifier =
            Word.fold(
                text.substring(
                    qualifier == null ? m.start() : wordBefore(sentence, m.start()), end));
      }
      String written = m.group().toLowerCase(Locale.ROOT);
      boolean article = written.equals("un") || written.equals("une");
      counts.add(new Count(m.start(), end, value, qualifier, article));
    }
    counts.sort(java.util.Comparator.comparingInt(Count::start));
    return counts;
  }

  private static boolean insideVague(List<Count> counts, int at) {
    for (Count c : counts) {
      if (c.vague() && c.start() <= at && at < c.end()) {
        return true;
      }
    }
    return false;
  }

  private String qualifier(List<Word> sentence, int start) {
    int index = wordIndexAt(sentence, start);
    if (index <= 0) {
      return null;
    }
    if (sentence.get(index - 1).form().equals("entre")) {
      return "entre";
    }
    WordPatterns.Match m = words.endingAt(sentence, 0, index);
    if (m == null || !m.pattern().label().equals("qualifier")) {
      return null;
    }
    return String.join(" ", sentence.subList(m.first(), m.end()).stream().map(Word::form).toList());
  }

  private static int wordBefore(List<Word> sentence, int start) {
    int index = wordIndexAt(sentence, start);
    return index > 0 ? sentence.get(index - 1).start() : start;
  }

  static int wordIndexAt(List<Word> sentence, int offset) {
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.get(i).end() > offset) {
        return i;
      }
    }
    return sentence.size();
  }

  /** Digits of any script, groups of three after a separator; a decimal keeps its fraction. */
  static Long digits(String s) {
    long value = 0;
    int decimals = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',') {
        decimals = 0;
        continue;
      }
      int d = Character.digit(c, 10);
      if (d < 0) {
        continue;
      }
      if (value > 100_000_000_000_000L) {
        return null;
      }
      value = value * 10 + d;
      if (decimals >= 0) {
        decimals++;
      }
    }
    // A decimal stands for a number only with a scale ("1,5 million"); encode it as a negative
    // power so scaled() can finish it.
    return decimals > 0 ? -(value * 10 + decimals) : value;
  }

  private static Long letters(String s) {
    String lower = s.toLowerCase(Locale.ROOT).strip();
    if (lower.startsWith("et ") || lower.equals("et")) {
      return null;
    }
    int v = NumberWords.parse(lower);
    return v < 0 ? null : (long) v;
  }

  private static Long scaled(long value, String digits, String scale) {
    long factor = 1;
    if (scale != null) {
      String s = scale.toLowerCase(Locale.ROOT);
      factor =
          s.startsWith("milliard") ? 1_000_000_000L : s.startsWith("million") ? 1_000_000L : 1000L;
    }
    if (value < 0) {
      if (digits == null || scale == null) {
        return null;
      }
      long encoded = -value;
      int decimals = (int) (encoded % 10);
      long mantissa = encoded / 10;
      long div = (long) Math.pow(10, decimals);
      return mantissa * factor / div;
    }
    if (value > Long.MAX_VALUE / factor) {
      return null;
    }
    return value * factor;
  }
}
