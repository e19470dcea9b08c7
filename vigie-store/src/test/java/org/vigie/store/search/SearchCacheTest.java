package org.vigie.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The per-view result cache: repeats are answered from it, within its bounds. */
class SearchCacheTest {
  private static SearchResult result(int hits) {
    List<SearchResult.Hit> list = new ArrayList<>();
    for (int i = 0; i < hits; i++) {
      list.add(new SearchResult.Hit("a" + i, "t", 1f, "s", null, null, null, null));
    }
    return new SearchResult(hits, list, Map.of());
  }

  @Test
  void aRepeatedSearchIsRunOnce() {
    SearchCache cache = new SearchCache();
    AtomicInteger runs = new AtomicInteger();
    Function<SearchRequest, SearchResult> search =
        r -> {
          runs.incrementAndGet();
          return result(3);
        };
    SearchResult first = cache.get(SearchRequest.of("frappe"), search);
    assertSame(first, cache.get(SearchRequest.of("frappe"), search));
    cache.get(SearchRequest.of("frappes"), search);
    assertEquals(2, runs.get());
  }

  @Test
  void theLeastRecentlyUsedSearchGoesFirstAndTheCacheStaysBounded() {
    SearchCache cache = new SearchCache();
    AtomicInteger runs = new AtomicInteger();
    Function<SearchRequest, SearchResult> search =
        r -> {
          runs.incrementAndGet();
          return result(1);
        };
    cache.get(SearchRequest.of("q0"), search);
    for (int i = 1; i <= SearchCache.ENTRIES; i++) {
      cache.get(SearchRequest.of("q" + i), search);
      cache.get(SearchRequest.of("q0"), search); // kept in use
    }
    assertEquals(SearchCache.ENTRIES, cache.size());
    int before = runs.get();
    cache.get(SearchRequest.of("q0"), search);
    assertEquals(before, runs.get());
    cache.get(SearchRequest.of("q1"), search); // the eldest, gone
    assertEquals(before + 1, runs.get());
  }

  @Test
  void largeResultsAndFailuresAreNotKept() {
    SearchCache cache = new SearchCache();
    cache.get(SearchRequest.of("large"), r -> result(SearchCache.MAX_HITS + 1));
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.get(
                SearchRequest.of("failing"),
                r -> {
                  throw new IllegalStateException("no index");
                }));
    assertEquals(0, cache.size());
  }
}
