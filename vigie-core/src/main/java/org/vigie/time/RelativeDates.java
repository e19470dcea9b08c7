package org.vigie.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.model.Diagnostic;
import org.vigie.model.TimexType;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * Dates told from the publication date: weekdays ("mercredi", "lundi prochain"), "hier",
 * "aujourd'hui", parts of the day ("ce matin", "dans la soirée"), "la semaine dernière", "l'an
 * prochain", "il y a quatre jours", and nights ("la nuit de lundi à mardi"). A bare weekday takes
 * the clause's tense, or a date the text writes out with that weekday. Without a publication date
 * they stay underspecified ({@code XXXX-WXX-3}). Stateless after construction.
 */
final class RelativeDates extends TimexReading {
  RelativeDates(TimexReading reading, CalendarDates calendar, List<Candidate> candidates) {
    super(reading);
    this.calendar = calendar;
    this.weekdayDates = weekdayDates(candidates);
  }

  /**
   * Prepositions that make "fin d'année" a time of its own ("en fin d'année", "d'ici fin", "au
   * début du mois").
   */
  private static final Pattern ADVERBIAL_BEFORE =
      endingWith("en|à|au|d['’]ici|dès|jusqu['’]à|jusqu['’]au|avant|depuis");

  /** "du", "au": a relative unit without its own article ("au cours du week-end dernier"). */
  private static final Pattern CONTRACTED_ARTICLE_BEFORE = endingWith("du|au");

  /** What makes a bare "le week-end" a weekend in particular: "pendant le week-end". */
  private static final Pattern WEEKEND_BEFORE =
      endingWith("pendant|durant|au cours du|lors du|tout au long du|depuis le début du");

  /** Prepositions that make "la nuit", "la soirée" the part of a day told about. */
  /** "en" just before a bare part of the day: "en soirée". */
  private static final Pattern EN_BEFORE = endingWith("en");

