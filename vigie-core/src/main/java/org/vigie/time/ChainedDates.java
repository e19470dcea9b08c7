package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.model.Diagnostic;
import org.vigie.model.TimexType;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * Dates counted from the last day the text told about: "le lendemain", "la veille au soir", "deux
 * jours plus tard", "trente ans plus tard", "ce jour-là". Without such a day they stay
 * underspecified. Stateless after construction.
 */
final class ChainedDates extends TimexReading {
  ChainedDates(TimexReading reading, CalendarDates calendar) {
    super(reading);
    this.calendar = calendar;
  }

  private final CalendarDates calendar;

  /** A determiner that makes a bare "veille" the noun ("en cette veille de fête"). */
  private static final Pattern VEILLE_DETERMINER_BEFORE = endingWith("cette|sa|leur|la|une");

  TimexValue chain(Candidate c, NarrativeContext ctx, List<Diagnostic> diagnostics) {
    String part = partCode(c.part("part"));
    TimexType type = part == null ? TimexType.DATE : TimexType.TIME;
    String suffix = part == null ? "" : "T" + part;
    if (c.part("day") != null) {
      // "Le lendemain, 20 septembre": the date written out wins over the arithmetic.
      TimexValue v = calendar.date(c, ctx, diagnostics);
      return v == null ? null : new TimexValue(type, v.value + suffix).day(v.day).dct(v.usedDct);
    }
    if (c.part("same") != null) {
      // "ce jour-là", "le même jour": the day the text was telling about.
      if (ctx.lastDay() == null) {
        return null;
      }
      return new TimexValue(TimexType.DATE, ctx.lastDay().dayValue()).day(ctx.lastDay());
    }
    String chainUnit = c.part("unit");
    if (chainUnit != null && (chainUnit.startsWith("an") || chainUnit.equals("mois"))) {
      return yearsOrMonthsLater(c, ctx);
    }
    if ("veille".equals(c.part("chain"))
        && !text.regionMatches(true, c.start(), "la", 0, 2)
        && !VEILLE_DETERMINER_BEFORE.matcher(before(c.start(), 12)).find()) {
      // "Dieu veille sur la ville", "il veille à…": the verb veiller, not the day before.
      return null;
    }
    long shift;
    if (c.part("chain") != null) {
      switch (c.part("chain")) {
        case "veille":
          shift = -1;
          break;
        case "surlendemain":
          shift = 2;
          break;
        default:
          shift = 1;
      }
    } else {
      int n = NumberWords.parse(c.part("num"));
      String unit = c.part("unit");
      if (n < 0 || !(unit.startsWith("jour") || unit.startsWith("semaine"))) {
        return null;
      }
      shift = unit.startsWith("jour") ? n : 7L * n;
      String dir = c.part("dir");
      if (dir.equals("plus tôt") || dir.equals("auparavant")) {
        shift = -shift;
      }
    }
    if (ctx.lastDay() == null) {
      return new TimexValue(type, "XXXX-XX-XX" + suffix);
    }
    PartialDate d = ctx.lastDay().plusDays(shift);
    return new TimexValue(type, d.dayValue() + suffix).day(d);
  }

  /**
   * "trente ans plus tard", "six mois auparavant": counted from the last date of the text (its year
   * or month), else from the last explicit year; nothing to count from gives an unknown year.
   */
  private TimexValue yearsOrMonthsLater(Candidate c, NarrativeContext ctx) {
    int n = NumberWords.parse(c.part("num"));
    if (n < 0) {
      return null;
    }
    String dir = c.part("dir");
    int sign = dir.equals("plus tôt") || dir.equals("auparavant") ? -1 : 1;
    boolean months = c.part("unit").equals("mois");
    int baseYear = ctx.contextYear();
    int baseMonth = 0;
    if (ctx.lastDay() != null && ctx.lastDay().hasYear()) {
      baseYear = ctx.lastDay().year();
      baseMonth = ctx.lastDay().month();
    }
    if (baseYear <= 0) {
      return new TimexValue(TimexType.DATE, months ? "XXXX-XX" : "XXXX");
    }
    if (months) {
      if (baseMonth <= 0) {
        return new TimexValue(TimexType.DATE, "XXXX-XX");
      }
      LocalDate d = LocalDate.of(baseYear, baseMonth, 1).plusMonths((long) sign * n);
      return new TimexValue(
          TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
    }
    int y = baseYear + sign * n;
    if (y < 1 || y > 9999) {
      return null;
    }
    return new TimexValue(TimexType.DATE, String.format(Locale.ROOT, "%04d", y));
  }
}
