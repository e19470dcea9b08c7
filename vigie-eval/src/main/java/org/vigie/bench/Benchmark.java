package org.vigie.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.nlp.Engines;
import org.vigie.nlp.corenlp.CoreNlpBackend;
import org.vigie.nlp.corenlp.PlainCoreNlpPipeline;
import org.vigie.pipeline.StageStats;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The engine benchmark: throughput, per-stage time share, peak heap and model load time of Vigie's
 * full pipeline over a set of articles, and in the same run the same figures for CoreNLP's own
 * French pipeline (tokenize, ssplit, mwt, pos, ner, depparse) over the same cleaned texts. The
 * ratio of the two is what to quote: absolute figures move with the machine's load.
 *
 * <p>Models are loaded before timing starts (their load time is reported apart). Inputs are read
 * into memory first so that disk time is not measured.
 */
public final class Benchmark {
  private final AnalysisConfig config;
  private final int threads;
  private final boolean baseline;
  private final Consumer<String> log;

  public Benchmark(AnalysisConfig config, int threads, boolean baseline, Consumer<String> log) {
    this.config = Objects.requireNonNull(config, "config");
    this.threads = threads;
    this.baseline = baseline;
    this.log = Objects.requireNonNull(log, "log");
  }

  private static final java.util.Set<String> CLEANING_STAGES =
      java.util.Set.of("extract", "boilerplate", "normalize");

  public BenchReport run(List<String> paths) throws Exception {
    List<IngestItem> items = new ArrayList<>();
    try (InputScanner scanner = new InputScanner(paths, IngestLimits.DEFAULT, System.in)) {
      scanner.forEachRemaining(items::add);
    }
    log.accept("read " + items.size() + " input document(s)");
    IngestItem firstArticle =
        items.stream()
            .filter(RawArticle.class::isInstance)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no readable article in " + paths));

    long passStart = System.nanoTime();
    RecurringLines templates = new CorpusLearner().learn(items.iterator());
    double corpusPass = (System.nanoTime() - passStart) / 1e9;
    long rawChars =
        items.stream()
            .filter(RawArticle.class::isInstance)
            .mapToLong(i -> ((RawArticle) i).content().length())
            .sum();

    long loadStart = System.nanoTime();
    Analyzer analyzer = Engines.standard(config, templates);
    CoreNlpBackend.preloadFrench(true);
    analyzer.analyze(firstArticle); // loads the language models too
    long vigieLoad = (System.nanoTime() - loadStart) / 1_000_000;
    analyzer = Engines.standard(config, templates); // fresh statistics, models stay loaded
    log.accept("Vigie models loaded in " + vigieLoad + " ms; analysing");

    List<String> texts = new ArrayList<>();
    int[] failed = new int[1];
    BenchReport.Run vigie;
    System.gc();
    try (HeapSampler heap = new HeapSampler()) {
      long start = System.nanoTime();
      new BatchAnalyzer(analyzer, threads)
          .run(
              items.iterator(),
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
                  texts.add(analyzed.article().text());
                } else {
                  failed[0]++;
                }
              });
      double seconds = (System.nanoTime() - start) / 1e9;
      vigie = run("vigie", seconds, texts.size(), chars(texts), vigieLoad, heap.peakBytes());
    }
    log.accept(String.format(java.util.Locale.ROOT, "Vigie: %.1f s", vigie.seconds()));

    BenchReport.Run plain = null;
    if (baseline) {
      log.accept("loading the plain CoreNLP French pipeline");
      long plainLoadStart = System.nanoTime();
      PlainCoreNlpPipeline pipeline = new PlainCoreNlpPipeline();
      pipeline.annotate(texts.isEmpty() ? "Bonjour." : texts.get(0));
      long plainLoad = (System.nanoTime() - plainLoadStart) / 1_000_000;
      System.gc();
      try (HeapSampler heap = new HeapSampler()) {
        long start = System.nanoTime();
        annotateAll(pipeline, texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        plain = run("corenlp", seconds, texts.size(), chars(texts), plainLoad, heap.peakBytes());
      }
      log.accept(String.format(java.util.Locale.ROOT, "CoreNLP: %.1f s", plain.seconds()));
    }
    return new BenchReport(
        texts.size(),
        failed[0],
        chars(texts),
        threads,
        vigie,
        plain,
        shares(analyzer.stats()),
        cleaning(
            analyzer.stats(), rawChars, corpusPass, cleaningAlone(items, templates, rawChars)));
  }

  private void annotateAll(PlainCoreNlpPipeline pipeline, List<String> texts) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (String text : texts) {
        futures.add(pool.submit(() -> pipeline.annotate(text)));
      }
      for (Future<Integer> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static BenchReport.Run run(
      String name, double seconds, int docs, long chars, long loadMillis, long peakHeap) {
    return new BenchReport.Run(
        name, seconds, docs / seconds, chars / seconds, loadMillis, peakHeap);
  }

  private static long chars(List<String> texts) {
    return texts.stream().mapToLong(String::length).sum();
  }

  /**
   * Cleaning alone, on one thread, without CoreNLP competing for the caches: the median of three
   * timed passes over every article after one warm-up pass, in million raw characters a second.
   */
  private double cleaningAlone(List<IngestItem> items, RecurringLines templates, long rawChars) {
    Analyzer cleaning = Analyzer.cleaningOnly(Engines.frenchLexicon(), templates);
    items.forEach(cleaning::analyze);
    double[] seconds = new double[3];
    for (int pass = 0; pass < seconds.length; pass++) {
      long start = System.nanoTime();
      items.forEach(cleaning::analyze);
      seconds[pass] = (System.nanoTime() - start) / 1e9;
    }
    java.util.Arrays.sort(seconds);
    double rate = rawChars / 1e6 / seconds[1];
    log.accept(String.format(java.util.Locale.ROOT, "cleaning alone: %.1f M chars/s", rate));
    return rate;
  }

  /** Cleaning: raw input through the three cleaning stages, per core-second. */
  private static BenchReport.Cleaning cleaning(
      List<StageStats> stats, long rawChars, double corpusPassSeconds, double alone) {
    long nanos =
        stats.stream()
            .filter(s -> CLEANING_STAGES.contains(s.stage()))
            .mapToLong(StageStats::nanos)
            .sum();
    double seconds = nanos / 1e9;
    double megabytes = rawChars / 1e6;
    return new BenchReport.Cleaning(
        megabytes, seconds, seconds == 0 ? 0 : megabytes / seconds, alone, corpusPassSeconds);
  }

  private static List<BenchReport.StageShare> shares(List<StageStats> stats) {
    long total = stats.stream().mapToLong(StageStats::nanos).sum();
    List<BenchReport.StageShare> shares = new ArrayList<>();
    for (StageStats s : stats) {
      shares.add(
          new BenchReport.StageShare(
              s.stage(),
              s.nanos() / 1e9,
              total == 0 ? 0 : (double) s.nanos() / total,
              s.charsPerSecond()));
    }
    return shares;
  }
}
