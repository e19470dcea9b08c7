package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.lexicon.Lexicon;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * Ingest over the sample articles with cleaning-only analysis (the store's part does not depend on
 * the linguistic backend; the CLI test runs the full pipeline): idempotence, resume after a crash.
 */
class CorpusIngestTest {
  @TempDir Path dir;
  static Path samples;

  @BeforeAll
  static void samples() {
    samples = Path.of(System.getProperty("vigie.samples", "../samples"));
  }

  private CorpusIngest.Report ingest(Path data, Path input) throws InterruptedException {
    try (VigieStore store = VigieStore.openForWriting(data)) {
      return new CorpusIngest(
              store, Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE), 2, 2)
          .run(new InputScanner(List.of(input.toString()), IngestLimits.DEFAULT, null), quiet());
    }
  }

  static CorpusIngest.Listener quiet() {
    return new CorpusIngest.Listener() {
      @Override
      public void stored(VigieStore.Stored s) {}

      @Override
      public void failed(AnalysisOutcome.Failed failure) {}

      @Override
      public void skipped(RawArticle raw) {}
    };
  }

  @Test
  void theSeedsIngestedTwiceLeaveFiveArticles() throws Exception {
    Path data = dir.resolve("data");
    CorpusIngest.Report first = ingest(data, samples);
    assertEquals(5, first.added());
    CorpusIngest.Report second = ingest(data, samples);
    assertEquals(0, second.stored());
    assertEquals(5, second.skipped());
    try (VigieStore store = VigieStore.open(data)) {
      assertEquals(5, store.size());
    }
  }

  @Test
  void aChangedFileReplacesItsArticle() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Path seed = Files.list(samples).sorted().findFirst().orElseThrow();
    Files.copy(seed, in.resolve(seed.getFileName()));
    Path data = dir.resolve("data");
    ingest(data, in);
    Files.writeString(
        in.resolve(seed.getFileName()),
        Files.readString(seed, java.nio.charset.StandardCharsets.UTF_8)
            + "\n\nUn dernier paragraphe ajouté après coup pour la mise à jour de l'article.\n",
        java.nio.charset.StandardCharsets.UTF_8);
    CorpusIngest.Report again = ingest(data, in);
    assertEquals(1, again.replaced());
    try (VigieStore store = VigieStore.open(data)) {
      assertEquals(1, store.size());
    }
  }

  @Test
  void aKilledIngestLosesAtMostItsLastBatchAndTheNextRunResumes() throws Exception {
    Path data = dir.resolve("data");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashingIngest.class.getName());
    command.add(data.toString());
    command.add(samples.toString());
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("crash.log").toFile())
            .start();
    assertEquals(137, p.waitFor(), () -> read(dir.resolve("crash.log").toFile()));
    try (FSDirectory index = FSDirectory.open(data.resolve("index"));
        CheckIndex check = new CheckIndex(index)) {
      assertTrue(check.checkIndex().clean);
    }
    try (VigieStore store = VigieStore.open(data)) {
      assertEquals(2, store.size()); // the committed batch; the third article was not committed
    }
    CorpusIngest.Report resumed = ingest(data, samples);
    assertEquals(2, resumed.skipped());
    assertEquals(3, resumed.added());
    try (VigieStore store = VigieStore.open(data)) {
      assertEquals(5, store.size());
    }
  }

  private static String read(File f) {
    try {
      return Files.readString(f.toPath(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
