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
 * A child JVM for the crash test: ingests {@code args[1]} into {@code args[0]} in batches of {@code
 * args[2]}, printing one line per stored article and pausing a little after each (the time analysis
 * would take), so the parent's kill -9 lands at varied points of a run.
 */
public final class KillableIngest {
  private KillableIngest() {}

  public static void main(String[] args) throws Exception {
    try (VigieStore store = VigieStore.openForWriting(Path.of(args[0]))) {
      new CorpusIngest(
              store,
              Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE),
              1,
              Integer.parseInt(args[2]))
          .run(
              new InputScanner(List.of(args[1]), IngestLimits.DEFAULT, null),
              new CorpusIngest.Listener() {
                @Override
                public void stored(VigieStore.Stored s) {
                  System.out.println("stored " + s.id());
                  System.out.flush();
                  try {
                    Thread.sleep(15);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }

                @Override
                public void failed(AnalysisOutcome.Failed failure) {
                  System.out.println("failed " + failure.oneLine());
                }

                @Override
                public void skipped(RawArticle raw) {}
              });
    }
    System.out.println("done");
  }
}
