package org.vigie.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A calendar date whose year, month or day may be unknown ({@code 0}), printed as a TIMEX3 value
 * with {@code X} for the unknown parts ({@code XXXX-09-23}). Day arithmetic on a date without a
 * year runs in a leap year, so 28 February plus one day is {@code XXXX-02-29}, never an invented
 * year.
 */
record PartialDate(int year, int month, int day) {
  static final PartialDate UNKNOWN = new PartialDate(0, 0, 0);
  private static final int LEAP = 2000;

  PartialDate {
    if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
      throw new IllegalArgumentException("bad partial date " + year + "-" + month + "-" + day);
    }
  }

  static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** True when month and day are known, so days can be added. */
  boolean hasDay() {
    return month > 0 && day > 0;
  }

  boolean hasYear() {
    return year > 0;
  }

  boolean isFull() {
    return hasYear() && hasDay();
  }

  /** The real date, in a leap year when the year is unknown; null when month or day is unknown. */
  LocalDate toLocalDate() {
    if (!hasDay()) {
      return null;
    }
    try {
      return LocalDate.of(hasYear() ? year : LEAP, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** This date moved by days, keeping an unknown year unknown; UNKNOWN when it has no day. */
  PartialDate plusDays(long days) {
    LocalDate date = toLocalDate();
    if (date == null) {
      return UNKNOWN;
    }
    LocalDate moved = date.plusDays(days);
    if (!hasYear()) {
      // Crossing a year boundary without knowing the year: keep month and day only.
      return new PartialDate(0, moved.getMonthValue(), moved.getDayOfMonth());
    }
    if (moved.getYear() < 1 || moved.getYear() > 9999) {
      return UNKNOWN;
    }
    return of(moved);
  }

  PartialDate withYear(int newYear) {
    return new PartialDate(newYear, month, day);
  }

  /**
   * The TIMEX3 value at day precision ({@code 2020-10-23}, {@code XXXX-09-23}, {@code 2020-10}).
   */
  String value() {
    String y = year > 0 ? String.format(Locale.ROOT, "%04d", year) : "XXXX";
    if (month == 0) {
      return day == 0 ? (year > 0 ? y : "XXXX-XX-XX") : y + "-XX-" + two(day);
    }
    return day == 0 ? y + "-" + two(month) : y + "-" + two(month) + "-" + two(day);
  }

  /** The value with unknown parts written out in full, for day-precision expressions. */
  String dayValue() {
    String y = year > 0 ? String.format(Locale.ROOT, "%04d", year) : "XXXX";
    return y + "-" + (month > 0 ? two(month) : "XX") + "-" + (day > 0 ? two(day) : "XX");
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /**
   * Reads the date part of an ISO 8601 or TIMEX3 value ({@code 2020-10-30T06:00+01:00}, {@code
   * XXXX-03-26}, {@code 2020-10}); UNKNOWN when none is readable.
   */
  static PartialDate parse(String value) {
    if (value == null || value.length() < 4) {
      return UNKNOWN;
    }
    int year = number(value, 0, 4);
    int month = value.length() >= 7 && value.charAt(4) == '-' ? number(value, 5, 7) : 0;
    int day = value.length() >= 10 && value.charAt(7) == '-' ? number(value, 8, 10) : 0;
    if (month > 12 || day > 31 || year < 0) {
      return UNKNOWN;
    }
    PartialDate date = new PartialDate(Math.max(year, 0), Math.max(month, 0), Math.max(day, 0));
    if (date.hasDay() && date.toLocalDate() == null) {
      return UNKNOWN;
    }
    return date;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
