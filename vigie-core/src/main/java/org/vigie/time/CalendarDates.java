package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Diagnostic;
import org.vigie.model.TimexType;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * Dates that name a day: "le 23 octobre dernier", "samedi 29 mai", "du 19 au 25 septembre",
 * "27/06/2013". A missing year comes from the sentence, the publication date (with "dernier",
 * "prochain" and a named weekday to choose around it) or, without one, a year written shortly
 * before. Impossible dates give nothing and a diagnostic. Stateless after construction.
 */
final class CalendarDates extends TimexReading {
  CalendarDates(TimexReading reading) {
    super(reading);
  }

  /** How many sentences an explicit year carries over when there is no publication date. */
  private static final int YEAR_CONTEXT_SENTENCES = 3;

  TimexValue date(Candidate c, NarrativeContext ctx, List<Diagnostic> diagnostics) {
    TimexValue v = calendarDate(c, ctx, diagnostics);
    String part = partCode(c.part("dpart"));
    if (v == null || part == null) {
      return v;
    }
    // "la nuit du 10 novembre": a part of that day.
    TimexValue timed =
        new TimexValue(TimexType.TIME, v.value + "T" + part).day(v.day).dct(v.usedDct);
    timed.explicitYear = v.explicitYear;
    return timed;
  }

  TimexValue calendarDate(Candidate c, NarrativeContext ctx, List<Diagnostic> diagnostics) {
    int day = NumberWords.parse(c.part("day"));
    int month = month(c.part("month"));
    if (c.part("year") != null) {
      int year = Integer.parseInt(c.part("year"));
      PartialDate d = checked(year, month, day, c, diagnostics);
      if (d == null) {
        return null;
      }
      checkWeekday(c, d, diagnostics);
      TimexValue v = new TimexValue(TimexType.DATE, d.value()).day(d);
      v.explicitYear = year;
      return v;
    }
    if (checked(0, month, day, c, diagnostics) == null) {
      return null;
    }
    YearChoice choice = yearFor(month, day, c, ctx);
    PartialDate d = new PartialDate(choice.year(), month, day);
    if (d.hasYear() && d.toLocalDate() == null) {
      // 29 February in a year that has none: keep the year unknown rather than guess.
      d = new PartialDate(0, month, day);
    }
    return new TimexValue(TimexType.DATE, d.value()).day(d).dct(choice.fromDct());
  }

  record YearChoice(int year, boolean fromDct) {}

  /**
   * The year of a day and month written without one. An explicit year earlier in the same sentence
   * wins ("en 1998, ... le 27 mai"). With a publication year: a weekday named with the date picks
   * the year around it where that day is that weekday ("samedi 29 mai"); "dernier"/"prochain" put
   * the date before or after publication; otherwise the publication year (news reports the days
   * around its own date; guessing tense from the clause did worse on the French TimeBank), unless
   * that puts the day more than {@link #DAYS_AHEAD} days after publication in a clause not in the
   * future tense: then the year before ("le 19 novembre" in a February report). With a publication
   * date that has a day but no year (a dateline "26 MARS"), the year stays unknown: it is the
   * publication's. With no publication date at all, an explicit year in the last few sentences
   * carries over ("Fin septembre 2020 ... dans la nuit du 10 novembre"). Else unknown.
   */
  YearChoice yearFor(int month, int day, Candidate c, NarrativeContext ctx) {
    if (ctx.contextYear() > 0 && ctx.contextYearSentence() == ctx.sentence()) {
      return new YearChoice(ctx.contextYear(), false);
    }
    if (dct.hasYear()) {
      int year = dct.year();
      String wd = c.part("wd");
      if (wd != null && day > 0) {
        int expected = WEEKDAYS.indexOf(wd) + 1;
        for (int candidate : new int[] {year, year - 1, year + 1}) {
          PartialDate d = new PartialDate(candidate, month, day);
          LocalDate date = d.toLocalDate();
          if (date != null && date.getDayOfWeek().getValue() == expected) {
            return new YearChoice(candidate, true);
          }
        }
      }
      String rel = c.part("rel");
      if (rel != null && dct.month() > 0) {
        int cmp = compare(month, day, dct.month(), dct.day());
        if (rel.startsWith("derni") && cmp > 0) {
          year--;
        } else if (rel.startsWith("prochain") && cmp < 0) {
          year++;
        }
      } else if (rel == null
          && longAfterPublication(year, month, day)
          && ClauseTense.of(this, c) != ClauseTense.FUTURE) {
        // "Tout a commencé le 19 novembre", published in February: last year's November.
        year--;
      }
      return new YearChoice(year, true);
    }
    if (dct.month() > 0) {
      return new YearChoice(0, false);
    }
    if (ctx.contextYear() > 0
        && ctx.sentence() - ctx.contextYearSentence() <= YEAR_CONTEXT_SENTENCES) {
      String wd = c.part("wd");
      if (wd == null || day == 0) {
        return new YearChoice(ctx.contextYear(), false);
      }
      // "jeudi 12 novembre" after "2011": only a year around it where the 12th is a Thursday.
      int expected = WEEKDAYS.indexOf(wd) + 1;
      for (int candidate :
          new int[] {ctx.contextYear(), ctx.contextYear() + 1, ctx.contextYear() - 1}) {
        LocalDate date = new PartialDate(candidate, month, day).toLocalDate();
        if (date != null && date.getDayOfWeek().getValue() == expected) {
          return new YearChoice(candidate, false);
        }
      }
    }
    return new YearChoice(0, false);
  }

