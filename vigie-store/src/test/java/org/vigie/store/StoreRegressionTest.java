package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Article;
import org.vigie.text.boilerplate.RecurringLines;

/** Regressions of issue 22 in the store, one test per defect, named after it. */
class StoreRegressionTest {
  @TempDir Path dir;

  private static final String PROSE =
      "Le ministre a déclaré jeudi à Erevan que les négociations reprendraient la semaine"
          + " prochaine, selon un communiqué publié dans la soirée par son cabinet.";

  @Test
  void defect01ImmenseIdOrUrlNoLongerWedgesIngest() throws Exception {
    String longUrl = "https://example.org/" + "a".repeat(40_000);
    String longId = "id-" + "é".repeat(20_000);
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        line("premier", null, PROSE + " Un.")
            + line("lien", longUrl, PROSE + " Deux.")
            + line(longId, null, PROSE + " Trois.")
            + line("dernier", null, PROSE + " Quatre."),
        StandardCharsets.UTF_8);
    Path data = dir.resolve("data");
    List<String> failures = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (VigieStore store = VigieStore.openForWriting(data)) {
        new CorpusIngest(store, Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE), 2, 1)
            .run(
                new InputScanner(List.of(in.toString()), IngestLimits.DEFAULT, null),
                listener(failures));
      }
    }
    assertTrue(failures.isEmpty(), failures.toString());
    try (VigieStore store = VigieStore.open(data)) {
      assertEquals(4, store.size());
      assertTrue(store.article("dernier").isPresent());
      Article linked = store.article("lien").orElseThrow();
      assertEquals(longUrl, linked.source().url(), "the original URL is kept whole");
    }
  }

  @Test
  void defect01AnImmenseIdIsIndexedBoundedAndFoundWhole() {
    Path data = dir.resolve("data");
    String longId = "x".repeat(40_000);
    Article a = TestArticles.of(longId, "Out", "2020-10-01", "Titre", PROSE);
    try (VigieStore store = VigieStore.openForWriting(data)) {
      store.put(a, null);
      store.commit();
      assertEquals(longId, store.article(longId).orElseThrow().id());
    }
  }

  /** Three commits of one article each: three segments. */
  private Path threeSegments() {
    Path data = dir.resolve("data");
    try (VigieStore store = VigieStore.openForWriting(data)) {
      for (String id : List.of("un", "deux", "trois")) {
        store.put(
            TestArticles.of(id, "Out", "2020-10-01", "Titre " + id, (id + " " + PROSE).repeat(60)),
            null);
        store.commit();
      }
    }
    return data;
  }

  /**
   * Flips the middle bytes of the second segment's stored fields (the {@code .fdt} entry of its
   * compound file, located through the {@code .cfe} entry table), as a bad disk sector would.
   */
  private static String damageSecondSegment(Path data) throws Exception {
    Path index = data.resolve("index");
    String segment;
    long offset = -1;
    long length = 0;
    try (FSDirectory d = FSDirectory.open(index)) {
      segment = SegmentInfos.readLatestCommit(d).info(1).info.name;
      try (IndexInput entries = d.openInput(segment + ".cfe", IOContext.READONCE)) {
        CodecUtil.readIndexHeader(entries);
        int n = entries.readVInt();
        for (int i = 0; i < n; i++) {
          String file = entries.readString();
          long at = entries.readLong();
          long size = entries.readLong();
          if (file.endsWith(".fdt")) {
            offset = at;
            length = size;
          }
        }
      }
    }
    assertTrue(offset >= 0, "the segment has stored fields");
    Path compound = index.resolve(segment + ".cfs");
    byte[] bytes = Files.readAllBytes(compound);
    for (long i = offset + length * 3 / 10; i < offset + length * 7 / 10; i++) {
      bytes[(int) i] = (byte) (bytes[(int) i] ^ 0x5A);
    }
    Files.write(compound, bytes);
    return segment;
  }

  @Test
  void defect03ADamagedArticleIsNamedAndNeverHalfWritten() throws Exception {
    Path data = threeSegments();
    damageSecondSegment(data);
    List<String> read = new ArrayList<>();
    StoreException e;
    try (VigieStore store = VigieStore.open(data)) {
      e =
          org.junit.jupiter.api.Assertions.assertThrows(
              StoreException.class, () -> store.forEach(a -> read.add(a.id())));
    }
    assertEquals(List.of("un"), read, "the articles before the damaged one, whole");
    assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    assertTrue(e.getMessage().contains(data.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("vigie check"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void defect03CheckFindsTheDamagedSegmentAndRepairDropsOnlyIt() throws Exception {
    Path data = threeSegments();
    assertTrue(StoreCheck.run(data, false).clean());
    String segment = damageSecondSegment(data);
    StoreCheck.Report found = StoreCheck.run(data, false);
    assertEquals(1, found.damaged().size(), found.toString());
    assertEquals(segment, found.damaged().get(0).segment());
    assertEquals(1, found.articlesLost());
    assertEquals(false, found.repaired());
    StoreCheck.Report repaired = StoreCheck.run(data, true);
    assertTrue(repaired.repaired());
    assertTrue(StoreCheck.run(data, false).clean());
    try (VigieStore store = VigieStore.open(data)) {
      assertEquals(2, store.size());
      assertTrue(store.article("deux").isEmpty());
      assertTrue(store.article("trois").isPresent());
    }
    try (VigieStore store = VigieStore.openForWriting(data)) {
      store.put(
          TestArticles.of("deux", "Out", "2020-10-01", "Titre deux", ("deux " + PROSE).repeat(60)),
          null);
      store.commit();
      assertEquals(3, store.size(), "the next ingest restores what the repair dropped");
    }
  }

  @Test
  void defect04AnOrphanedIndexIsRefusedNotOverwritten() throws Exception {
    Path data = threeSegments();
    Path index = data.resolve("index");
    List<Path> commits;
    try (java.util.stream.Stream<Path> files = Files.list(index)) {
      commits = files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList();
    }
    for (Path c : commits) {
      Files.delete(c);
    }
    long before;
    try (java.util.stream.Stream<Path> files = Files.list(index)) {
      before = files.count();
    }
    StoreException read =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoreException.class, () -> VigieStore.open(data));
    assertTrue(read.getMessage().contains("no commit"), read.getMessage());
    assertTrue(read.getMessage().contains("vigie check"), read.getMessage());
    StoreException write =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoreException.class, () -> VigieStore.openForWriting(data));
    assertTrue(write.getMessage().contains("no commit"), write.getMessage());
    try (java.util.stream.Stream<Path> files = Files.list(index)) {
      assertEquals(before, files.count(), "nothing deleted or written");
    }
    assertTrue(StoreCheck.run(data, false).noCommit());
  }

  @Test
  void defect10SearchFindsEverySpellingOfAName() {
    Path data = dir.resolve("data");
    try (VigieStore store = VigieStore.openForWriting(data)) {
      store.put(
          TestArticles.of(
              "a", "Out", "2020-10-01", "Combats", "Les combats au Haut-Karabagh ont repris."),
          null);
      store.put(
          TestArticles.of("b", "Out", "2011-03-01", "Libye", "Mouammar Kadhafi a parlé à Tripoli."),
          null);
      store.put(
          TestArticles.withQuote(
              TestArticles.of(
                  "c", "Out", "2013-05-01", "Syrie", "« Nous vaincrons », a dit Bachar al-Assad."),
              "Bachar al-Assad",
              "Nous vaincrons",
              "statement"),
          null);
      store.put(
          TestArticles.of("d", "Out", "2020-10-02", "Erevan", "Nikol Pashinian s'est exprimé."),
          null);
      store.commit();
      for (String[] row :
          new String[][] {
            {"Karabakh", "a"},
            {"karabakh", "a"},
            {"Khadafi", "b"},
            {"Kaddafi", "b"},
            {"Kadhafi", "b"},
            {"Pashinyan", "d"},
            {"Kadhafi -Tripoli", ""},
          }) {
        List<String> ids =
            store.search(org.vigie.store.search.SearchRequest.of(row[0])).hits().stream()
                .map(org.vigie.store.search.SearchResult.Hit::id)
                .toList();
        assertEquals(row[1].isEmpty() ? List.of() : List.of(row[1]), ids, row[0]);
      }
      org.vigie.store.search.ArticleFilter assad =
          new org.vigie.store.search.ArticleFilter("assad", null, null, null, null, null, true, 10);
      assertEquals(
          List.of("c"),
          store.search(new org.vigie.store.search.SearchRequest("*", assad, 10, 10)).hits().stream()
              .map(org.vigie.store.search.SearchResult.Hit::id)
              .toList());
      assertEquals(1, store.statements("assad", null, null, 10).size());
    }
  }

  /**
   * Expanding every query word to name keys made the store bench's search p95 ten times slower: a
   * common word written capitalised at a sentence start ("Relève") walked a second, long postings
   * list. Only words the index knows as names are expanded now.
   */
  @Test
  void defect10SearchExpandsNamesOnlySoCommonWordsCostNoMore() {
    Path data = dir.resolve("expansion");
    try (VigieStore store = VigieStore.openForWriting(data)) {
      for (int i = 0; i < 6; i++) {
        store.put(
            TestArticles.of(
                "n" + i,
                "Out",
                "2020-10-0" + (i + 1),
                "Combats " + i,
                "Les renforts arrivent pour la relève " + i + " au Haut-Karabagh."),
            null);
      }
      store.put(
          TestArticles.of("p", "Out", "2020-10-09", "Appel", "Relève assurée, a dit le chef."),
          null);
      store.commit();
      for (String[] row :
          new String[][] {
            {"relève", "false"}, {"Relève", "false"}, {"Karabakh", "true"}, {"karabagh", "true"},
          }) {
        String query =
            store.selection(org.vigie.store.search.ArticleFilter.NONE, row[0]).toString();
        assertEquals(
            Boolean.parseBoolean(row[1]),
            query.contains(Fields.NAME_KEY + ":"),
            row[0] + ": " + query);
      }
      assertEquals(7, store.search(org.vigie.store.search.SearchRequest.of("relève")).total());
      assertEquals(6, store.search(org.vigie.store.search.SearchRequest.of("Karabakh")).total());
    }
  }

  private static String line(String id, String url, String text) {
    StringBuilder b = new StringBuilder("{\"id\":\"").append(id).append('"');
    if (url != null) {
      b.append(",\"url\":\"").append(url).append('"');
    }
    return b.append(",\"text\":\"").append(text).append("\"}\n").toString();
  }

  static CorpusIngest.Listener listener(List<String> failures) {
    return new CorpusIngest.Listener() {
      @Override
      public void stored(VigieStore.Stored s) {}

      @Override
      public void failed(AnalysisOutcome.Failed failure) {
        failures.add(failure.oneLine());
      }

      @Override
      public void skipped(RawArticle raw) {}
    };
  }
}
