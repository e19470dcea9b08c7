package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Geo;
import org.vigie.store.incident.EventSelection;
import org.vigie.store.incident.IncidentDigest;
import org.vigie.store.incident.IncidentGrouper;
import org.vigie.store.incident.IncidentSummary;

/**
 * The incident digest a writer leaves on closing lists exactly what grouping the store's events at
 * query time lists, and is used only for the commit it was made from.
 */
class StoreIncidentsTest {
  @TempDir Path dir;

  private static final String[] PLACES = {
    "Haut-Karabakh", "Haut-Karabagh", "Alep", "à Alep", "Stepanakert", null
  };
  private static final String[] TYPES = {"ASSAULT", "PROTEST", "AGREE"};
  private static final String[] SUBTYPES = {"airstrike", "drone-strike", null};
  private static final String[] OUTLETS = {"Armenpress", "Lagazette", "Le Monde", null};

  /** Articles with seeded random events: places spelled two ways, days close and far, figures. */
  private static List<Article> articles(Random random, int n, int firstId) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int id = firstId + i;
      String text =
          "Dépêche "
              + id
              + " : des frappes et des manifestations ont eu lieu, selon les témoins"
              + " interrogés sur place le jour même, mot"
              + id
              + " mot"
              + (id * 7)
              + ".";
      List<Event> events = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        int day = 1 + random.nextInt(20);
        String date =
            random.nextInt(8) == 0
                ? "2021-03"
                : String.format(java.util.Locale.ROOT, "2021-03-%02d", day);
        String place = PLACES[random.nextInt(PLACES.length)];
        events.add(
            new Event(
                TYPES[random.nextInt(TYPES.length)],
                SUBTYPES[random.nextInt(SUBTYPES.length)],
                0,
                10,
                "frappes",
                List.of(),
                List.of(),
                place,
                date,
                random.nextInt(3) == 0 ? random.nextInt(40) : null,
                random.nextInt(4) == 0 ? random.nextInt(40) : null,
                null,
                0,
                7,
                place != null && random.nextBoolean()
                    ? new Geo(39.8 + day / 100.0, 46.7, "AZ", 585170L + day)
                    : null,
                random.nextInt(6) == 0,
                List.of(),
                random.nextInt(7) == 0 ? EventModality.values()[1] : EventModality.ASSERTED,
                random.nextInt(9) == 0,
                null,
                null));
      }
      String published =
          String.format(java.util.Locale.ROOT, "2021-03-%02d", 1 + random.nextInt(25));
      out.add(
          TestArticles.withEvents(
              TestArticles.of(
                  "a" + id, OUTLETS[random.nextInt(OUTLETS.length)], published, "T" + id, text),
              events));
    }
    return out;
  }

  /** What {@code vigie events} lists when it groups the store's events itself. */
  private static List<IncidentSummary> grouped(VigieStore store) {
    List<Article> read = new ArrayList<>();
    EventSelection.ASSERTED.readCandidates(store, read::add);
    return new IncidentGrouper()
        .group(EventSelection.ASSERTED.mentions(read)).stream().map(IncidentSummary::of).toList();
  }

  private void ingest(List<Article> articles) {
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (Article a : articles) {
        store.put(a, null);
      }
      store.commit();
    }
  }

  @Test
  void theDigestListsWhatGroupingTheEventsLists() {
    Random random = new Random(17);
    ingest(articles(random, 60, 0));
    try (VigieStore store = VigieStore.open(dir)) {
      List<IncidentSummary> expected = grouped(store);
      assertTrue(expected.size() > 10, "a test with few incidents proves little");
      assertEquals(expected, VigieStore.incidentDigest(dir).orElseThrow());
    }
    // A later ingest adds mentions that join, extend or bridge the incidents of earlier articles.
    ingest(articles(random, 40, 1000));
    try (VigieStore store = VigieStore.open(dir)) {
      assertEquals(grouped(store), VigieStore.incidentDigest(dir).orElseThrow());
    }
  }

  @Test
  void aDigestOfAnotherCommitIsNotUsed() {
    Random random = new Random(3);
    ingest(articles(random, 10, 0));
    try (VigieStore writer = VigieStore.openForWriting(dir)) {
      for (Article a : articles(random, 5, 100)) {
        writer.put(a, null);
      }
      writer.commit();
      try (VigieStore reader = VigieStore.open(dir)) {
        assertFalse(
            VigieStore.incidentDigest(dir).isPresent(), "the digest is of the commit before");
      }
    }
    try (VigieStore reader = VigieStore.open(dir)) {
      assertEquals(grouped(reader), VigieStore.incidentDigest(dir).orElseThrow());
    }
  }

  @Test
  void aDamagedDigestIsNotUsed() throws Exception {
    ingest(articles(new Random(5), 20, 0));
    Path file = dir.resolve(IncidentDigest.FILE);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    try (VigieStore store = VigieStore.open(dir)) {
      assertFalse(VigieStore.incidentDigest(dir).isPresent());
    }
    bytes[0] ^= 0x7f;
    Files.write(file, bytes);
    try (VigieStore store = VigieStore.open(dir)) {
      assertFalse(VigieStore.incidentDigest(dir).isPresent());
    }
  }

  @Test
  void compactingAStoreWithoutDigestWritesIt() throws Exception {
    ingest(articles(new Random(9), 20, 0));
    Files.delete(dir.resolve(IncidentDigest.FILE));
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      store.compact();
    }
    try (VigieStore store = VigieStore.open(dir)) {
      assertEquals(grouped(store), VigieStore.incidentDigest(dir).orElseThrow());
    }
  }
}
