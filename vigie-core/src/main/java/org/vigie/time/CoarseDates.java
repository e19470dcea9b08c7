package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.lexicon.ResourceLines;
import org.vigie.model.Diagnostic;
import org.vigie.model.TimexType;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * Dates coarser than a day: months ("en juillet", "fin septembre 2020"), years ("en 1998"), decades
 * ("les années 1990"), centuries ("le XXe siècle"), seasons ("l'été dernier") and holidays ("à
 * Noël"). A bare month or four-digit number is a date only where the words around it say so.
 * Stateless after construction.
 */
final class CoarseDates extends TimexReading {
  CoarseDates(TimexReading reading, CalendarDates calendar) {
    super(reading);
    this.calendar = calendar;
  }

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

  /** A word after a season that makes it the name of an event ("printemps arabe"). */
  private static final Pattern SEASON_NAME_AFTER =
      Pattern.compile(
          "^[ \\u00A0]+(?:arabes?|de[ \\u00A0]+Prague|de[ \\u00A0]+Damas|érable|berbère)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A noun just before a four-digit number that makes it a name or a number ("résolution 1973").
   */
  private static final Pattern NUMBERED_NAME_BEFORE =
      endingWith(
          String.join(
              "|",
              ResourceLines.of(CoarseDates.class, "numbered-names.txt").stream()
                  .map(Pattern::quote)
                  .toList()));

  /**
   * A capitalised word just before a four-digit number, with nothing between: the number belongs to
   * a name ("Mirage 2000", "le dossier Syrie 2011", "Copyright 2010"). A date word or a preposition
   * there ("Depuis 2011", "Fin 2012") is caught by {@link #DATE_CONTEXT_BEFORE} first.
   */
  private static final Pattern NAME_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}\\p{N}])(\\p{Lu})[\\p{L}-]*[ \\u00A0]$");

  private final CalendarDates calendar;

  TimexValue month(Candidate c, NarrativeContext ctx) {
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
    CalendarDates.YearChoice choice = calendar.yearFor(m, 0, c, ctx);
    int year = choice.year();
    boolean fromDct = choice.fromDct();
    return new TimexValue(TimexType.DATE, new PartialDate(year, m, 0).value()).dct(fromDct);
  }

  TimexValue year(Candidate c, List<Diagnostic> diagnostics) {
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
      // Digit groups ("1 500", "2019 2020 2021…") and counts ("1500 personnes") are not years,
      // nor a number that names a thing ("la résolution 1973", "Mirage 2000").
      if (before.matches("(?s).*[0-9][ \\u00A0.,]*$")
          || QUANTITY_AFTER.matcher(after(c.end(), 20)).find()
          || NUMBERED_NAME_BEFORE.matcher(before).find()
          || namedBefore(c.start(), before)) {
        return null;
      }
    }
    if (year < 1) {
      return null;
    }
    TimexValue v = new TimexValue(TimexType.DATE, String.format(Locale.ROOT, "%04d", year));
    v.explicitYear = year;
    return v;
  }

  /**
   * A capitalised word just before the number that is neither a date word nor capitalised only
   * because it begins the sentence ("Assurément 2014 sera…").
   */
  private boolean namedBefore(int start, String before) {
    Matcher m = NAME_BEFORE.matcher(before);
    return m.find()
        && !DATE_CONTEXT_BEFORE.matcher(before).find()
        && !sentenceInitial(start - before.length() + m.start(1));
  }

  TimexValue decade(Candidate c) {
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
    return new TimexValue(TimexType.DATE, prefix);
  }

  TimexValue season(Candidate c, NarrativeContext ctx) {
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
    } else if (ctx.contextYear() > 0) {
      year = ctx.contextYear();
    }
    String y = year > 0 ? String.format(Locale.ROOT, "%04d", year) : "XXXX";
    return new TimexValue(TimexType.DATE, y + "-" + code).dct(fromDct);
  }

  /**
   * "à Noël", "la Toussaint 2019", "le lundi de Pâques": its year written after it, else the
   * publication year, else an explicit year in the sentence; without any, the day of a fixed
   * holiday with year XXXX and nothing for a movable one.
   */
  TimexValue holiday(Candidate c) {
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
      return new TimexValue(TimexType.DATE, PartialDate.of(sample).withYear(0).value());
    }
    LocalDate date = Holidays.date(c.part("holiday"), year);
    if (date == null) {
      return null;
    }
    PartialDate d = PartialDate.of(date);
    return new TimexValue(TimexType.DATE, d.value()).day(d).dct(fromDct);
  }

  static int roman(String r) {
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
}
