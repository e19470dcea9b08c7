package org.vigie.cli;

import java.time.LocalDate;
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
      return org.vigie.store.search.DayBound.parse(value, end);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(
          "not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + value);
    }
  }
}
