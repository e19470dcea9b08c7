package org.vigie.time;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;

/**
 * Joins two adjacent expressions that name one point in time into one TIME ("8 heures le 26
 * octobre", "29 août 2011 à 19h28"). Stateless after construction.
 */
final class TimexMerger extends TimexReading {
  TimexMerger(TimexReading reading) {
    super(reading);
  }

  /** Dawn as {@link RelativeDates} finds it after "à", "au" or "dès". */
  private static final Pattern DAWN =
      Pattern.compile("l['’]aube|petit (?:matin|jour)", Pattern.CASE_INSENSITIVE);

  private static final Pattern YEAR_WRITTEN = Pattern.compile("(?:1[0-9]|20)[0-9]{2}(?![0-9])");

  /**
   * Two expressions that name one point in time: a clock time then its day ("8 heures le 26
   * octobre", "vers 15 h 30, hier", "22H00 GMT lundi"), or a timestamp, a full date with its year
   * then a clock time in figures ("29 août 2011 à 19h28", "27/06/2013 | 10:45"). A day then a clock
   * time in running text ("samedi à 8 h") stays two expressions, as in the French TimeBank. A day
   * then its dawn ("le 14 août à l'aube") is one.
   */
  boolean mergeable(Timex previous, Timex next) {
    String gap = text.substring(previous.end(), next.start());
    if (previous.type() == TimexType.DATE
        && next.type() == TimexType.TIME
        && DAWN.matcher(next.text()).matches()) {
      // "le 14 août à l'aube", "mardi 3 mai au petit matin": the dawn of that day, as "mercredi à
      // l'aube" is one expression.
      return previous.value() != null
          && previous.value().matches("(?:[0-9]{4}|XXXX)-[0-9]{2}-[0-9]{2}")
          && gap.matches("[ \\u00A0]+(?:à|au|dès)[ \\u00A0]+")
          && next.value().endsWith("TMO");
    }
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

  Timex merge(Timex first, Timex second) {
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
}
