package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
