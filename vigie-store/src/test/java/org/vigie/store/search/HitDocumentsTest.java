package org.vigie.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.TestArticles;
import org.vigie.store.VigieStore;

/**
 * A hit is read from its column once per view, with the fields the stored article has and its text
 * cut where snippets stop looking.
 */
class HitDocumentsTest {
  @TempDir Path dir;

  @Test
  void aHitIsReadOnceAndALongTextIsCut() throws Exception {
    String page =
        "Le direct de la journée à Benghazi, heure par heure, avec les témoignages des habitants. "
            .repeat(300);
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      store.put(TestArticles.of("long", "AFP", "2011-03-19", "Le direct", page), null);
      store.put(TestArticles.of("short", null, null, null, "Une brève à Misrata."), null);
      store.commit();
    }
    try (VigieStore store = VigieStore.open(dir)) {
      IndexReader reader = store.searcher().getIndexReader();
      HitDocuments docs = new HitDocuments();
      HitDocuments.HitDocument first = docs.get(reader, new int[] {0})[0];
      assertEquals("long", first.id());
      assertEquals("Le direct", first.title());
      assertEquals("AFP", first.outlet());
      assertEquals("2011-03-19", first.published());
      assertEquals(store.article("long").orElseThrow().story(), first.story());
      assertEquals(page.substring(0, HitSnippets.HIGHLIGHT_CHARS), first.text());
      assertSame(first, docs.get(reader, new int[] {0})[0]);
      HitDocuments.HitDocument[] both = docs.get(reader, new int[] {1, 0});
      assertSame(first, both[1]);
      HitDocuments.HitDocument second = both[0];
      assertEquals("Une brève à Misrata.", second.text());
      assertNull(second.title());
      assertNull(second.outlet());
      assertNull(second.published());
    }
  }
}
