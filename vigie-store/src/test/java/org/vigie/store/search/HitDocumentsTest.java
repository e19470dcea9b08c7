package org.vigie.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.TestArticles;
import org.vigie.store.VigieStore;

/** A hit's fields are read once per view, its text cut where snippets stop looking. */
class HitDocumentsTest {
  @TempDir Path dir;

  @Test
  void aHitIsReadOnceAndALongTextIsCut() throws Exception {
    String page =
        "Le direct de la journée à Benghazi, heure par heure, avec les témoignages des habitants. "
            .repeat(50);
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      store.put(TestArticles.of("long", "AFP", "2011-03-19", "Le direct", page), null);
      store.commit();
    }
    try (VigieStore store = VigieStore.open(dir)) {
      StoredFields stored = store.searcher().storedFields();
      HitDocuments docs = new HitDocuments(100);
      HitDocuments.HitDocument first = docs.get(stored, 0);
      assertEquals("long", first.id());
      assertEquals("Le direct", first.title());
      assertEquals(page.substring(0, 100), first.text());
      assertSame(first, docs.get(stored, 0));
      assertTrue(page.length() > 4000);
    }
  }
}
