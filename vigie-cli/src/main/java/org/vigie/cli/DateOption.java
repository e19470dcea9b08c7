package org.vigie.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * {@code --from}/{@code --to} values: {@code 2020-03-26}, {@code 2020-03} or {@code 2020}; a month
 * or a year means its first day for {@code --from} and its last for {@code --to}.
 */
final class DateOption {
  private DateOption() {}

  static LocalDate parse(String value, boolean end) {
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
      throw new CommandLine.TypeConversionException(
          "not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + value);
    }
  }
}
