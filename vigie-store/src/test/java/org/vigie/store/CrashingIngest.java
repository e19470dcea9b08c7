package org.vigie.store;

import java.nio.file.Path;
import java.util.List;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.lexicon.Lexicon;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * A separate JVM that ingests with batches of two and halts (like kill -9: no shutdown hooks, no
 * close) right after storing its third article, before that batch is committed.
 */
public final class CrashingIngest {
  private CrashingIngest() {}

  public static void main(String[] args) throws Exception {
    VigieStore store = VigieStore.openForWriting(Path.of(args[0]));
    int[] stored = {0};
    new CorpusIngest(store, Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE), 2, 2)
        .run(
            new InputScanner(List.of(args[1]), IngestLimits.DEFAULT, null),
            new CorpusIngest.Listener() {
              @Override
              public void stored(VigieStore.Stored s) {
                if (++stored[0] == 3) {
                  Runtime.getRuntime().halt(137);
                }
              }

              @Override
              public void failed(AnalysisOutcome.Failed failure) {}

              @Override
              public void skipped(RawArticle raw) {}
            });
  }
}
