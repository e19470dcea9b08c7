package org.vigie.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Article;
import org.vigie.nlp.Engines;
import org.vigie.store.CorpusIngest;
import org.vigie.store.FrenchIndexAnalyzer;
import org.vigie.store.Tokens;
import org.vigie.store.VigieStore;
import org.vigie.store.search.SearchRequest;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * {@code vigie bench --store}: three measurements.
 *
 * <ol>
 *   <li>Real pipeline: the same {@code realDocuments} ML-Crisis articles (every k-th file, so all
 *       four countries) analysed (output discarded) and ingested into a fresh store, on the same
 *       loaded models and thread count, after an untimed warm-up pass; analyse and ingest alternate
 *       twice and the means are compared. Inputs are read into memory first.
 *   <li>The seeds ingested twice into a fresh store: how many articles it holds.
 *   <li>A {@code syntheticArticles} index built from the whole corpus analysed once ({@link
 *       SyntheticBases}) with controlled variation ({@link SyntheticCorpus}), put straight into the
 *       store (its near-duplicate, story and index work, no linguistic analysis per variant), or
 *       the one an earlier run left in the work directory; then index size per article and the
 *       latency of {@value #QUERIES} searches (after {@value #WARMUP} warm-up ones), each with
 *       facets and highlighted snippets: single words, two-word ANDs, phrases and filtered queries
 *       drawn from the corpus vocabulary; then timelines and bulletins.
 * </ol>
 */
public final class StoreBench {
  static final int QUERIES = 1000;
  static final int WARMUP = 200;

  private final int threads;
  private final int realDocuments;
  private final int syntheticArticles;
  private final Consumer<String> log;

  /** Everything measured. */
  public record Report(
      int threads,
      int realDocuments,
      double analyzeSeconds,
      double analyzeDocsPerSecond,
      double ingestSeconds,
      double ingestDocsPerSecond,
      double ingestOverAnalyze,
      long realIndexBytesPerArticle,
      int seedsStoredAfterTwoIngests,
      int syntheticArticles,
      double syntheticSeconds,
      double syntheticArticlesPerSecond,
      long syntheticIndexBytes,
      long syntheticBytesPerArticle,
      int syntheticDuplicates,
      int syntheticStories,
      int queries,
      double p50Millis,
      double p95Millis,
      double p99Millis,
      double maxMillis,
      double timelineMedianMillis,
      double timelineMaxMillis,
      double bulletinMedianMillis,
      double bulletinMaxMillis,
      double timelineCpuMedianMillis,
      double bulletinCpuMedianMillis) {}

  public StoreBench(int threads, int realDocuments, int syntheticArticles, Consumer<String> log) {
    this.threads = threads;
    this.realDocuments = realDocuments;
    this.syntheticArticles = syntheticArticles;
    this.log = log;
  }

  public Report run(Path corpus, Path seeds, Path work) throws Exception {
    // The ingest measurements start from fresh stores; a kept work directory keeps only the bases
    // and the synthetic store between runs.
    for (String scratch : List.of("warmup", "real-0", "real-1", "seeds")) {
      delete(work.resolve(scratch));
    }
    List<IngestItem> all = read(List.of(corpus.toString()));
    List<IngestItem> real = new ArrayList<>();
    int step = Math.max(1, all.size() / Math.max(1, realDocuments));
    for (int i = 0; i < all.size() && real.size() < realDocuments; i += step) {
      real.add(all.get(i));
    }
    RecurringLines templates = new CorpusLearner().learn(all.iterator());
    Analyzer analyzer = Engines.standard(AnalysisConfig.DEFAULT, templates);
    // Warm-up: the whole set analysed once untimed (models load lazily, at first use of each) and
    // three articles ingested into a scratch store (Lucene's classes, the JIT).
    log.accept("loading models and warming up on the " + real.size() + " articles");
    analyse(analyzer, real, new ArrayList<>());
    try (VigieStore store = VigieStore.openForWriting(work.resolve("warmup"))) {
      new CorpusIngest(store, analyzer, threads, CorpusIngest.DEFAULT_BATCH)
          .run(real.subList(0, Math.min(3, real.size())).iterator(), quiet());
    }
    // Then analyse and ingest alternate, twice each, on a shared machine whose load drifts.
    double analyse = 0;
    double ingest = 0;
    long realBytes = 0;
    for (int round = 0; round < 2; round++) {
      log.accept("round " + (round + 1) + "/2: analysing, then ingesting into a fresh store");
      double a = timed(() -> analyse(analyzer, real, new ArrayList<>()));
      Path realStore = work.resolve("real-" + round);
      double in;
      try (VigieStore store = VigieStore.openForWriting(realStore)) {
        long t = System.nanoTime();
        new CorpusIngest(store, analyzer, threads, CorpusIngest.DEFAULT_BATCH)
            .run(real.iterator(), quiet());
        in = (System.nanoTime() - t) / 1e9;
        realBytes = size(realStore.resolve("index")) / Math.max(1, store.size());
      }
      log.accept(String.format(java.util.Locale.ROOT, "  analyse %.1f s, ingest %.1f s", a, in));
      analyse += a / 2;
      ingest += in / 2;
    }

    log.accept("ingesting the seeds twice");
    Path seedStore = work.resolve("seeds");
    for (int i = 0; i < 2; i++) {
      try (VigieStore store = VigieStore.openForWriting(seedStore)) {
        new CorpusIngest(store, analyzer, threads, CorpusIngest.DEFAULT_BATCH)
            .run(read(List.of(seeds.toString())).iterator(), quiet());
      }
    }
    int seedsStored;
    try (VigieStore store = VigieStore.open(seedStore)) {
      seedsStored = store.size();
    }

    List<Article> bases = SyntheticBases.analysed(corpus, work, threads, log);
    Path bigStore = SyntheticCorpus.storeDir(work, syntheticArticles);
    double syntheticSeconds = Double.NaN;
    SyntheticCorpus.Filled filled = null;
    if (SyntheticCorpus.complete(bigStore, syntheticArticles, log)) {
      log.accept("reusing the " + syntheticArticles + "-article store in " + bigStore);
    } else {
      log.accept(
          "building a "
              + syntheticArticles
              + "-article index from "
              + bases.size()
              + " base articles");
      long t0 = System.nanoTime();
      filled =
          SyntheticCorpus.fill(bigStore, new SyntheticCorpus(bases, 7L), syntheticArticles, log);
      syntheticSeconds = (System.nanoTime() - t0) / 1e9;
    }
    long indexBytes = size(bigStore.resolve("index"));

    log.accept("searching: " + WARMUP + " warm-up and " + QUERIES + " measured queries");
    List<String> queries = queries(bases, WARMUP + QUERIES);
    double[] millis = new double[QUERIES];
    try (VigieStore store = VigieStore.open(bigStore)) {
      for (int i = 0; i < queries.size(); i++) {
        long t = System.nanoTime();
        store.search(SearchRequest.of(queries.get(i)));
        if (i >= WARMUP) {
          millis[i - WARMUP] = (System.nanoTime() - t) / 1e6;
        }
      }
    }
    Arrays.sort(millis);
    log.accept("timelines and bulletins: " + VIEWS + " of each");
    double[] timelines = new double[VIEWS];
    double[] bulletins = new double[VIEWS];
    double[] timelineCpu = new double[VIEWS];
    double[] bulletinCpu = new double[VIEWS];
    try (VigieStore store = VigieStore.open(bigStore)) {
      measureViews(store, queries, timelines, bulletins, timelineCpu, bulletinCpu);
    }
    return new Report(
        threads,
        real.size(),
        analyse,
        real.size() / analyse,
        ingest,
        real.size() / ingest,
        analyse / ingest,
        realBytes,
        seedsStored,
        syntheticArticles,
        syntheticSeconds,
        syntheticArticles / syntheticSeconds,
        indexBytes,
        indexBytes / syntheticArticles,
        filled == null ? -1 : filled.duplicates(),
        filled == null ? -1 : filled.stories(),
        QUERIES,
        percentile(millis, 0.50),
        percentile(millis, 0.95),
        percentile(millis, 0.99),
        millis[millis.length - 1],
        percentile(timelines, 0.50),
        timelines[timelines.length - 1],
        percentile(bulletins, 0.50),
        bulletins[bulletins.length - 1],
        percentile(timelineCpu, 0.50),
        percentile(bulletinCpu, 0.50));
  }

  /** Timelines and bulletins measured on the big store. */
  public static final int VIEWS = 20;

  /**
   * Half the timelines over the whole store, half over a query's selection; bulletins of one day
   * spread over the store's period. Each list is sorted, after one untimed warm-up of each. Each is
   * timed on the wall clock and in CPU time of the one thread that makes it: on a shared machine
   * the wall time says more of the other work than of this one.
   */
  private static void measureViews(
      VigieStore store,
      List<String> queries,
      double[] timelines,
      double[] bulletins,
      double[] timelineCpu,
      double[] bulletinCpu) {
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    org.vigie.store.timeline.TimelineBuilder.Config config =
        new org.vigie.store.timeline.TimelineBuilder.Config(10, 2, null, null);
    java.util.function.IntFunction<org.vigie.store.timeline.TimelineSelection> selection =
        i ->
            new org.vigie.store.timeline.TimelineSelection(
                i % 2 == 0 ? null : queries.get(i), null, null, null, null, null, 20_000);
    org.vigie.store.timeline.StoreTimeline.build(store, selection.apply(0), config);
    java.time.LocalDate start = java.time.LocalDate.of(2011, 1, 1);
    for (int i = 0; i < timelines.length; i++) {
      long t = System.nanoTime();
      long c = cpu.getCurrentThreadCpuTime();
      org.vigie.store.timeline.StoreTimeline.build(store, selection.apply(i), config);
      timelines[i] = (System.nanoTime() - t) / 1e6;
      timelineCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
      java.time.LocalDate day = start.plusDays(i * 61L);
      t = System.nanoTime();
      c = cpu.getCurrentThreadCpuTime();
      List<Article> articles =
          new org.vigie.store.timeline.TimelineSelection(
                  null, null, null, null, day.minusDays(1), day, 20_000)
              .read(store)
              .articles();
      new org.vigie.store.bulletin.BulletinBuilder().build(articles, day, day);
      bulletins[i] = (System.nanoTime() - t) / 1e6;
      bulletinCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(timelines);
    Arrays.sort(bulletins);
    Arrays.sort(timelineCpu);
    Arrays.sort(bulletinCpu);
  }

  private void analyse(Analyzer analyzer, List<IngestItem> items, List<Article> sink) {
    try {
      new BatchAnalyzer(analyzer, threads)
          .run(
              items.iterator(),
              o -> {
                if (o instanceof AnalysisOutcome.Analyzed a) {
                  sink.add(a.article());
                }
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Query mix: words from titles and texts (no stop words), pairs, phrases, filtered words. */
  static List<String> queries(List<Article> bases, int n) {
    FrenchIndexAnalyzer folding = new FrenchIndexAnalyzer();
    Random random = new Random(42);
    List<String> out = new ArrayList<>(n);
    while (out.size() < n) {
      Article a = bases.get(random.nextInt(bases.size()));
      String[] words = a.text().split("[\\s\\p{Punct}«»’]+");
      String w1 = word(words, random, folding);
      String w2 = word(words, random, folding);
      if (w1 == null || w2 == null) {
        continue;
      }
      switch (out.size() % 4) {
        case 0 -> out.add(w1);
        case 1 -> out.add(w1 + " " + w2);
        case 2 -> {
          int at = random.nextInt(Math.max(1, words.length - 1));
          if (at + 1 < words.length && words[at].length() > 3 && words[at + 1].length() > 3) {
            out.add("\"" + words[at] + " " + words[at + 1] + "\"");
          } else {
            out.add(w1 + " OR " + w2);
          }
        }
        default -> out.add(w1 + " -" + w2);
      }
    }
    return out;
  }

  private static String word(String[] words, Random random, FrenchIndexAnalyzer analyzer) {
    for (int tries = 0; tries < 20; tries++) {
      String w = words[random.nextInt(words.length)];
      if (w.length() >= 4
          && w.chars().allMatch(Character::isLetter)
          && !Tokens.of(analyzer, w, 1).isEmpty()) {
        return w;
      }
    }
    return null;
  }

  static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double timed(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1e9;
  }

  private static List<IngestItem> read(List<String> paths) {
    List<IngestItem> items = new ArrayList<>();
    try (InputScanner scanner = new InputScanner(paths, IngestLimits.DEFAULT, null)) {
      scanner.forEachRemaining(items::add);
    }
    return items;
  }

  static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CorpusIngest.Listener quiet() {
    return new CorpusIngest.Listener() {
      @Override
      public void stored(VigieStore.Stored s) {}

      @Override
      public void failed(AnalysisOutcome.Failed failure) {}

      @Override
      public void skipped(RawArticle raw) {}
    };
  }

  /** Deletes a work directory this bench made (only files under it). */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