  /** How far past publication a day may fall in a clause not in the future tense. */
  private static final int DAYS_AHEAD = 45;

  /**
   * Whether the day (or the month's first day) in {@code year} falls more than {@link #DAYS_AHEAD}
   * days after publication: news reports the recent past, and the coming weeks only in the future
   * tense.
   */
  private boolean longAfterPublication(int year, int month, int day) {
    if (!dct.isFull()) {
      return false;
    }
    LocalDate d = new PartialDate(year, month, day == 0 ? 1 : day).toLocalDate();
    return d != null && d.isAfter(dct.toLocalDate().plusDays(DAYS_AHEAD));
  }

  private static int compare(int m1, int d1, int m2, int d2) {
    if (m1 != m2) {
      return Integer.compare(m1, m2);
    }
    return d2 == 0 || d1 == 0 ? 0 : Integer.compare(d1, d2);
  }

  PartialDate checked(int year, int month, int day, Candidate c, List<Diagnostic> diagnostics) {
    if (month < 1 || day < 1 || day > 31) {
      return null;
    }
    PartialDate d = new PartialDate(year, month, day);
    if (d.toLocalDate() == null) {
      diagnostics.add(
          Diagnostic.warning(
              "timex-invalid-date",
              "'" + snippet(c) + "' at " + c.start() + " is not a calendar date; left out"));
      return null;
    }
    return d;
  }

  void checkWeekday(Candidate c, PartialDate d, List<Diagnostic> diagnostics) {
    String wd = c.part("wd");
    LocalDate date = d.toLocalDate();
    if (wd != null && date != null && d.hasYear()) {
      int expected = WEEKDAYS.indexOf(wd) + 1;
      if (date.getDayOfWeek().getValue() != expected) {
        diagnostics.add(
            Diagnostic.info(
                "timex-weekday-mismatch",
                "'" + snippet(c) + "': " + d.value() + " is not a " + wd + "; the date wins"));
      }
    }
  }

  TimexValue range(Candidate c, NarrativeContext ctx, List<Diagnostic> diagnostics) {
    int day1 = NumberWords.parse(c.part("day"));
    int day2 = NumberWords.parse(c.part("day2"));
    int month2 = month(c.part("month"));
    int month1 = c.part("month1") == null ? month2 : month(c.part("month1"));
    if (checked(0, month1, day1, c, diagnostics) == null
        || checked(0, month2, day2, c, diagnostics) == null) {
      return null;
    }
    int year;
    boolean fromDct = false;
    if (c.part("year") != null) {
      year = Integer.parseInt(c.part("year"));
    } else {
      YearChoice choice = yearFor(month2, day2, c, ctx);
      year = choice.year();
      fromDct = choice.fromDct();
    }
    PartialDate a = new PartialDate(year, month1, day1);
    PartialDate b = new PartialDate(year, month2, day2);
    if (year > 0 && (a.toLocalDate() == null || b.toLocalDate() == null)) {
      return null;
    }
    TimexValue v = new TimexValue(TimexType.DATE, a.value() + "/" + b.value()).day(b).dct(fromDct);
    if (c.part("year") != null) {
      v.explicitYear = year;
    }
    return v;
  }

  /**
   * "27/06/2013", "le 01-11-11": day, month and year in figures, day first as in French. A
   * two-digit year is taken in the century that puts it closest to the publication year (or in
   * 2000-2099 without one).
   */
  TimexValue numericDate(Candidate c, List<Diagnostic> diagnostics) {
    int day = Integer.parseInt(c.part("nday"));
    int month = Integer.parseInt(c.part("nmonth"));
    String y = c.part("nyear");
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      int pivot = dct.hasYear() ? dct.year() : 2000;
      year += pivot / 100 * 100;
      if (year > pivot + 50) {
        year -= 100;
      } else if (year < pivot - 50) {
        year += 100;
      }
    }
    PartialDate d = checked(year, month, day, c, diagnostics);
    if (d == null) {
      return null;
    }
    TimexValue v = new TimexValue(TimexType.DATE, d.value()).day(d);
    v.explicitYear = year;
    return v;
  }
}
