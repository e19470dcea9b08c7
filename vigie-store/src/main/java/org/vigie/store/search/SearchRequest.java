package org.vigie.store.search;

import java.util.Objects;

/** A search: query text (Lucene syntax, French analysis), filters, how many hits and facets. */
public record SearchRequest(String query, ArticleFilter filter, int limit, int facetLimit) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filter, "filter");
    if (limit < 0 || facetLimit < 0) {
      throw new IllegalArgumentException("negative limit");
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, ArticleFilter.NONE, 10, 10);
  }
}
