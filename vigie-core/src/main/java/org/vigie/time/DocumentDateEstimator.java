package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.model.Timex;

/**
 * Estimates the document creation time of an article whose page states none, from what its text
 * says: the latest full date mentioned (an article is written on or after the days it reports),
 * moved forward to be consistent with the weekdays it names without a date ("a déclaré mercredi"
 * written after "le 27 septembre" puts the article on or after Wednesday 30 September). Without a
 * full date, two or more weekdays named without a date still fix the weekday of writing, as a
 * partial value: news reports the last few days, so the named days fall in the week before the
 * article, in the order that spans the fewest days ("dimanche ... mercredi" → written on a
 * Wednesday, {@code XXXX-WXX-3}). One weekday alone, or none, gives no estimate. Stateless.
 */
final class DocumentDateEstimator {
  /** An estimate and the evidence for it, in words for a diagnostic. */
  record Estimate(String value, String evidence) {}

  private static final Pattern FULL = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7]).*");

  /** Future-looking dates further ahead than this are announcements, not the writing day. */
  private static final int MAX_WEEKDAY_SHIFT = 6;

  /** The estimate from a first pass made without a creation time, or null. */
  Estimate estimate(List<Timex> firstPass) {
    LocalDate latest = null;
    Timex latestTimex = null;
    for (Timex t : firstPass) {
      String v = t.value();
      if (v == null || v.length() < 10 || !FULL.matcher(v.substring(0, 10)).matches()) {
        continue;
      }
      LocalDate d = LocalDate.parse(v.substring(0, 10));
      if (latest == null || d.isAfter(latest)) {
        latest = d;
        latestTimex = t;
      }
    }
    if (latest == null) {
      return weekdayOnly(firstPass);
    }
    int shift = 0;
    String weekdays = "";
    for (Timex t : firstPass) {
      var m = t.value() == null ? null : WEEKDAY.matcher(t.value());
      if (m != null && m.matches()) {
        int wd = Integer.parseInt(m.group(1));
        int delta = Math.floorMod(wd - latest.getDayOfWeek().getValue(), 7);
        if (delta > shift && delta <= MAX_WEEKDAY_SHIFT) {
          shift = delta;
          weekdays = " and '" + t.text() + "'";
        }
      }
    }
    LocalDate estimate = latest.plusDays(shift);
    String evidence =
        String.format(
            Locale.ROOT,
            "latest full date mentioned '%s' (%s)%s",
            latestTimex.text(),
            latest,
            shift > 0 ? weekdays + " → " + estimate : "");
    return new Estimate(estimate.toString(), evidence);
  }

  /** The weekday of writing from the weekdays named, or null with fewer than two distinct ones. */
  private static Estimate weekdayOnly(List<Timex> firstPass) {
    boolean[] named = new boolean[8];
    int distinct = 0;
    for (Timex t : firstPass) {
      var m = t.value() == null ? null : WEEKDAY.matcher(t.value());
      if (m != null && m.matches()) {
        int wd = Integer.parseInt(m.group(1));
        if (!named[wd]) {
          named[wd] = true;
          distinct++;
        }
      }
    }
    if (distinct < 2) {
      return null;
    }
    // The last day of the shortest cyclic stretch holding every named weekday.
    int bestLast = 0;
    int bestSpan = 8;
    for (int last = 1; last <= 7; last++) {
      if (!named[last]) {
        continue;
      }
      int span = 0;
      for (int wd = 1; wd <= 7; wd++) {
        if (named[wd]) {
          span = Math.max(span, Math.floorMod(last - wd, 7));
        }
      }
      if (span < bestSpan) {
        bestSpan = span;
        bestLast = last;
      }
    }
    StringBuilder days = new StringBuilder();
    for (int wd = 1; wd <= 7; wd++) {
      if (named[wd]) {
        days.append(days.length() == 0 ? "" : ", ").append(NAMES.get(wd - 1));
      }
    }
    return new Estimate(
        "XXXX-WXX-" + bestLast,
        "weekdays named without a date ("
            + days
            + "): written on or after the "
            + NAMES.get(bestLast - 1)
            + " that closes them, week unknown");
  }

  private static final List<String> NAMES =
      List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
}
