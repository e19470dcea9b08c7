package org.vigie.store.search;

import java.time.LocalDate;

/**
 * Exact-match filters on stored articles (case and accents do not matter: "zakharova" finds "Maria
 * Zakharova"'s statements only if it is the whole name, so pass the canonical name); {@code null}
 * means no filter. {@code from} and {@code to} are inclusive publication days.
 */
public record ArticleFilter(
    String speaker,
    String entity,
    String outlet,
    String type,
    LocalDate from,
    LocalDate to,
    boolean includeDuplicates,
    int limit) {
  public static final ArticleFilter NONE =
      new ArticleFilter(null, null, null, null, null, null, false, 100);

  public ArticleFilter {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public static ArticleFilter speaker(String speaker, LocalDate from, LocalDate to, int limit) {
    return new ArticleFilter(speaker, null, null, null, from, to, true, limit);
  }

  public ArticleFilter withLimit(int newLimit) {
    return new ArticleFilter(speaker, entity, outlet, type, from, to, includeDuplicates, newLimit);
  }
}
