package org.vigie.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.TestArticles;
import org.vigie.store.VigieStore;

/**
 * Facet counts over a match set larger than the sample are scaled up from the sample and flagged;
 * up to the sample they are exact. 300 articles from three outlets in the proportions 2:1:0.5 (and
 * an interleaved order, as a store fed by several feeds has).
 */
class FacetCounterTest {
  @TempDir static Path dir;

  private static final int ARTICLES = 350;

  @BeforeAll
  static void store() {
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (int i = 0; i < ARTICLES; i++) {
        String outlet = i % 7 < 4 ? "AFP" : i % 7 < 6 ? "Reuters" : "Le Monde";
        store.put(
            TestArticles.of(
                "a" + i,
                outlet,
                "2020-10-05",
                "Dépêche " + i,
                "Dépêche numéro " + i + " sur la ligne de contact, mot" + i + " et suite " + i),
            null);
      }
      store.commit();
    }
  }

  private static Map<String, Integer> outlets(FacetCounter.Counted counted) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (SearchResult.FacetCount c : counted.facets().get("outlet")) {
      out.put(c.value(), c.count());
    }
    return out;
  }

  private static FacetsCollector all(IndexSearcher searcher) throws Exception {
    return FacetsCollectorManager.search(
            searcher, new MatchAllDocsQuery(), 1, new FacetsCollectorManager())
        .facetsCollector();
  }

  @Test
  void aMatchSetWithinTheSampleIsCountedExactly() throws Exception {
    try (VigieStore store = VigieStore.open(dir)) {
      IndexSearcher searcher = store.searcher();
      FacetCounter.Counted counted =
          new FacetCounter(searcher.getIndexReader(), ARTICLES).count(all(searcher), 10);
      assertFalse(counted.approximate());
      assertEquals(Map.of("AFP", 200, "Reuters", 100, "Le Monde", 50), outlets(counted));
    }
  }

  @Test
  void aLargerMatchSetIsSampledScaledAndFlagged() throws Exception {
    try (VigieStore store = VigieStore.open(dir)) {
      IndexSearcher searcher = store.searcher();
      FacetCounter counter = new FacetCounter(searcher.getIndexReader(), 70);
      FacetCounter.Counted counted = counter.count(all(searcher), 10);
      assertTrue(counted.approximate());
      Map<String, Integer> outlets = outlets(counted);
      // One article in five is counted, times five: each count within a quarter of the truth,
      // and the order of the values kept.
      assertEquals(200, outlets.get("AFP"), 50);
      assertEquals(100, outlets.get("Reuters"), 25);
      assertEquals(50, outlets.get("Le Monde"), 25);
      assertEquals(
          List.of("AFP", "Reuters", "Le Monde"),
          counted.facets().get("outlet").stream().map(SearchResult.FacetCount::value).toList());
      // The same search on the same view counts the same sample.
      assertEquals(outlets, outlets(counter.count(all(searcher), 10)));
    }
  }

  @Test
  void theSearchSaysWhenItsFacetsAreExact() {
    try (VigieStore store = VigieStore.open(dir)) {
      SearchResult r = store.search(new SearchRequest("*", ArticleFilter.NONE, 5, 10));
      // 350 matches: within the store's sample, so counted exactly.
      assertFalse(r.facetsApproximate());
      assertEquals(350, r.total());
    }
  }

  @Test
  void onlyThePageAskedForIsReturned() {
    try (VigieStore store = VigieStore.open(dir)) {
      List<SearchResult.Hit> first = store.search(SearchRequest.of("dépêche")).hits();
      List<SearchResult.Hit> second =
          store.search(new SearchRequest("dépêche", ArticleFilter.NONE, 10, 0, 5)).hits();
      assertEquals(10, first.size());
      assertEquals(
          first.subList(5, 10).stream().map(SearchResult.Hit::id).toList(),
          second.stream().map(SearchResult.Hit::id).toList());
      assertEquals(first.get(7).snippet(), second.get(2).snippet());
    }
  }
}
