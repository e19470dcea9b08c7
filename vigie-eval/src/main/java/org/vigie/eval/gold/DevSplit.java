package org.vigie.eval.gold;

import java.util.Locale;

/**
 * The halves of the hand-annotated dev set (its README): files whose article number is even are
 * {@code tune} (read their errors), odd ones {@code check} (aggregate figures only).
 */
public enum DevSplit {
  TUNE,
  CHECK,
  ALL;

  /** Whether the gold file named {@code fileName} ("libya__2011-03-22__ext_48.json") is in it. */
  public boolean includes(String fileName) {
    if (this == ALL) {
      return true;
    }
    String last = fileName.substring(fileName.lastIndexOf('_') + 1);
    String digits = last.replaceAll("\\D", "");
    long number =
        digits.isEmpty() ? 0 : Long.parseLong(digits.substring(Math.max(0, digits.length() - 9)));
    return (this == TUNE) == (number % 2 == 0);
  }

  /** Whether errors of this split may be read (only {@code tune}'s). */
  public boolean errorsMayBeRead() {
    return this == TUNE;
  }

  /** The lower-case name used on the command line and in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
