package org.vigie.store.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last searches of one point-in-time view of the index and their results (Solr's query result
 * cache): a browser's facet clicks, back button and paging repeat the same search, and a result
 * cannot change while the view does not. Least recently used out first, at most {@value #ENTRIES}
 * entries, and only results of at most {@value #MAX_HITS} hits are kept, so the cache holds a few
 * megabytes at most. Owned by one {@link StoreSearcher}: a new commit gets a new, empty one. A
 * search that throws is not cached. Thread-safe; two threads asking for the same new search at once
 * may both run it. With the system property {@value #OFF} set to true, nothing is cached here nor
 * in {@link HitDocuments}: a load test that repeats its searches then measures their whole cost.
 */
final class SearchCache {
  static final int ENTRIES = 512;
  static final int MAX_HITS = 100;

  /** The system property that turns the view's caches off. */
  static final String OFF = "vigie.search.nocache";

  /** Whether the caches are on (read once: a property set later does not change a running view). */
  static final boolean ENABLED = !Boolean.getBoolean(OFF);

  private final Map<SearchRequest, SearchResult> results =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
          return size() > ENTRIES;
        }
      };

  /** The cached result of {@code request}, or {@code search}'s, kept when small enough. */
  SearchResult get(SearchRequest request, Function<SearchRequest, SearchResult> search) {
    if (!ENABLED) {
      return search.apply(request);
    }
    synchronized (results) {
      SearchResult cached = results.get(request);
      if (cached != null) {
        return cached;
      }
    }
    // Searched outside the lock: other threads' searches and cache hits go on meanwhile.
    SearchResult found = search.apply(request);
    if (found.hits().size() <= MAX_HITS) {
      synchronized (results) {
        results.put(request, found);
      }
    }
    return found;
  }

  int size() {
    synchronized (results) {
      return results.size();
    }
  }
}
