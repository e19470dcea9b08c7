package org.vigie.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.model.Diagnostic;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * Gives each recognised expression its TIMEX3 type and value, reading the candidates in text order
 * so that chains ("le lendemain", "deux jours plus tard") anchor on the previous date of the text.
 * Deictic and relative expressions ("hier", "mercredi", "il y a quatre jours") resolve against the
 * document creation time when there is one and stay underspecified ({@code XXXX-WXX-3}, {@code
 * XXXX-XX-XX}) when there is not; a missing year is taken from the publication date or, without
 * one, from an explicit year earlier in the text, and otherwise stays {@code XXXX}. Impossible
 * dates ("le 31 février") and years out of range ("l'an 99999") give nothing and a diagnostic. Each
 * family of expressions has its class ({@link CalendarDates}, {@link CoarseDates}, {@link
 * RelativeDates}, {@link ChainedDates}, {@link ClockTimes}, {@link DurationsAndSets}); this class
 * reads the candidates in order, keeps the narrative context and joins a clock time to its day
 * ({@link TimexMerger}). One instance per document; the static entry point is thread-safe.
 *
 * <p>Example, publication 2020-10-30: "le 23 octobre dernier" → DATE {@code 2020-10-23}; "à partir
 * de 8 heures le 26 octobre" → TIME {@code 2020-10-26T08:00}.
 */
public final class DateNormalizer extends TimexReading {
  /** The outcome for one document: timexes in text order and the problems met. */
  record Result(List<Timex> timexes, List<Diagnostic> diagnostics, int anchoredOnDct) {
    Result {
      timexes = List.copyOf(timexes);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final CalendarDates calendar;
  private final CoarseDates coarse;
  private final ChainedDates chained;
  private final ClockTimes clock;
  private final DurationsAndSets durations;
  private final TimexMerger merger;

  private DateNormalizer(String text, String dctValue) {
    super(text, dctValue);
    this.calendar = new CalendarDates(this);
    this.coarse = new CoarseDates(this, calendar);
    this.chained = new ChainedDates(this, calendar);
    this.clock = new ClockTimes(this);
    this.durations = new DurationsAndSets(this);
    this.merger = new TimexMerger(this);
  }

  /**
   * Normalises the candidates found in {@code text}, anchored on {@code dct} (an ISO or TIMEX3
   * value, possibly partial, or null).
   */
  static Result normalize(String text, List<Candidate> candidates, String dct) {
    return new DateNormalizer(text, dct).run(candidates);
  }

  private Result run(List<Candidate> candidates) {
    RelativeDates relative = new RelativeDates(this, calendar, candidates);
    List<Timex> out = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    PartialDate lastDay = null;
    int lastDaySentence = -10;
    int contextYear = 0;
    int contextYearSentence = -10;
    int anchored = 0;
    for (Candidate c : candidates) {
      int sentence = sentenceOf(c.start());
      NarrativeContext ctx =
          new NarrativeContext(
              lastDay, lastDaySentence, contextYear, contextYearSentence, sentence);
      TimexValue v;
      try {
        v = value(c, ctx, relative, diagnostics);
      } catch (RuntimeException e) {
        diagnostics.add(
            Diagnostic.warning(
                "timex-unreadable",
                "could not normalise '"
                    + snippet(c)
                    + "' at "
                    + c.start()
                    + ": "
                    + e.getMessage()));
        v = null;
      }
      if (v == null) {
        continue;
      }
      if (v.usedDct) {
        anchored++;
      }
      String surface = text.substring(c.start(), c.end());
      Timex timex = new Timex(c.start(), c.end(), surface, v.type, v.value);
      if (!out.isEmpty() && merger.mergeable(out.get(out.size() - 1), timex)) {
        timex = merger.merge(out.remove(out.size() - 1), timex);
      }
      out.add(timex);
      if (v.day != null && v.day.hasDay()) {
        lastDay = v.day;
        lastDaySentence = sentence;
      }
      if (v.explicitYear > 0) {
        contextYear = v.explicitYear;
        contextYearSentence = sentence;
      }
    }
    return new Result(out, diagnostics, anchored);
  }

  private TimexValue value(
      Candidate c, NarrativeContext ctx, RelativeDates relative, List<Diagnostic> diagnostics) {
    switch (c.rule()) {
      case DATE:
        return calendar.date(c, ctx, diagnostics);
      case RANGE:
        return calendar.range(c, ctx, diagnostics);
      case MONTH_YEAR:
        {
          int year = Integer.parseInt(c.part("year"));
          TimexValue v =
              new TimexValue(
                  TimexType.DATE, new PartialDate(year, month(c.part("month")), 0).value());
          v.explicitYear = year;
          return v;
        }
      case MONTH:
        return coarse.month(c, ctx);
      case YEAR:
        return coarse.year(c, diagnostics);
      case DECADE:
        return coarse.decade(c);
      case CENTURY:
        {
          int century = CoarseDates.roman(c.part("century"));
          if (century < 1 || century > 30) {
            return null;
          }
          return new TimexValue(TimexType.DATE, String.format(Locale.ROOT, "%02d", century - 1));
        }
      case SEASON:
        return coarse.season(c, ctx);
      case WEEKDAY:
        return relative.weekday(c, ctx);
      case DEICTIC:
        return relative.deictic(c);
      case PART_OF_DAY:
        return relative.partOfDay(c, ctx);
      case RELATIVE_UNIT:
        return relative.relativeUnit(c);
      case OFFSET:
        return relative.offset(c);
      case CHAIN:
        return chained.chain(c, ctx, diagnostics);
      case TIME:
        return clock.time(c, ctx);
      case DURATION:
        return durations.duration(c);
      case SET:
        return durations.set(c);
      case REF:
        return durations.ref(c);
      case NUMERIC_DATE:
        return calendar.numericDate(c, diagnostics);
      case NIGHT:
        return relative.night(c, ctx, diagnostics);
      case HOLIDAY:
        return coarse.holiday(c);
    }
    throw new IllegalStateException("rule " + c.rule());
  }
}
