package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.Quote;
import org.vigie.nlp.Engines;
import org.vigie.store.VigieStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the listing commands ({@code quotes}, {@code entities}, {@code events}), as a
 * picocli mixin: articles analysed from PATHs, or read back from a store ({@code --data DIR}). Each
 * article keeps only the layer its command lists, so a large corpus fits in memory. Failures are
 * reported on stderr, one line each, and counted.
 */
final class ArticleInputs {
  /**
   * The articles read, how many inputs failed, and whether there was no article at all (a store
   * read narrowed to some articles may read none of a non-empty store).
   */
  record Read(List<Article> articles, long failed, boolean noInput) {}

  /** Which layer of each article a command keeps. */
  enum Keep {
    QUOTES,
    ENTITIES,
    EVENTS
  }

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories or -.")
  List<String> paths = List.of();

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Read the store in DIR (vigie ingest) instead of analysing PATHs.")
  Path data;

  @Option(names = "--threads", description = "Analysis threads. Default: the number of cores.")
  Integer threads;

  @Option(names = "--config", paramLabel = "FILE", description = "Analysis configuration (JSON).")
  Path config;

  /** The articles, or {@code null} after reporting a usage error on {@code err}. */
  Read read(Keep keep, PrintWriter err) throws IOException, InterruptedException {
    return read(keep, VigieStore::forEach, err);
  }

  /**
   * The same, reading a store with {@code fromStore}: a command whose index can narrow the articles
   * (those with an event) reads only those.
   */
  Read read(Keep keep, BiConsumer<VigieStore, Consumer<Article>> fromStore, PrintWriter err)
      throws IOException, InterruptedException {
    int pool = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (pool < 1) {
      err.println("vigie: --threads must be at least 1");
      return null;
    }
    if ((data == null) == paths.isEmpty()) {
      err.println("vigie: give either PATHs to analyse or --data DIR to read a store");
      return null;
    }
    List<Article> articles = new ArrayList<>();
    if (data != null) {
      try (VigieStore store = VigieStore.open(data)) {
        fromStore.accept(store, a -> articles.add(slim(a, keep)));
        return new Read(articles, 0, store.size() == 0);
      }
    }
    AnalysisConfig settings = config == null ? AnalysisConfig.DEFAULT : AnalysisConfig.read(config);
    long[] failed = new long[1];
    try (InputScanner inputs = new InputScanner(paths, IngestLimits.DEFAULT, System.in)) {
      new BatchAnalyzer(Engines.standard(settings), pool)
          .run(
              inputs,
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
                  articles.add(slim(analyzed.article(), keep));
                } else {
                  failed[0]++;
                  err.println("vigie: " + ((AnalysisOutcome.Failed) outcome).oneLine());
                }
              });
    }
    return new Read(articles, failed[0], articles.isEmpty());
  }

  /** The article with its metadata and the kept layer only: no text, words or other layers. */
  private static Article slim(Article a, Keep keep) {
    List<Entity> entities = keep == Keep.ENTITIES ? a.entities() : List.of();
    List<Quote> quotes = keep == Keep.QUOTES ? a.quotes() : List.of();
    return new Article(
        a.id(),
        a.source(),
        a.language(),
        a.title(),
        a.author(),
        a.published(),
        a.publishedInferred(),
        a.dateline(),
        "",
        a.cleaning(),
        entities,
        quotes,
        List.of(),
        keep == Keep.EVENTS ? a.events() : List.of(),
        keep == Keep.EVENTS ? a.unassertedEvents() : List.of(),
        a.story(),
        a.duplicateOf(),
        List.of(),
        List.of(),
        List.of());
  }
}
