package org.vigie.store.search;

import java.util.List;
import java.util.Map;

/**
 * Hits (best first) and facet counts. {@code total} counts matching articles, near-duplicates
 * excluded (a syndicated dispatch is one article); facets count the same set, from a sample of it
 * scaled up when {@code facetsApproximate} (a large match set: {@code FacetCounter}).
 */
public record SearchResult(
    long total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean facetsApproximate) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** A result whose facets, if any, are exact. */
  public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    this(total, hits, facets, false);
  }

  /** One hit; {@code snippet} marks matched words with {@code <b>…</b>}. */
  public record Hit(
      String id,
      String title,
      float score,
      String snippet,
      String published,
      String outlet,
      String story,
      String duplicateOf) {}

  /** A facet value and how many matching articles carry it. */
  public record FacetCount(String value, int count) {}
}
