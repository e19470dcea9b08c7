package org.vigie.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * dates ("le 31 février") and years out of range ("l'an 99999") give nothing and a diagnostic.
 * Stateless and thread-safe.
 *
 * <p>Example, publication 2020-10-30: "le 23 octobre dernier" → DATE {@code 2020-10-23}; "à partir
 * de 8 heures le 26 octobre" → TIME {@code 2020-10-26T08:00}.
 */
public final class DateNormalizer {
  /** The outcome for one document: timexes in text order and the problems met. */
  record Result(List<Timex> timexes, List<Diagnostic> diagnostics, int anchoredOnDct) {
    Result {
      timexes = List.copyOf(timexes);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private enum Tense {
    PAST,
    FUTURE,
    NONE
  }

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
  private static final List<String> WEEKDAYS =
      List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  /** Words before a bare month or year that make it a date ("en juillet", "depuis 1998"). */
  private static final Pattern DATE_CONTEXT_BEFORE =
      endingWith(
          "en|de|d['’]|depuis|dès|jusqu['’]en|jusqu['’]à|avant|après|au mois de"
              + "|le mois de|mois de|courant|fin|début|mi|et|ou|à|entre|pour|in|l['’]an"
              + "|l['’]année|année|printemps|été|automne|hiver|,|\\(");

  /** A count noun after a four-digit number: a quantity, not a year ("1500 personnes"). */
  private static final Pattern QUANTITY_AFTER =
      Pattern.compile(
          "^[ \\u00A0]*(?:[0-9]|%|€|\\$|euros?|francs?|dollars?|personnes|habitants|hommes"
              + "|femmes|enfants|morts|blessés|soldats|km|kilomètres|mètres|m|kg|tonnes|litres"
              + "|voix|élèves|emplois|salariés|logements|exemplaires|places|points|véhicules)"
              + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DURATION_BEFORE =
      endingWith("pendant|durant|en|depuis|pour|dans|de|d['’]|sous|après|il y a");
  private static final Pattern AGE_BEFORE = endingWith("de|âgée?s? de|l['’]âge de|âge de");

  /** A determiner before "quotidien", "mensuel": the noun, a newspaper. */
  private static final Pattern NOUN_BEFORE = endingWith("le|un|du|au|ce|son|leur|l['’]|d['’]");

  /** Prepositions that make "fin d'année" a time of its own ("en fin d'année", "d'ici fin"). */
  private static final Pattern ADVERBIAL_BEFORE =
      endingWith("en|à|d['’]ici|dès|jusqu['’]à|avant|depuis");

  /** Prepositions that make "la nuit", "la soirée" the part of a day told about. */
  private static final Pattern PART_OF_DAY_BEFORE =
      endingWith("dans|pendant|durant|dès|tard dans|tôt dans|en");

  /** Words before "N heures" that make it a clock time, not a duration ("à 14 heures"). */
  private static final Pattern CLOCK_BEFORE =
      endingWith("à|a|vers|dès|jusqu['’]à|avant|après|partir de|entre|et|de|depuis|pour");

  private static final Pattern FUTURE =
      Pattern.compile(
          "(?<![\\p{L}])(?:sera|seront|aura|auront|fera|feront|ira|iront|va|vont|devra|devront"
              + "|devrait|devraient"
              + "|pourra|pourront|doit|doivent|prochaine?|\\p{L}{2,}(?:era|eront|ira|iront|dra"
              + "|dront))(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PAST =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se sont)"
              + "[ \\u00A0]+(?:\\p{L}+[ \\u00A0]+)?\\p{L}+(?:é|ée|és|ées|i|is|ie|u|us|ue|it|int|ert|erte)"
              + "|fut|furent|dernière?|hier)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern YEAR_WRITTEN = Pattern.compile("(?:1[0-9]|20)[0-9]{2}(?![0-9])");

  /** A word after a season that makes it the name of an event ("printemps arabe"). */
  private static final Pattern SEASON_NAME_AFTER =
      Pattern.compile(
          "^[ \\u00A0]+(?:arabes?|de[ \\u00A0]+Prague|de[ \\u00A0]+Damas|érable|berbère)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A pattern finding one of {@code words} (a regex alternation) as the last word before an
   * expression, matched on the text just before it.
   */
  private static Pattern endingWith(String words) {
    return Pattern.compile(
        "(?:^|[^\\p{L}])(?:" + words + ")[ \\u00A0]*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** How many sentences an explicit year carries over when there is no publication date. */
  private static final int YEAR_CONTEXT_SENTENCES = 3;

  /** Text read around an expression to guess its tense. */
  private static final int TENSE_WINDOW = 120;

  private final String text;
  private final PartialDate dct;
  private final String dctValue;
  private final int[] sentenceStarts;

  /** The dates the text writes out with their weekday ("mardi 1er juin"), set per run. */
  private List<LocalDate> weekdayDates = List.of();

  private DateNormalizer(String text, String dctValue) {
    this.text = text;
    this.dctValue = dctValue;
    PartialDate parsed = PartialDate.parse(dctValue);
    this.dct = parsed;
    this.sentenceStarts = sentenceStarts(text);
  }

  /**
   * Normalises the candidates found in {@code text}, anchored on {@code dct} (an ISO or TIMEX3
   * value, possibly partial, or null).
   */
  static Result normalize(String text, List<Candidate> candidates, String dct) {
    return new DateNormalizer(text, dct).run(candidates);
  }

  private Result run(List<Candidate> candidates) {
    weekdayDates = weekdayDates(candidates);
    List<Timex> out = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    PartialDate lastDay = null;
    int lastDaySentence = -10;
    int contextYear = 0;
    int contextYearSentence = -10;
    int anchored = 0;
    for (Candidate c : candidates) {
      int sentence = sentenceOf(c.start());
      Context ctx =
          new Context(lastDay, lastDaySentence, contextYear, contextYearSentence, sentence);
      Value v;
      try {
        v = value(c, ctx, diagnostics);
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
      if (!out.isEmpty() && mergeable(out.get(out.size() - 1), timex)) {
        timex = merge(out.remove(out.size() - 1), timex);
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

  private record Context(
      PartialDate lastDay,
      int lastDaySentence,
      int contextYear,
      int contextYearSentence,
      int sentence) {}

  /** A normalised value plus what it teaches about the following expressions. */
  private static final class Value {
    final TimexType type;
    final String value;
    PartialDate day;
    int explicitYear;
    boolean usedDct;

    Value(TimexType type, String value) {
      this.type = type;
      this.value = value;
    }

    Value day(PartialDate d) {
      this.day = d;
      return this;
    }

    Value dct(boolean used) {
      this.usedDct = used;
      return this;
    }
  }

  private Value value(Candidate c, Context ctx, List<Diagnostic> diagnostics) {
    switch (c.rule()) {
      case DATE:
        return date(c, ctx, diagnostics);
      case RANGE:
        return range(c, ctx, diagnostics);
      case MONTH_YEAR:
        {
          int year = Integer.parseInt(c.part("year"));
          Value v =
              new Value(TimexType.DATE, new PartialDate(year, month(c.part("month")), 0).value());
          v.explicitYear = year;
          return v;
        }
      case MONTH:
        return month(c, ctx);
      case YEAR:
        return year(c, diagnostics);
      case DECADE:
        return decade(c);
      case CENTURY:
        {
          int century = roman(c.part("century"));
          if (century < 1 || century > 30) {
            return null;
          }
          return new Value(TimexType.DATE, String.format(Locale.ROOT, "%02d", century - 1));
        }
      case SEASON:
        return season(c, ctx);
      case WEEKDAY:
        return weekday(c, ctx);
      case DEICTIC:
        return deictic(c);
      case PART_OF_DAY:
        return partOfDay(c, ctx);
      case RELATIVE_UNIT:
        return relativeUnit(c);
      case OFFSET:
        return offset(c);
      case CHAIN:
        return chain(c, ctx, diagnostics);
      case TIME:
        return time(c, ctx);
      case DURATION:
        return duration(c);
      case SET:
        return set(c);
      case REF:
        return ref(c);
      case NUMERIC_DATE:
        return numericDate(c, diagnostics);
      case NIGHT:
        return night(c, ctx, diagnostics);
      case HOLIDAY:
        return holiday(c);
    }
    throw new IllegalStateException("rule " + c.rule());
  }

  // ---- dates -------------------------------------------------------------------------------

  private Value date(Candidate c, Context ctx, List<Diagnostic> diagnostics) {
    Value v = calendarDate(c, ctx, diagnostics);
    String part = partCode(c.part("dpart"));
    if (v == null || part == null) {
      return v;
    }
    // "la nuit du 10 novembre": a part of that day.
    Value timed = new Value(TimexType.TIME, v.value + "T" + part).day(v.day).dct(v.usedDct);
    timed.explicitYear = v.explicitYear;
    return timed;
  }

  private Value calendarDate(Candidate c, Context ctx, List<Diagnostic> diagnostics) {
    int day = NumberWords.parse(c.part("day"));
    int month = month(c.part("month"));
    if (c.part("year") != null) {
      int year = Integer.parseInt(c.part("year"));
      PartialDate d = checked(year, month, day, c, diagnostics);
      if (d == null) {
        return null;
      }
      checkWeekday(c, d, diagnostics);
      Value v = new Value(TimexType.DATE, d.value()).day(d);
      v.explicitYear = year;
      return v;
    }
    if (checked(0, month, day, c, diagnostics) == null) {
      return null;
    }
    YearChoice choice = yearFor(month, day, c, ctx);
    PartialDate d = new PartialDate(choice.year, month, day);
    if (d.hasYear() && d.toLocalDate() == null) {
      // 29 February in a year that has none: keep the year unknown rather than guess.
      d = new PartialDate(0, month, day);
    }
    return new Value(TimexType.DATE, d.value()).day(d).dct(choice.fromDct);
  }

  private record YearChoice(int year, boolean fromDct) {}

  /**
   * The year of a day and month written without one. An explicit year earlier in the same sentence
   * wins ("en 1998, ... le 27 mai"). With a publication year: a weekday named with the date picks
   * the year around it where that day is that weekday ("samedi 29 mai"); "dernier"/"prochain" put
   * the date before or after publication; otherwise the publication year (news reports the days
   * around its own date; guessing tense from the clause did worse on the French TimeBank). With a
   * publication date that has a day but no year (a dateline "26 MARS"), the year stays unknown: it
   * is the publication's. With no publication date at all, an explicit year in the last few
   * sentences carries over ("Fin septembre 2020 ... dans la nuit du 10 novembre"). Else unknown.
   */
  private YearChoice yearFor(int month, int day, Candidate c, Context ctx) {
    if (ctx.contextYear > 0 && ctx.contextYearSentence == ctx.sentence) {
      return new YearChoice(ctx.contextYear, false);
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
      }
      return new YearChoice(year, true);
    }
    if (dct.month() > 0) {
      return new YearChoice(0, false);
    }
    if (ctx.contextYear > 0 && ctx.sentence - ctx.contextYearSentence <= YEAR_CONTEXT_SENTENCES) {
      String wd = c.part("wd");
      if (wd == null || day == 0) {
        return new YearChoice(ctx.contextYear, false);
      }
      // "jeudi 12 novembre" after "2011": only a year around it where the 12th is a Thursday.
      int expected = WEEKDAYS.indexOf(wd) + 1;
      for (int candidate : new int[] {ctx.contextYear, ctx.contextYear + 1, ctx.contextYear - 1}) {
        LocalDate date = new PartialDate(candidate, month, day).toLocalDate();
        if (date != null && date.getDayOfWeek().getValue() == expected) {
          return new YearChoice(candidate, false);
        }
      }
    }
    return new YearChoice(0, false);
  }

  private static int compare(int m1, int d1, int m2, int d2) {
    if (m1 != m2) {
      return Integer.compare(m1, m2);
    }
    return d2 == 0 || d1 == 0 ? 0 : Integer.compare(d1, d2);
  }

  private PartialDate checked(
      int year, int month, int day, Candidate c, List<Diagnostic> diagnostics) {
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

  private void checkWeekday(Candidate c, PartialDate d, List<Diagnostic> diagnostics) {
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

  private Value range(Candidate c, Context ctx, List<Diagnostic> diagnostics) {
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
      year = choice.year;
      fromDct = choice.fromDct;
    }
    PartialDate a = new PartialDate(year, month1, day1);
    PartialDate b = new PartialDate(year, month2, day2);
    if (year > 0 && (a.toLocalDate() == null || b.toLocalDate() == null)) {
      return null;
    }
    Value v = new Value(TimexType.DATE, a.value() + "/" + b.value()).day(b).dct(fromDct);
    if (c.part("year") != null) {
      v.explicitYear = year;
    }
    return v;
  }

  private Value month(Candidate c, Context ctx) {
    String surface = text.substring(c.start(), c.end());
    int m = month(c.part("month"));
    boolean context =
        c.part("mod") != null
            || c.part("rel") != null
            || DATE_CONTEXT_BEFORE.matcher(before(c.start(), 20)).find();
    if (!context || m == 0) {
      return null;
    }
    // "Mars" with a capital in mid-sentence is the planet or a name, not the month.
    if (Character.isUpperCase(surface.charAt(0)) && !sentenceInitial(c.start()) && m == 3) {
      return null;
    }
    YearChoice choice = yearFor(m, 0, c, ctx);
    int year = choice.year;
    boolean fromDct = choice.fromDct;
    return new Value(TimexType.DATE, new PartialDate(year, m, 0).value()).dct(fromDct);
  }

  private Value year(Candidate c, List<Diagnostic> diagnostics) {
    String digits = c.part("year");
    int year = digits.length() <= 4 ? Integer.parseInt(digits) : -1;
    boolean written = text.regionMatches(true, c.start(), "l", 0, 1) && c.part("mod") == null;
    if (digits.length() > 4) {
      if (written) {
        diagnostics.add(
            Diagnostic.warning(
                "timex-out-of-range",
                "'" + snippet(c) + "' at " + c.start() + ": year beyond 9999; left out"));
      }
      return null;
    }
    if (!written && c.part("mod") == null) {
      if (year < 1000 || year > 2099) {
        return null;
      }
      String before = before(c.start(), 30);
      // Digit groups ("1 500", "2019 2020 2021…") and counts ("1500 personnes") are not years.
      if (before.matches("(?s).*[0-9][ \\u00A0.,]*$")
          || QUANTITY_AFTER.matcher(after(c.end(), 20)).find()) {
        return null;
      }
    }
    if (year < 1) {
      return null;
    }
    Value v = new Value(TimexType.DATE, String.format(Locale.ROOT, "%04d", year));
    v.explicitYear = year;
    return v;
  }

  private Value decade(Candidate c) {
    String d = c.part("decade");
    String prefix;
    if (d.length() == 4) {
      prefix = d.substring(0, 3);
    } else if (d.length() == 2) {
      prefix = "19" + d.charAt(0);
    } else {
      return null;
    }
    // TimeML writes a decade with its first three digits: the 1970s are "197".
    return new Value(TimexType.DATE, prefix);
  }

  private Value season(Candidate c, Context ctx) {
    if (SEASON_NAME_AFTER.matcher(after(c.end(), 16)).find()) {
      // "le printemps arabe", "le Printemps de Prague": an event named after a season.
      return null;
    }
    String surface = text.substring(c.start(), c.end());
    int cap = surface.length() - c.part("season").length();
    if (cap >= 0
        && cap < surface.length()
        && Character.isUpperCase(surface.charAt(cap))
        && c.part("year") == null
        && !sentenceInitial(c.start())) {
      return null;
    }
    String code;
    switch (c.part("season")) {
      case "printemps":
        code = "SP";
        break;
      case "été":
        code = "SU";
        break;
      case "automne":
        code = "FA";
        break;
      default:
        code = "WI";
    }
    int year = 0;
    boolean fromDct = false;
    if (c.part("year") != null) {
      year = Integer.parseInt(c.part("year"));
    } else if (dct.hasYear()) {
      year = dct.year();
      fromDct = true;
      String rel = c.part("rel");
      if ("dernier".equals(rel)) {
        year--;
      } else if ("prochain".equals(rel)) {
        year++;
      }
    } else if (ctx.contextYear > 0) {
      year = ctx.contextYear;
    }
    String y = year > 0 ? String.format(Locale.ROOT, "%04d", year) : "XXXX";
    return new Value(TimexType.DATE, y + "-" + code).dct(fromDct);
  }

  private Value weekday(Candidate c, Context ctx) {
    int wd = WEEKDAYS.indexOf(c.part("wd")) + 1;
    String part = partCode(c.part("part"));
    TimexType type = part == null ? TimexType.DATE : TimexType.TIME;
    String suffix = part == null ? "" : "T" + part;
    LocalDate anchor = dct.isFull() ? dct.toLocalDate() : null;
    boolean fromDct = true;
    if ("ce même".equals(c.part("det")) && ctx.lastDay != null && ctx.lastDay.isFull()) {
      anchor = ctx.lastDay.toLocalDate();
      fromDct = false;
    }
    if (anchor == null) {
      return new Value(type, "XXXX-WXX-" + wd + suffix);
    }
    String rel = c.part("rel");
    int delta = wd - anchor.getDayOfWeek().getValue();
    LocalDate date;
    if (rel != null && (rel.equals("dernier") || rel.equals("passé"))) {
      date = anchor.plusDays(delta < 0 ? delta : delta - 7);
    } else if (rel != null) {
      date = anchor.plusDays(delta > 0 ? delta : delta + 7);
    } else if (delta == 0) {
      date = anchor;
    } else if (writtenOut(wd, anchor) != null) {
      // "mardi" in a text that also says "mardi 1er juin": that Tuesday.
      date = writtenOut(wd, anchor);
    } else {
      Tense tense = tense(c);
      // No tense marker: past, as news mostly reports ("a déclaré mercredi").
      date =
          tense == Tense.FUTURE
              ? anchor.plusDays(delta > 0 ? delta : delta + 7)
              : anchor.plusDays(delta < 0 ? delta : delta - 7);
    }
    PartialDate d = PartialDate.of(date);
    return new Value(type, d.value() + suffix).day(d).dct(fromDct);
  }

  /**
   * The dates in the text written with a weekday and a day of the month, resolved on the
   * publication year: the anchors a bare weekday of the same text may name.
   */
  private List<LocalDate> weekdayDates(List<Candidate> candidates) {
    List<LocalDate> dates = new ArrayList<>();
    if (!dct.isFull()) {
      return dates;
    }
    Context none = new Context(null, -10, 0, -10, -1);
    for (Candidate c : candidates) {
      if (c.rule() != FrenchTimexRecognizer.Rule.DATE || c.part("wd") == null) {
        continue;
      }
      Value v = calendarDate(c, none, new ArrayList<>());
      LocalDate d = v == null || v.day == null ? null : v.day.toLocalDate();
      if (d != null && d.getDayOfWeek().getValue() == WEEKDAYS.indexOf(c.part("wd")) + 1) {
        dates.add(d);
      }
    }
    return dates;
  }

  /** A date of the text on weekday {@code wd} within six days of {@code anchor}, or null. */
  private LocalDate writtenOut(int wd, LocalDate anchor) {
    for (LocalDate d : weekdayDates) {
      long days = Math.abs(d.toEpochDay() - anchor.toEpochDay());
      if (d.getDayOfWeek().getValue() == wd && days <= 6) {
        return d;
      }
    }
    return null;
  }

  private Value deictic(Candidate c) {
    int shift;
    switch (c.part("deictic")) {
      case "hier":
        shift = -1;
        break;
      case "demain":
        shift = 1;
        break;
      case "avant-hier":
        shift = -2;
        break;
      case "après-demain":
        shift = 2;
        break;
      default:
        shift = 0;
    }
    return dayFromDct(shift, partCode(c.part("part")));
  }

  private Value partOfDay(Candidate c, Context ctx) {
    String daypart = c.part("daypart");
    if (daypart != null) {
      // "la nuit", "le matin même", "en fin d'après-midi": a part of the day the text was just
      // telling about; with no such day close by, the phrase is not dated.
      String code = partCode(daypart.replace(" même", ""));
      if (ctx.lastDay == null || ctx.sentence - ctx.lastDaySentence > 1) {
        // "dans la soirée" with no day told just before: in news, the day of publication. Without
        // such a preposition the phrase is generic ("la soirée fut longue"); "dans la nuit" may be
        // the night before or the one to come, so it is left undated.
        if (daypart.equals("la nuit")
            || !PART_OF_DAY_BEFORE.matcher(before(c.start(), 20)).find()
            || !dct.hasDay()) {
          return null;
        }
        return new Value(TimexType.TIME, dct.dayValue() + "T" + code).day(dct).dct(true);
      }
      return new Value(TimexType.TIME, ctx.lastDay.dayValue() + "T" + code).day(ctx.lastDay);
    }
    if (c.part("lastnight") != null) {
      return dayFromDct(-1, "NI");
    }
    String part = c.part("part");
    if (part.equals("nuit")) {
      // "cette nuit" in a morning paper is the night just past, which starts on the day before;
      // TimeBank keeps the publication day.
      return dayFromDct(0, "NI");
    }
    return dayFromDct(0, partCode(part));
  }

  private Value dayFromDct(int shift, String part) {
    TimexType type = part == null ? TimexType.DATE : TimexType.TIME;
    String suffix = part == null ? "" : part.startsWith("1") || part.startsWith("0") ? ":00" : "";
    String time = part == null ? "" : "T" + part + suffix;
    if (!dct.hasDay()) {
      return new Value(type, "XXXX-XX-XX" + time);
    }
    PartialDate d = dct.plusDays(shift);
    return new Value(type, d.value() + time).day(d).dct(true);
  }

  private Value relativeUnit(Candidate c) {
    String unit = c.part("unit1") != null ? c.part("unit1") : c.part("unit2");
    if (c.part("unit3") != null) {
      // "la fin de l'année", "en début de mois": a part of the current year, month or week. Bare
      // and not governed by a preposition, it is part of a noun ("les fêtes de fin d'année").
      if (!c.part("mod").startsWith("l")
          && !ADVERBIAL_BEFORE.matcher(before(c.start(), 12)).find()) {
        return null;
      }
      String u = c.part("unit3");
      unit = u.endsWith("année") ? "année" : u.endsWith("mois") ? "mois" : "semaine";
    }
    String rel = c.part("rel");
    int shift = 0;
    if (rel != null) {
      shift =
          rel.startsWith("derni") || rel.startsWith("pass") || rel.startsWith("précéd") ? -1 : 1;
    }
    LocalDate anchor = dct.isFull() ? dct.toLocalDate() : null;
    switch (unit) {
      case "semaine":
      case "week-end":
        {
          if (anchor == null) {
            return new Value(TimexType.DATE, unit.equals("semaine") ? "XXXX-WXX" : "XXXX-WXX-WE");
          }
          LocalDate d = anchor.plusWeeks(shift);
          String week =
              String.format(
                  Locale.ROOT,
                  "%04d-W%02d",
                  d.get(IsoFields.WEEK_BASED_YEAR),
                  d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          return new Value(TimexType.DATE, unit.equals("semaine") ? week : week + "-WE").dct(true);
        }
      case "mois":
        {
          if (dct.month() == 0 || !dct.hasYear()) {
            return new Value(TimexType.DATE, "XXXX-XX");
          }
          LocalDate d = LocalDate.of(dct.year(), dct.month(), 1).plusMonths(shift);
          return new Value(
                  TimexType.DATE, PartialDate.of(d).withYear(d.getYear()).value().substring(0, 7))
              .dct(true);
        }
      case "trimestre":
        {
          if (dct.month() == 0 || !dct.hasYear()) {
            return new Value(TimexType.DATE, "XXXX-QX");
          }
          int q = (dct.month() - 1) / 3 + shift;
          int y = dct.year() + Math.floorDiv(q, 4);
          return new Value(
                  TimexType.DATE,
                  String.format(Locale.ROOT, "%04d-Q%d", y, Math.floorMod(q, 4) + 1))
              .dct(true);
        }
      default:
        {
          if (!dct.hasYear()) {
            return new Value(TimexType.DATE, "XXXX");
          }
          int y = dct.year() + shift;
          Value v = new Value(TimexType.DATE, String.format(Locale.ROOT, "%04d", y)).dct(true);
          return v;
        }
    }
  }

  private Value offset(Candidate c) {
    String unit = c.part("unit");
    boolean future = text.regionMatches(true, c.start(), "dans", 0, 4);
    if ("quelques".equals(c.part("num"))
        || unit.startsWith("heure")
        || unit.startsWith("minute")
        || unit.startsWith("siècle")
        || unit.startsWith("décenni")) {
      // "il y a quatre heures", "il y a 14 siècles": no clock or calendar to count from here.
      return new Value(TimexType.DATE, future ? "FUTURE_REF" : "PAST_REF");
    }
    int n = NumberWords.parse(c.part("num"));
    if (n < 0) {
      return null;
    }
    int sign = future ? 1 : -1;
    LocalDate anchor = dct.isFull() ? dct.toLocalDate() : null;
    if (unit.startsWith("jour") || unit.startsWith("semaine")) {
      if (anchor == null) {
        return new Value(TimexType.DATE, "XXXX-XX-XX");
      }
      long days = unit.startsWith("jour") ? n : 7L * n;
      PartialDate d = PartialDate.of(anchor.plusDays(sign * days));
      return new Value(TimexType.DATE, d.value()).day(d).dct(true);
    }
    if (unit.equals("mois")) {
      if (dct.month() == 0 || !dct.hasYear()) {
        return new Value(TimexType.DATE, "XXXX-XX");
      }
      LocalDate d = LocalDate.of(dct.year(), dct.month(), 1).plusMonths((long) sign * n);
      return new Value(
              TimexType.DATE,
              String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()))
          .dct(true);
    }
    if (!dct.hasYear()) {
      return new Value(TimexType.DATE, "XXXX");
    }
    int y = dct.year() + sign * n;
    if (y < 1 || y > 9999) {
      return null;
    }
    return new Value(TimexType.DATE, String.format(Locale.ROOT, "%04d", y)).dct(true);
  }

  private Value chain(Candidate c, Context ctx, List<Diagnostic> diagnostics) {
    String part = partCode(c.part("part"));
    TimexType type = part == null ? TimexType.DATE : TimexType.TIME;
    String suffix = part == null ? "" : "T" + part;
    if (c.part("day") != null) {
      // "Le lendemain, 20 septembre": the date written out wins over the arithmetic.
      Value v = date(c, ctx, diagnostics);
      return v == null ? null : new Value(type, v.value + suffix).day(v.day).dct(v.usedDct);
    }
    if (c.part("same") != null) {
      // "ce jour-là", "le même jour": the day the text was telling about.
      if (ctx.lastDay == null) {
        return null;
      }
      return new Value(TimexType.DATE, ctx.lastDay.dayValue()).day(ctx.lastDay);
    }
    String chainUnit = c.part("unit");
    if (chainUnit != null && (chainUnit.startsWith("an") || chainUnit.equals("mois"))) {
      return yearsOrMonthsLater(c, ctx);
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
    if (ctx.lastDay == null) {
      return new Value(type, "XXXX-XX-XX" + suffix);
    }
    PartialDate d = ctx.lastDay.plusDays(shift);
    return new Value(type, d.dayValue() + suffix).day(d);
  }

  /**
   * "trente ans plus tard", "six mois auparavant": counted from the last date of the text (its year
   * or month), else from the last explicit year; nothing to count from gives an unknown year.
   */
  private Value yearsOrMonthsLater(Candidate c, Context ctx) {
    int n = NumberWords.parse(c.part("num"));
    if (n < 0) {
      return null;
    }
    String dir = c.part("dir");
    int sign = dir.equals("plus tôt") || dir.equals("auparavant") ? -1 : 1;
    boolean months = c.part("unit").equals("mois");
    int baseYear = ctx.contextYear;
    int baseMonth = 0;
    if (ctx.lastDay != null && ctx.lastDay.hasYear()) {
      baseYear = ctx.lastDay.year();
      baseMonth = ctx.lastDay.month();
    }
    if (baseYear <= 0) {
      return new Value(TimexType.DATE, months ? "XXXX-XX" : "XXXX");
    }
    if (months) {
      if (baseMonth <= 0) {
        return new Value(TimexType.DATE, "XXXX-XX");
      }
      LocalDate d = LocalDate.of(baseYear, baseMonth, 1).plusMonths((long) sign * n);
      return new Value(
          TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
    }
    int y = baseYear + sign * n;
    if (y < 1 || y > 9999) {
      return null;
    }
    return new Value(TimexType.DATE, String.format(Locale.ROOT, "%04d", y));
  }

  // ---- times, durations, sets --------------------------------------------------------------

  private Value time(Candidate c, Context ctx) {
    int hour;
    int minute = 0;
    if (c.part("named") != null) {
      hour = c.part("named").equals("midi") ? 12 : 0;
    } else if (c.part("whour") != null) {
      hour = NumberWords.parse(c.part("whour"));
      if (hour < 1 || hour > 12) {
        return null;
      }
    } else {
      hour = Integer.parseInt(c.part("hour"));
      String min = c.part("min") != null ? c.part("min") : c.part("min2");
      minute = min == null ? 0 : Integer.parseInt(min);
      String surface = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
      boolean hoursWord = surface.contains("heure") && min == null;
      if (hoursWord
          && c.part("approx") == null
          && c.part("halfday") == null
          && !CLOCK_BEFORE.matcher(before(c.start(), 20)).find()) {
        // "pendant 14 heures", "24 heures sur 24": a length of time, not a clock time.
        return new Value(TimexType.DURATION, "PT" + hour + "H");
      }
      if (hour == 24) {
        hour = 0;
      }
    }
    hour = afternoon(hour, c.part("halfday"));
    String zone = zone(c);
    String clock = String.format(Locale.ROOT, "T%02d:%02d", hour, minute) + zone;
    PartialDate day = null;
    boolean fromDct = false;
    if (ctx.lastDay != null && ctx.sentence == ctx.lastDaySentence) {
      day = ctx.lastDay;
    } else if (dct.hasDay()) {
      day = dct;
      fromDct = true;
    }
    String date = day == null ? "XXXX-XX-XX" : day.dayValue();
    return new Value(TimexType.TIME, date + clock).dct(fromDct);
  }

  /** "8 heures du soir" is 20:00, "2 heures de la nuit" 02:00, "11 heures du soir" 23:00. */
  private static int afternoon(int hour, String halfDay) {
    if (halfDay == null || hour >= 12) {
      return hour;
    }
    boolean pm =
        halfDay.endsWith("soir")
            || halfDay.endsWith("après-midi")
            || (halfDay.endsWith("nuit") && hour >= 8);
    return pm ? hour + 12 : hour;
  }

  private static String zone(Candidate c) {
    if (c.part("zone") == null) {
      return "";
    }
    if (c.part("zsign") == null) {
      return "Z";
    }
    int h = Integer.parseInt(c.part("zh"));
    int m = c.part("zm") == null ? 0 : Integer.parseInt(c.part("zm"));
    if (h == 0 && m == 0) {
      return "Z";
    }
    String sign = c.part("zsign").equals("+") ? "+" : "-";
    return String.format(Locale.ROOT, "%s%02d:%02d", sign, h, m);
  }

  private Value duration(Candidate c) {
    if (c.part("fraction") != null) {
      switch (c.part("fraction")) {
        case "demi-siècle":
          return new Value(TimexType.DURATION, "P50Y");
        case "quart de siècle":
          return new Value(TimexType.DURATION, "P25Y");
        case "demi-heure":
          return new Value(TimexType.DURATION, "PT30M");
        case "décennie":
          return new Value(TimexType.DURATION, "P10Y");
        case "demi-journée":
          return new Value(TimexType.DURATION, "PT12H");
        case "quinquennat":
          return new Value(TimexType.DURATION, "P5Y");
        case "septennat":
          return new Value(TimexType.DURATION, "P7Y");
        default:
          return new Value(TimexType.DURATION, "PT15M");
      }
    }
    String unit = c.part("unit");
    String num = c.part("num");
    String last = c.part("last");
    if (last != null && !last.startsWith("derni")) {
      // "les prochains jours", "les semaines à venir": a time to come, not a length of time.
      return new Value(TimexType.DATE, "FUTURE_REF");
    }
    if (isAge(c) || isName(c) || isSomeDay(c)) {
      return null;
    }
    String amount;
    if (num == null || num.equals("quelques") || num.equals("plusieurs")) {
      amount = "X";
    } else if (Character.isDigit(num.charAt(0))) {
      amount = num.replace(',', '.');
    } else {
      int n = NumberWords.parse(num);
      if (n < 0) {
        return null;
      }
      amount = Integer.toString(n);
    }
    String code = unitCode(unit);
    if (code == null) {
      return null;
    }
    if (amount.contains(".") && !code.startsWith("T")) {
      return null;
    }
    if (code.equals("DE")) {
      return new Value(TimexType.DURATION, "P" + multiply(amount, 10) + "Y");
    }
    if (code.equals("CE")) {
      return new Value(TimexType.DURATION, "P" + multiply(amount, 100) + "Y");
    }
    if (code.equals("Q")) {
      return new Value(TimexType.DURATION, "P" + multiply(amount, 3) + "M");
    }
    if (code.equals("SEM")) {
      return new Value(TimexType.DURATION, "P" + multiply(amount, 6) + "M");
    }
    return new Value(
        TimexType.DURATION,
        code.startsWith("T") ? "PT" + amount + code.substring(1) : "P" + amount + code);
  }

  /**
   * "un électricien de 37 ans", "Florian Désoteux, 26 ans,", "âgée de 17 ans": an age, which TimeML
   * does not annotate as a duration.
   */
  private boolean isAge(Candidate c) {
    String unit = c.part("unit");
    if (!(unit.equals("ans") || unit.equals("an")) || c.part("mod") != null) {
      return false;
    }
    String before = before(c.start(), 16);
    if (AGE_BEFORE.matcher(before).find()) {
      return true;
    }
    return before.matches("(?s).*[,(][ \\u00A0]*")
        && after(c.end(), 3).matches("(?s)[ \\u00A0]*[,)].*");
  }

  /** "20 Minutes" (the newspaper): a capitalised unit inside lower-case text is a name. */
  private boolean isName(Candidate c) {
    String surface = text.substring(c.start(), c.end());
    int unitAt = surface.toLowerCase(Locale.ROOT).lastIndexOf(c.part("unit"));
    return unitAt >= 0
        && Character.isUpperCase(surface.charAt(unitAt))
        && !surface.equals(surface.toUpperCase(Locale.ROOT));
  }

  /**
   * "Un jour, il reviendra": some day, not a length of one day, unless a word of duration governs
   * it ("pendant un jour", "en un jour").
   */
  private boolean isSomeDay(Candidate c) {
    String surface = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
    return surface.equals("un jour") && !DURATION_BEFORE.matcher(before(c.start(), 20)).find();
  }

  private static String multiply(String amount, int factor) {
    return amount.equals("X") ? "X" : Integer.toString(Integer.parseInt(amount) * factor);
  }

  private static String unitCode(String unit) {
    if (unit.startsWith("seconde")) {
      return "TS";
    }
    if (unit.startsWith("minute")) {
      return "TM";
    }
    if (unit.startsWith("heure")) {
      return "TH";
    }
    if (unit.startsWith("jour")) {
      return "D";
    }
    if (unit.startsWith("semaine")) {
      return "W";
    }
    if (unit.equals("mois")) {
      return "M";
    }
    if (unit.startsWith("an")) {
      return "Y";
    }
    if (unit.startsWith("décenni")) {
      return "DE";
    }
    if (unit.startsWith("siècle")) {
      return "CE";
    }
    if (unit.startsWith("trimestre")) {
      return "Q";
    }
    if (unit.startsWith("semestre")) {
      return "SEM";
    }
    if (unit.startsWith("week-end")) {
      return "WE";
    }
    return null;
  }

  private Value set(Candidate c) {
    if (c.part("adj") != null) {
      String adj = c.part("adj");
      if (NOUN_BEFORE.matcher(before(c.start(), 12)).find()) {
        // "le quotidien Libération", "l'hebdomadaire": a newspaper, not a frequency.
        return null;
      }
      String every =
          adj.startsWith("quotid")
              ? "P1D"
              : adj.startsWith("hebdo") ? "P1W" : adj.startsWith("mens") ? "P1M" : "P1Y";
      return new Value(TimexType.SET, every);
    }
    if (c.part("wd") != null) {
      return new Value(TimexType.SET, "XXXX-WXX-" + (WEEKDAYS.indexOf(c.part("wd")) + 1));
    }
    String unit = c.part("unit");
    if (unit.startsWith("matin")) {
      return new Value(TimexType.SET, "XXXX-XX-XXTMO");
    }
    if (unit.startsWith("soir")) {
      return new Value(TimexType.SET, "XXXX-XX-XXTEV");
    }
    if (unit.startsWith("nuit")) {
      return new Value(TimexType.SET, "XXXX-XX-XXTNI");
    }
    String code = unitCode(unit);
    return code == null ? null : new Value(TimexType.SET, "P1" + code);
  }

  private Value ref(Candidate c) {
    String value = ReferenceWords.value(c.part("ref"));
    return value == null ? null : new Value(TimexType.DATE, value);
  }

  /**
   * "27/06/2013", "le 01-11-11": day, month and year in figures, day first as in French. A
   * two-digit year is taken in the century that puts it closest to the publication year (or in
   * 2000-2099 without one).
   */
  private Value numericDate(Candidate c, List<Diagnostic> diagnostics) {
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
    Value v = new Value(TimexType.DATE, d.value()).day(d);
    v.explicitYear = year;
    return v;
  }

  /**
   * "la nuit de lundi à mardi", "la nuit du 10 au 11 novembre": the night that starts on the first
   * day named (TimeML gives a night the date of its evening).
   */
  private Value night(Candidate c, Context ctx, List<Diagnostic> diagnostics) {
    Value first;
    if (c.part("wd") != null) {
      first = weekday(withParts(c, Map.of("wd", c.part("wd"))), ctx);
    } else {
      Map<String, String> parts = new java.util.HashMap<>();
      parts.put("day", c.part("day"));
      parts.put("month", c.part("month1") != null ? c.part("month1") : c.part("month"));
      if (c.part("year") != null) {
        parts.put("year", c.part("year"));
      }
      first = calendarDate(withParts(c, parts), ctx, diagnostics);
    }
    if (first == null) {
      return null;
    }
    Value v = new Value(TimexType.TIME, first.value + "TNI").day(first.day).dct(first.usedDct);
    v.explicitYear = first.explicitYear;
    return v;
  }

  private static Candidate withParts(Candidate c, Map<String, String> parts) {
    return new Candidate(c.start(), c.end(), c.rule(), parts);
  }

  /**
   * "à Noël", "la Toussaint 2019", "le lundi de Pâques": its year written after it, else the
   * publication year, else an explicit year in the sentence; without any, the day of a fixed
   * holiday with year XXXX and nothing for a movable one.
   */
  private Value holiday(Candidate c) {
    int year = 0;
    boolean fromDct = false;
    if (c.part("year") != null) {
      year = Integer.parseInt(c.part("year"));
    } else if (dct.hasYear()) {
      year = dct.year();
      fromDct = true;
    }
    if (year == 0) {
      LocalDate sample = Holidays.date(c.part("holiday"), 2001);
      String name = c.part("holiday");
      if (sample == null || name.contains("pâques") || name.contains("pentecôte")) {
        return null;
      }
      if (name.equals("ascension") || name.contains("vendredi")) {
        return null;
      }
      return new Value(TimexType.DATE, PartialDate.of(sample).withYear(0).value());
    }
    LocalDate date = Holidays.date(c.part("holiday"), year);
    if (date == null) {
      return null;
    }
    PartialDate d = PartialDate.of(date);
    return new Value(TimexType.DATE, d.value()).day(d).dct(fromDct);
  }

  // ---- merging "8 heures le 26 octobre" ------------------------------------------------------

  /**
   * Two expressions that name one point in time: a clock time then its day ("8 heures le 26
   * octobre", "vers 15 h 30, hier", "22H00 GMT lundi"), or a timestamp, a full date with its year
   * then a clock time in figures ("29 août 2011 à 19h28", "27/06/2013 | 10:45"). A day then a clock
   * time in running text ("samedi à 8 h") stays two expressions, as in the French TimeBank.
   */
  private boolean mergeable(Timex previous, Timex next) {
    String gap = text.substring(previous.end(), next.start());
    if (previous.type() == TimexType.DATE && next.type() == TimexType.TIME) {
      return previous.value() != null
          && previous.value().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
          && YEAR_WRITTEN.matcher(previous.text()).find()
          && gap.matches("[ \\u00A0]+à[ \\u00A0]+|[ \\u00A0]*[|,-][ \\u00A0]*")
          && next.text().matches("[0-9]{1,2}[hH:][0-9]{2}")
          && next.value().indexOf('T') > 0;
    }
    if (previous.type() != TimexType.TIME || next.type() != TimexType.DATE) {
      return false;
    }
    String lower = next.text().toLowerCase(Locale.ROOT);
    // "8 heures le 26 octobre", "vers 15 h 30, hier": one point in time.
    boolean day =
        (gap.matches("[ \\u00A0]{1,2}") && (lower.startsWith("le ") || WEEKDAYS.contains(lower)))
            || (gap.matches(",?[ \\u00A0]{1,2}")
                && (lower.equals("hier") || lower.equals("demain") || lower.startsWith("aujourd")));
    return day
        && next.value().matches("(?:[0-9]{4}|XXXX)-[0-9X]{2}-[0-9X]{2}")
        && previous.value().indexOf('T') > 0;
  }

  private Timex merge(Timex first, Timex second) {
    boolean timeFirst = first.type() == TimexType.TIME;
    Timex time = timeFirst ? first : second;
    Timex date = timeFirst ? second : first;
    String clock = time.value().substring(time.value().indexOf('T'));
    return new Timex(
        first.start(),
        second.end(),
        text.substring(first.start(), second.end()),
        TimexType.TIME,
        date.value() + clock);
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static String partCode(String raw) {
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

  private static int roman(String r) {
    int total = 0;
    int prev = 0;
    for (int i = r.length() - 1; i >= 0; i--) {
      int v;
      switch (Character.toUpperCase(r.charAt(i))) {
        case 'I':
          v = 1;
          break;
        case 'V':
          v = 5;
          break;
        default:
          v = 10;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /** The tense of the clause around an expression: the verb marker nearest to it wins. */
  private Tense tense(Candidate c) {
    int from = Math.max(sentenceStarts[sentenceOf(c.start())], c.start() - TENSE_WINDOW);
    int to = Math.min(text.length(), c.end() + TENSE_WINDOW);
    int nextSentence = sentenceOf(c.start()) + 1;
    if (nextSentence < sentenceStarts.length) {
      to = Math.min(to, sentenceStarts[nextSentence]);
    }
    int bestDistance = Integer.MAX_VALUE;
    Tense best = Tense.NONE;
    String window = text.substring(from, to);
    int at = c.start() - from;
    int atEnd = c.end() - from;
    for (Tense t : new Tense[] {Tense.FUTURE, Tense.PAST}) {
      Matcher m = (t == Tense.FUTURE ? FUTURE : PAST).matcher(window);
      while (m.find()) {
        if (m.start() >= at && m.end() <= atEnd) {
          continue;
        }
        int d = m.end() <= at ? at - m.end() : m.start() - atEnd;
        if (d < bestDistance) {
          bestDistance = d;
          best = t;
        }
      }
    }
    return best;
  }

  private String before(int offset, int chars) {
    return text.substring(Math.max(0, offset - chars), offset);
  }

  private String after(int offset, int chars) {
    return text.substring(offset, Math.min(text.length(), offset + chars));
  }

  private boolean sentenceInitial(int offset) {
    return before(offset, 3).matches("(?s)(?:^|.*[.!?\\n«\"][ \\u00A0]*)");
  }

  private String snippet(Candidate c) {
    String s = text.substring(c.start(), c.end());
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  private int sentenceOf(int offset) {
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

  static int weekdayNumber(DayOfWeek day) {
    return day.getValue();
  }
}