  /** A complement after "la journée" that makes it a noun: "la journée de mobilisation". */
  private static final Pattern DE_AFTER =
      Pattern.compile("^[ \\u00A0]+(?:de|d['’]|du|des)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  private static final Pattern PART_OF_DAY_BEFORE =
      endingWith("dans|pendant|durant|dès|tard dans|tôt dans|en|au cours de|tout au long de");

  /** Dawn: "l'aube", "le petit matin", "le petit jour". */
  private static final Set<String> DAWN = Set.of("l'aube", "petit matin", "petit jour");

  /** The prepositions that make dawn a time: "à l'aube", "au petit matin", "dès l'aube". */
  private static final Pattern DAWN_BEFORE = endingWith("à|au|dès|jusqu['’]à|jusqu['’]au");

  private final CalendarDates calendar;

  /** The dates the text writes out with their weekday ("mardi 1er juin"), set per run. */
  private List<LocalDate> weekdayDates = List.of();

  TimexValue weekday(Candidate c, NarrativeContext ctx) {
    int wd = WEEKDAYS.indexOf(c.part("wd")) + 1;
    String part = partCode(c.part("part"));
    TimexType type = part == null ? TimexType.DATE : TimexType.TIME;
    String suffix = part == null ? "" : "T" + part;
    LocalDate anchor = dct.isFull() ? dct.toLocalDate() : null;
    boolean fromDct = true;
    if ("ce même".equals(c.part("det")) && ctx.lastDay() != null && ctx.lastDay().isFull()) {
      anchor = ctx.lastDay().toLocalDate();
      fromDct = false;
    }
    if (anchor == null) {
      return new TimexValue(type, "XXXX-WXX-" + wd + suffix);
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
      ClauseTense tense = ClauseTense.of(this, c);
      // No tense marker: past, as news mostly reports ("a déclaré mercredi").
      date =
          tense == ClauseTense.FUTURE
              ? anchor.plusDays(delta > 0 ? delta : delta + 7)
              : anchor.plusDays(delta < 0 ? delta : delta - 7);
    }
    PartialDate d = PartialDate.of(date);
    return new TimexValue(type, d.value() + suffix).day(d).dct(fromDct);
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
    NarrativeContext none = new NarrativeContext(null, -10, 0, -10, -1);
    for (Candidate c : candidates) {
      if (c.rule() != FrenchTimexRecognizer.Rule.DATE || c.part("wd") == null) {
        continue;
      }
      TimexValue v = calendar.calendarDate(c, none, new ArrayList<>());
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

  TimexValue deictic(Candidate c) {
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

  TimexValue partOfDay(Candidate c, NarrativeContext ctx) {
    String daypart = c.part("daypart");
    if (daypart != null && DAWN.contains(daypart)) {
      // "à l'aube", "au petit matin": the dawn of the day told about; "à l'aube de la
      // révolution", "l'aube d'une ère" are figures of speech.
      if (!DAWN_BEFORE.matcher(before(c.start(), 12)).find()
          || DE_AFTER.matcher(after(c.end(), 6)).find()) {
        return null;
      }
    }
    if (daypart != null && !daypart.startsWith("l") && !daypart.contains(" ")) {
      // "en soirée", "en matinée": bare, only after "en" ("une soirée" is no time).
      if (!EN_BEFORE.matcher(before(c.start(), 8)).find()) {
        return null;
      }
    }
    if ("la journée".equals(daypart)) {
      // "dans la journée", "plus tôt dans la journée": the day told about, or else publication's.
      // Without such a preposition, or with a complement ("la journée de mobilisation"), a noun.
      if (!PART_OF_DAY_BEFORE.matcher(before(c.start(), 20)).find()
          || DE_AFTER.matcher(after(c.end(), 6)).find()) {
        return null;
      }
      PartialDate day =
          ctx.lastDay() != null && ctx.sentence() - ctx.lastDaySentence() <= 1
              ? ctx.lastDay()
              : dct.hasDay() ? dct : null;
      if (day == null) {
        return null;
      }
      return new TimexValue(TimexType.DATE, day.dayValue()).day(day).dct(day == dct);
    }
    if (daypart != null) {
      // "la nuit", "le matin même", "en fin d'après-midi": a part of the day the text was just
      // telling about; with no such day close by, the phrase is not dated.
      String code = partCode(daypart.replace(" même", ""));
      if (ctx.lastDay() == null || ctx.sentence() - ctx.lastDaySentence() > 1) {
        // "dans la soirée" with no day told just before: in news, the day of publication. Without
        // such a preposition the phrase is generic ("la soirée fut longue").
        if (!(DAWN.contains(daypart) || PART_OF_DAY_BEFORE.matcher(before(c.start(), 20)).find())
            || !dct.hasDay()) {
          return null;
        }
        if (daypart.equals("la nuit")) {
          return lastNight(c);
        }
        return new TimexValue(TimexType.TIME, dct.dayValue() + "T" + code).day(dct).dct(true);
      }
      return new TimexValue(TimexType.TIME, ctx.lastDay().dayValue() + "T" + code)
          .day(ctx.lastDay());
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

  /**
   * "dans la nuit", "pendant la nuit" with no day told just before: in a news report in the past,
   * the night that ended on the day of publication, which TimeML dates by its evening (the day
   * before); in the future, the coming one. With a complement ("dans la nuit du second tour", "la
   * nuit de Zaouïa") it is another night, left out.
   */
  private TimexValue lastNight(Candidate c) {
    if (DE_AFTER.matcher(after(c.end(), 6)).find()) {
      return null;
    }
    PartialDate evening = dct.plusDays(ClauseTense.of(this, c) == ClauseTense.FUTURE ? 0 : -1);
    // No day taught to what follows: the text goes on about the day of publication, not the
    // evening before it.
    return new TimexValue(TimexType.TIME, evening.dayValue() + "TNI").dct(true);
  }

  private TimexValue dayFromDct(int shift, String part) {
    TimexType type = part == null ? TimexType.DATE : TimexType.TIME;
    String suffix = part == null ? "" : part.startsWith("1") || part.startsWith("0") ? ":00" : "";
    String time = part == null ? "" : "T" + part + suffix;
    if (!dct.hasDay()) {
      return new TimexValue(type, "XXXX-XX-XX" + time);
    }
    PartialDate d = dct.plusDays(shift);
    return new TimexValue(type, d.value() + time).day(d).dct(true);
  }

  TimexValue relativeUnit(Candidate c) {
    String unit = c.part("unit1") != null ? c.part("unit1") : c.part("unit2");
    if (c.part("unit2") != null
        && text.regionMatches(true, c.start(), c.part("unit2"), 0, c.part("unit2").length())
        && !CONTRACTED_ARTICLE_BEFORE.matcher(before(c.start(), 6)).find()) {
      // "semaine dernière" without its article is no time of its own ("en semaine dernière
      // minute"); after "du", "au" the article is there.
      return null;
    }
    if (c.part("weekend") != null) {
      if (!WEEKEND_BEFORE.matcher(before(c.start(), 24)).find()) {
        // "le week-end, il va au marché", "le supplément du week-end": no weekend in particular.
        return null;
      }
      unit = "week-end";
    }
    if (unit != null && unit.startsWith("week")) {
      unit = "week-end";
    }
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
            return new TimexValue(
                TimexType.DATE, unit.equals("semaine") ? "XXXX-WXX" : "XXXX-WXX-WE");
          }
          if (unit.equals("week-end") && rel == null) {
            shift = thisWeekendShift(c, anchor);
          }
          LocalDate d = anchor.plusWeeks(shift);
          String week =
              String.format(
                  Locale.ROOT,
                  "%04d-W%02d",
                  d.get(IsoFields.WEEK_BASED_YEAR),
                  d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          return new TimexValue(TimexType.DATE, unit.equals("semaine") ? week : week + "-WE")
              .dct(true);
        }
      case "mois":
        {
          if (dct.month() == 0 || !dct.hasYear()) {
            return new TimexValue(TimexType.DATE, "XXXX-XX");
          }
          LocalDate d = LocalDate.of(dct.year(), dct.month(), 1).plusMonths(shift);
          return new TimexValue(
                  TimexType.DATE, PartialDate.of(d).withYear(d.getYear()).value().substring(0, 7))
              .dct(true);
        }
      case "trimestre":
        {
          if (dct.month() == 0 || !dct.hasYear()) {
            return new TimexValue(TimexType.DATE, "XXXX-QX");
          }
          int q = (dct.month() - 1) / 3 + shift;
          int y = dct.year() + Math.floorDiv(q, 4);
          return new TimexValue(
                  TimexType.DATE,
                  String.format(Locale.ROOT, "%04d-Q%d", y, Math.floorMod(q, 4) + 1))
              .dct(true);
        }
      default:
        {
          if (!dct.hasYear()) {
            return new TimexValue(TimexType.DATE, "XXXX");
          }
          int y = dct.year() + shift;
          TimexValue v =
              new TimexValue(TimexType.DATE, String.format(Locale.ROOT, "%04d", y)).dct(true);
          return v;
        }
    }
  }

  /**
   * Which weekend "ce week-end" or "pendant le week-end" names, in weeks from publication's: the
   * one under way on a Saturday or Sunday; else the one just past in a past clause and the coming
   * one in a future clause ("a été retrouvé ce week-end" on a Monday: the weekend before); with no
   * tense, the nearest.
   */
  private int thisWeekendShift(Candidate c, LocalDate anchor) {
    int wd = anchor.getDayOfWeek().getValue();
    if (wd >= 6) {
      return 0;
    }
    ClauseTense tense = ClauseTense.of(this, c);
    if (tense == ClauseTense.PAST || (tense == ClauseTense.NONE && wd <= 3)) {
      return -1;
    }
    return 0;
  }

  TimexValue offset(Candidate c) {
    String unit = c.part("unit");
    boolean future = text.regionMatches(true, c.start(), "dans", 0, 4);
    if ("quelques".equals(c.part("num"))
        || unit.startsWith("heure")
        || unit.startsWith("minute")
        || unit.startsWith("siècle")
        || unit.startsWith("décenni")) {
      // "il y a quatre heures", "il y a 14 siècles": no clock or calendar to count from here.
      return new TimexValue(TimexType.DATE, future ? "FUTURE_REF" : "PAST_REF");
    }
    int n = NumberWords.parse(c.part("num"));
    if (n < 0) {
      return null;
    }
    int sign = future ? 1 : -1;
    LocalDate anchor = dct.isFull() ? dct.toLocalDate() : null;
    if (unit.startsWith("jour") || unit.startsWith("semaine")) {
      if (anchor == null) {
        return new TimexValue(TimexType.DATE, "XXXX-XX-XX");
      }
      long days = unit.startsWith("jour") ? n : 7L * n;
      PartialDate d = PartialDate.of(anchor.plusDays(sign * days));
      return new TimexValue(TimexType.DATE, d.value()).day(d).dct(true);
    }
    if (unit.equals("mois")) {
      if (dct.month() == 0 || !dct.hasYear()) {
        return new TimexValue(TimexType.DATE, "XXXX-XX");
      }
      LocalDate d = LocalDate.of(dct.year(), dct.month(), 1).plusMonths((long) sign * n);
      return new TimexValue(
              TimexType.DATE,
              String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()))
          .dct(true);
    }
    if (!dct.hasYear()) {
      return new TimexValue(TimexType.DATE, "XXXX");
    }
    int y = dct.year() + sign * n;
    if (y < 1 || y > 9999) {
      return null;
    }
    return new TimexValue(TimexType.DATE, String.format(Locale.ROOT, "%04d", y)).dct(true);
  }

  /**
   * "la nuit de lundi à mardi", "la nuit du 10 au 11 novembre": the night that starts on the first
   * day named (TimeML gives a night the date of its evening).
   */
  TimexValue night(Candidate c, NarrativeContext ctx, List<Diagnostic> diagnostics) {
    TimexValue first;
    if (c.part("wd") != null) {
      first = weekday(withParts(c, Map.of("wd", c.part("wd"))), ctx);
    } else {
      Map<String, String> parts = new java.util.HashMap<>();
      parts.put("day", c.part("day"));
      parts.put("month", c.part("month1") != null ? c.part("month1") : c.part("month"));
      if (c.part("year") != null) {
        parts.put("year", c.part("year"));
      }
      first = calendar.calendarDate(withParts(c, parts), ctx, diagnostics);
    }
    if (first == null) {
      return null;
    }
    TimexValue v =
        new TimexValue(TimexType.TIME, first.value + "TNI").day(first.day).dct(first.usedDct);
    v.explicitYear = first.explicitYear;
    return v;
  }

  private static Candidate withParts(Candidate c, Map<String, String> parts) {
    return new Candidate(c.start(), c.end(), c.rule(), parts);
  }
}
