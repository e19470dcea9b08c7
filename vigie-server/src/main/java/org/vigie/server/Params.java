package org.vigie.server;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Query parameters read with bounds: a page past the last allowed, a size of a million, a 100 kB
 * query or a malformed date is a 400 with a message naming the parameter, never an exception from
 * deep in the store. Stateless.
 */
final class Params {
  /** The longest text parameter accepted (a query, a name). */
  static final int MAX_TEXT = 1_000;

  /** The deepest result reachable by paging: deep pages cost as much as all pages before them. */
  static final int MAX_DEPTH = 1_000;

  private final Function<String, String> source;

  Params(Function<String, String> source) {
    this.source = source;
  }

  /** A text parameter, stripped; {@code null} when absent or blank. */
  String text(String name) {
    String value = source.apply(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ApiException.badRequest(
          name + " too long: " + value.length() + " characters, at most " + MAX_TEXT);
    }
    return value.strip();
  }

  /** An integer parameter within [min, max], {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be an integer: " + clip(value));
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name + " must be between " + min + " and " + max + ": " + n);
    }
    return n;
  }

  /** Whether a flag is set ({@code 1}, {@code true}, {@code yes}). */
  boolean flag(String name) {
    String value = text(name);
    return value != null
        && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
  }

  /**
   * A date: {@code 2020-03-26}, {@code 2020-03} or {@code 2020}; a month or a year is its first day
   * as a lower bound and its last as an upper bound ({@code end}).
   */
  LocalDate date(String name, boolean end) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return org.vigie.store.search.DayBound.parse(value, end);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          name + " is not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + clip(value));
    }
  }

  /** A value from a closed list, upper-cased; {@code null} when absent. */
  String oneOf(String name, java.util.List<String> allowed) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(upper)) {
      throw ApiException.badRequest(name + " must be one of " + allowed + ": " + clip(value));
    }
    return upper;
  }

  /** One page of a list: 1-based page number and size, bounded in depth. */
  record Page(int page, int size) {
    int offset() {
      return (page - 1) * size;
    }

    int end() {
      return page * size;
    }
  }

  Page page(int defaultSize, int maxSize) {
    int size = integer("size", defaultSize, 1, maxSize);
    int page = integer("page", 1, 1, MAX_DEPTH);
    if ((long) page * size > MAX_DEPTH) {
      throw ApiException.badRequest(
          "page " + page + " of size " + size + " is past the first " + MAX_DEPTH + " results");
    }
    return new Page(page, size);
  }

  static String clip(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }
}
