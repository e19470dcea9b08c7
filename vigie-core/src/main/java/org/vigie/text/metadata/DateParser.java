package org.vigie.text.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as pages and datelines write it, into an ISO 8601 value that keeps only
 * what was written: {@code "2020-10-30T06:00:00+01:00"} → {@code "2020-10-30T06:00+01:00"}, {@code
 * "30 Octobre 2020 06:00 (UTC+01:00)"} → {@code "2020-10-30T06:00+01:00"}, {@code "Publié le 18 mai
 * 2011 à 22h07"} → {@code "2011-05-18T22:07"}, {@code "08-07-13 à 17h24"} → {@code
 * "2013-07-08T17:24"}, {@code "26 MARS"} → {@code "XXXX-03-26"} (never a guessed year). French and
 * English month names, numeric day-first dates, ISO and RFC 1123 forms. Stateless and thread-safe;
 * never throws on bad input (returns null).
 */
public final class DateParser {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1),
          Map.entry("janv", 1),
          Map.entry("jan", 1),
          Map.entry("january", 1),
          Map.entry("février", 2),
          Map.entry("fevrier", 2),
          Map.entry("févr", 2),
          Map.entry("fevr", 2),
          Map.entry("fév", 2),
          Map.entry("feb", 2),
          Map.entry("february", 2),
          Map.entry("mars", 3),
          Map.entry("mar", 3),
          Map.entry("march", 3),
          Map.entry("avril", 4),
          Map.entry("avr", 4),
          Map.entry("apr", 4),
          Map.entry("april", 4),
          Map.entry("mai", 5),
          Map.entry("may", 5),
          Map.entry("juin", 6),
          Map.entry("jun", 6),
          Map.entry("june", 6),
          Map.entry("juillet", 7),
          Map.entry("juil", 7),
          Map.entry("jul", 7),
          Map.entry("july", 7),
          Map.entry("août", 8),
          Map.entry("aout", 8),
          Map.entry("aug", 8),
          Map.entry("august", 8),
          Map.entry("septembre", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("september", 9),
          Map.entry("octobre", 10),
          Map.entry("oct", 10),
          Map.entry("october", 10),
          Map.entry("novembre", 11),
          Map.entry("nov", 11),
          Map.entry("november", 11),
          Map.entry("décembre", 12),
          Map.entry("decembre", 12),
          Map.entry("déc", 12),
          Map.entry("dec", 12),
          Map.entry("december", 12));

  private static final String ZONE =
      "(?:\\s*\\(?\\s*(?:UTC|GMT)?\\s*(?<zone>[+-]\\d{1,2}(?::?\\d{2})?|Z)\\s*\\)?"
          + "|\\s*\\(?(?<named>UTC|GMT|CET|CEST)\\)?)?";
  private static final String TIME =
      "(?:(?:\\s*,?\\s*(?:à|a|at|-|T)?\\s*)(?<hour>[01]?\\d|2[0-3])\\s*(?:[:h]\\s*(?<minute>[0-5]\\d)?)"
          + "(?::(?<second>[0-5]\\d)(?:\\.\\d+)?)?"
          + ZONE
          + ")?";
  private static final Pattern ISO =
      Pattern.compile(
          "(?<year>(?:19|20)\\d{2})-(?<month>[01]\\d)-(?<day>[0-3]\\d)"
              + "(?:[T ](?<hour>[0-2]\\d):(?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d)(?:\\.\\d+)?)?"
              + "\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?<day>[0-3]?\\d)(?:er|st|nd|rd|th)?\\s*(?<month>\\p{L}{3,9})\\.?"
              + "(?:\\s+(?<year>(?:19|20)\\d{2}))?"
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?<month>[A-Za-z]{3,9})\\.?\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})"
              + TIME);
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<!\\d)(?<day>[0-3]?\\d)[./-](?<month>[01]?\\d)[./-](?<year>(?:19|20)?\\d{2})(?!\\d)"
              + TIME);

  /** The ISO value of the first date written in {@code text}, or null. */
  public String parse(String text) {
    if (text == null || text.isBlank() || text.length() > 400) {
      return null;
    }
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return format(
          Integer.parseInt(m.group("year")),
          Integer.parseInt(m.group("month")),
          Integer.parseInt(m.group("day")),
          m);
    }
    m = WRITTEN.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
      if (month != null) {
        String year = m.group("year");
        return format(
            year == null ? -1 : Integer.parseInt(year), month, Integer.parseInt(m.group("day")), m);
      }
    }
    m = ENGLISH.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
      if (month != null) {
        return format(
            Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")), m);
      }
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      if (year < 100) {
        year += year < 70 ? 2000 : 1900;
      }
      return format(year, Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")), m);
    }
    return null;
  }

  private static String format(int year, int month, int day, Matcher m) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    StringBuilder out = new StringBuilder(25);
    out.append(year < 0 ? "XXXX" : String.format(Locale.ROOT, "%04d", year));
    out.append(String.format(Locale.ROOT, "-%02d-%02d", month, day));
    String hour = group(m, "hour");
    if (hour != null) {
      String minute = group(m, "minute");
      out.append(
          String.format(
              Locale.ROOT,
              "T%02d:%02d",
              Integer.parseInt(hour),
              minute == null ? 0 : Integer.parseInt(minute)));
      String zone = zone(group(m, "zone"), group(m, "named"));
      if (zone != null) {
        out.append(zone);
      }
    }
    return out.toString();
  }

  /** "+1" → "+01:00", "+0100" → "+01:00", "Z"/UTC/GMT → "Z"; named European zones are ambiguous. */
  private static String zone(String offset, String named) {
    if (offset == null) {
      return named != null && (named.equals("UTC") || named.equals("GMT")) ? "Z" : null;
    }
    if (offset.equals("Z")) {
      return "Z";
    }
    String digits = offset.substring(1).replace(":", "");
    int hours =
        Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
    int minutes =
        digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
    if (hours > 14 || minutes > 59) {
      return null;
    }
    return String.format(Locale.ROOT, "%c%02d:%02d", offset.charAt(0), hours, minutes);
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException absent) {
      return null;
    }
  }
}
