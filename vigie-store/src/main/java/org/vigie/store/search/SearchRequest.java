package org.vigie.store.search;

import java.util.Objects;

/**
 * A search: query text (Lucene syntax, French analysis), filters, how many hits and facets. The
 * hits returned are those ranked {@code offset} to {@code limit} (a page): only they are read and
 * highlighted, the ones before are only ranked.
 */
public record SearchRequest(
    String query, ArticleFilter filter, int limit, int facetLimit, int offset) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filter, "filter");
    if (limit < 0 || facetLimit < 0 || offset < 0) {
      throw new IllegalArgumentException("negative limit or offset");
    }
  }

  /** The first {@code limit} hits. */
  public SearchRequest(String query, ArticleFilter filter, int limit, int facetLimit) {
    this(query, filter, limit, facetLimit, 0);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, ArticleFilter.NONE, 10, 10);
  }
}
