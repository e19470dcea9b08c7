package org.vigie.store.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A bound of a period as users write it: {@code 2020-03-26}, {@code 2020-03} or {@code 2020}; a
 * month or a year is its first day as a lower bound and its last as an upper bound. One reading for
 * every surface (CLI options, HTTP parameters). Stateless.
 */
public final class DayBound {
  private DayBound() {}

  /**
   * The day {@code value} stands for as a lower ({@code end == false}) or upper bound; null for
   * null.
   *
   * @throws IllegalArgumentException when the value is not such a date
   */
  public static LocalDate parse(String value, boolean end) {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(value);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date (YYYY-MM-DD, YYYY-MM or YYYY)", e);
    }
  }
}
