package org.vigie.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds French temporal expressions in a text: the spans and the parts each one names (day, month,
 * year, weekday, unit, number...), not yet their values ({@link DateNormalizer} does that). Extents
 * follow the French TimeBank: a leading "le" and approximation words ("vers", "près de") are
 * inside, governing prepositions ("en", "depuis", "à") are outside.
 *
 * <p>The patterns ({@link TimexPatterns}) are linear: alternations of fixed words, bounded
 * repetitions, no nested quantifiers, so a line of ten thousand numbers costs time proportional to
 * its length. Each is tried only at the word starts where it can begin ({@link StartGate}). Finds
 * inside a web address or an idiom ({@link NotTimeSpans}) are dropped; overlapping finds resolve
 * leftmost-longest. Stateless and thread-safe.
 *
 * <p>Example: "le 23 octobre dernier, à Washington" → one candidate {@code le 23 octobre dernier}
 * with day=23, month=octobre, rel=dernier.
 */
public final class FrenchTimexRecognizer {
  /** What kind of expression a candidate is; decides how it is normalised. */
  enum Rule {
    RANGE,
    DATE,
    MONTH_YEAR,
    MONTH,
    YEAR,
    DECADE,
    CENTURY,
    SEASON,
    WEEKDAY,
    DEICTIC,
    PART_OF_DAY,
    RELATIVE_UNIT,
    OFFSET,
    CHAIN,
    TIME,
    DURATION,
    SET,
    REF,
    NUMERIC_DATE,
    NIGHT,
    HOLIDAY
  }

  /** One expression found: its span, rule and named parts (lower-cased). */
  record Candidate(int start, int end, Rule rule, Map<String, String> parts) {
    Candidate {
      parts = Map.copyOf(parts);
    }

    String part(String name) {
      return parts.get(name);
    }

    int length() {
      return end - start;
    }
  }

  /** Which patterns can begin where. */
  private static final StartGate GATE =
      new StartGate(TimexPatterns.ALL.stream().map(TimexPatterns.Entry::pattern).toList());

  /** Candidates in text order, non-overlapping, at most {@code limit} of them. */
  List<Candidate> find(CharSequence text, int limit) {
    return find(text, limit, true);
  }

  /**
   * As {@link #find(CharSequence, int)}, trying each pattern only at the word starts where the
   * {@link StartGate} allows it when {@code gated}, else at every position as a plain {@link
   * Matcher#find} scan does (the reference the gated search is tested against). Both give the same
   * candidates: every pattern begins with "no letter or digit before", so its matches start words,
   * and the gate skips only the starts where the pattern cannot match.
   */
  List<Candidate> find(CharSequence text, int limit, boolean gated) {
    List<Candidate> all = new ArrayList<>();
    int[] starts = null;
    long[] masks = null;
    if (gated) {
      starts = wordStarts(text);
      masks = new long[starts.length];
      int n = 0;
      for (int at : starts) {
        long mask = GATE.mask(text, at);
        if (mask != 0) {
          starts[n] = at;
          masks[n++] = mask;
        }
      }
      starts = Arrays.copyOf(starts, n);
    }
    for (int p = 0; p < TimexPatterns.ALL.size(); p++) {
      TimexPatterns.Entry entry = TimexPatterns.ALL.get(p);
      Matcher m = entry.pattern().matcher(text);
      // Lookbehinds see the text before a region's start, as they do in a whole-text scan.
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      long bit = 1L << p;
      int found = 0;
      int k = 0;
      while (found < limit * 4) {
        if (gated) {
          while (k < starts.length && (masks[k] & bit) == 0) {
            k++;
          }
          if (k == starts.length) {
            break;
          }
          int at = starts[k];
          if (!m.region(at, text.length()).lookingAt()) {
            k++;
            continue;
          }
          int next = Math.max(m.end(), at + 1);
          while (k < starts.length && starts[k] < next) {
            k++;
          }
        } else if (!m.find()) {
          break;
        }
        Map<String, String> parts = new HashMap<>();
        for (String name : entry.groups()) {
          String g = m.group(name);
          if (g != null) {
            parts.put(name, lower(g));
          }
        }
        all.add(new Candidate(m.start(), m.end(), entry.rule(), parts));
        found++;
      }
    }
    List<int[]> blocked = NotTimeSpans.of(text);
    if (!blocked.isEmpty()) {
      all.removeIf(c -> overlapsAny(c, blocked));
    }
    all.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(c -> c.rule().ordinal()));
    List<Candidate> kept = new ArrayList<>();
    int end = -1;
    for (Candidate c : all) {
      if (c.start() >= end) {
        kept.add(c);
        end = c.end();
        if (kept.size() >= limit) {
          break;
        }
      }
    }
    return kept;
  }

  /** Whether {@code c} overlaps one of {@code spans} (sorted {start, end} pairs). */
  private static boolean overlapsAny(Candidate c, List<int[]> spans) {
    for (int[] s : spans) {
      if (s[0] >= c.end()) {
        return false;
      }
      if (s[1] > c.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The positions where a pattern may match: those with no letter or digit just before. A
   * supplementary character before counts as neither, so it never hides a start.
   */
  private static int[] wordStarts(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
        n++;
      }
    }
    int[] starts = new int[n];
    n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
        starts[n++] = i;
      }
    }
    return starts;
  }

  /** Lower-cases with fixed rules (never the default locale: "I" stays "i" under tr). */
  static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c == '\u00A0' || c == '\u202F' ? ' ' : c == '’' ? '\'' : Character.toLowerCase(c));
    }
    return b.toString();
  }
}
