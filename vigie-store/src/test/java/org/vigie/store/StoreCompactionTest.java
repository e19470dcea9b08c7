package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.search.SearchRequest;

/** A store merged into one segment answers as before; a small ingest is no bulk load. */
class StoreCompactionTest {
  @TempDir Path dir;

  @Test
  void compactingMergesTheSegmentsAndKeepsEveryArticle() {
    String[] ids = {"tripoli", "misrata", "benghazi"};
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (String id : ids) {
        store.put(
            TestArticles.of(id, "AFP", "2011-03-19", "Combats à " + id, "Les combats à " + id),
            null);
        store.commit(); // one segment per commit
      }
      assertEquals(3, store.searcher().getIndexReader().leaves().size());
      assertEquals(3, store.compact());
      assertEquals(1, store.searcher().getIndexReader().leaves().size());
      assertEquals(1, store.compact(), "one segment: nothing to merge");
    }
    try (VigieStore store = VigieStore.open(dir)) {
      assertEquals(1, store.searcher().getIndexReader().leaves().size(), "the merge is committed");
      for (String id : ids) {
        assertTrue(store.article(id).isPresent(), id);
      }
      assertEquals(1, store.search(SearchRequest.of("misrata")).total());
    }
  }

  @Test
  void aBulkLoadWritesAQuarterOfTheStoreOrMore() {
    assertTrue(report(100).bulkLoadOf(100), "a first load");
    assertTrue(report(25).bulkLoadOf(100));
    assertFalse(report(24).bulkLoadOf(100), "a daily ingest into a large store");
    assertFalse(report(0).bulkLoadOf(0), "nothing written");
  }

  private static CorpusIngest.Report report(long added) {
    return new CorpusIngest.Report(added, 0, 0, 0, 0, 0, 1, 1.0);
  }
}
