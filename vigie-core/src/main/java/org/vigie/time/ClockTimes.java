package org.vigie.time;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.model.TimexType;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * Clock times: "à 14 heures", "21 h 45", "06:00 (UTC+01:00)", "8 heures du soir", "vers midi", on
 * the day the sentence names or the publication day. "N heures" not governed by a word of clock
 * time is a duration ("pendant 14 heures"). Stateless after construction.
 */
final class ClockTimes extends TimexReading {
  ClockTimes(TimexReading reading) {
    super(reading);
  }

  /** Words before "N heures" that make it a clock time, not a duration ("à 14 heures"). */
  private static final Pattern CLOCK_BEFORE =
      endingWith("à|a|vers|dès|jusqu['’]à|avant|après|partir de|entre|et|de|depuis|pour");

  TimexValue time(Candidate c, NarrativeContext ctx) {
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
        return new TimexValue(TimexType.DURATION, "PT" + hour + "H");
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
    if (ctx.lastDay() != null && ctx.sentence() == ctx.lastDaySentence()) {
      day = ctx.lastDay();
    } else if (dct.hasDay()) {
      day = dct;
      fromDct = true;
    }
    String date = day == null ? "XXXX-XX-XX" : day.dayValue();
    return new TimexValue(TimexType.TIME, date + clock).dct(fromDct);
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
}
