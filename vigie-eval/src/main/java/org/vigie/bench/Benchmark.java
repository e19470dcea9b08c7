package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.vigie.linguistic.DependencyParseStage;
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
 * into memory first so that disk time is not measured. Each pipeline runs {@link Options#runs}
 * times, the two alternating, and the median run is reported; the quality figures that a speed-up
 * must not move are measured in the same run ({@link BenchQuality}).
 */
public final class Benchmark {
  /**
   * What to run.
   *
   * @param threads analysis threads, for both pipelines
   * @param baseline whether to run CoreNLP's own pipeline too
   * @param runs timed runs of each pipeline (interleaved); the median is reported
   * @param limit at most this many articles, spread evenly over the input (0: all)
   * @param quality the shared data folder for the quality figures measured in the same run, or
   *     {@code null} to skip them
   */
  public record Options(int threads, boolean baseline, int runs, int limit, Path quality) {
    public Options {
      if (threads < 1 || runs < 1 || limit < 0) {
        throw new IllegalArgumentException(
            "threads and runs must be positive, limit not negative: "
                + threads
                + ", "
                + runs
                + ", "
                + limit);
      }
    }
  }

  private final AnalysisConfig config;
  private final Options options;
  private final Consumer<String> log;

  public Benchmark(AnalysisConfig config, Options options, Consumer<String> log) {
    this.config = Objects.requireNonNull(config, "config");
    this.options = Objects.requireNonNull(options, "options");
    this.log = Objects.requireNonNull(log, "log");
  }

  private static final java.util.Set<String> CLEANING_STAGES =
      java.util.Set.of("extract", "boilerplate", "normalize");

  public BenchReport run(List<String> paths) throws Exception {
    List<IngestItem> items = new ArrayList<>();
    try (InputScanner scanner = new InputScanner(paths, IngestLimits.DEFAULT, System.in)) {
      scanner.forEachRemaining(items::add);
    }
    items = spread(items, options.limit());
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
    Map<String, Long> profileBefore = CoreNlpBackend.frenchProfile();
    log.accept("Vigie models loaded in " + vigieLoad + " ms");

    PlainCoreNlpPipeline pipeline = null;
    long plainLoad = 0;
    List<String> texts = new ArrayList<>();
    int failed = 0;
    List<Double> vigieSeconds = new ArrayList<>();
    List<Double> plainSeconds = new ArrayList<>();
    HeapSampler vigieHeap = new HeapSampler();
    HeapSampler plainHeap = new HeapSampler();
    // Runs alternate between the pipelines, so that a change in the machine's load (it is shared)
    // weighs on both alike; the medians are compared. Vigie's memory peaks are those of its first
    // run, before the baseline's models are loaded beside its own.
    for (int run = 1; run <= options.runs(); run++) {
      List<String> analysed = new ArrayList<>();
      int[] failures = new int[1];
      System.gc();
      if (run == 1) {
        vigieHeap.resume();
      }
      long start = System.nanoTime();
      new BatchAnalyzer(analyzer, options.threads())
          .run(
              items.iterator(),
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Analyzed done) {
                  analysed.add(done.article().text());
                } else {
                  failures[0]++;
                }
              });
      vigieSeconds.add((System.nanoTime() - start) / 1e9);
      vigieHeap.pause();
      texts = analysed;
      failed = failures[0];
      log.accept(String.format(Locale.ROOT, "run %d: Vigie %.1f s", run, last(vigieSeconds)));
      if (options.baseline() && pipeline == null) {
        log.accept("loading the plain CoreNLP French pipeline");
        long plainLoadStart = System.nanoTime();
        pipeline = new PlainCoreNlpPipeline();
        pipeline.annotate(texts.isEmpty() ? "Bonjour." : texts.get(0));
        plainLoad = (System.nanoTime() - plainLoadStart) / 1_000_000;
      }
      if (pipeline != null) {
        System.gc();
        plainHeap.resume();
        start = System.nanoTime();
        annotateAll(pipeline, texts);
        plainSeconds.add((System.nanoTime() - start) / 1e9);
        plainHeap.pause();
        log.accept(String.format(Locale.ROOT, "run %d: CoreNLP %.1f s", run, last(plainSeconds)));
      }
    }
    Map<String, Long> linguistic = steps(profileBefore, CoreNlpBackend.frenchProfile());
    linguistic.put("parsed sentences", parsing(analyzer).sentences());
    vigieHeap.close();
    plainHeap.close();
    long chars = chars(texts);
    BenchReport.Run vigie = run("vigie", vigieSeconds, texts.size(), chars, vigieLoad, vigieHeap);
    BenchReport.Run plain =
        pipeline == null
            ? null
            : run("corenlp", plainSeconds, texts.size(), chars, plainLoad, plainHeap);

    Map<String, Double> quality = Map.of();
    if (options.quality() != null) {
      log.accept("quality: seeds and the dev set's check split, same configuration");
      quality =
          BenchQuality.measure(
              options.quality(),
              recurring -> Engines.standard(config, recurring),
              options.threads());
    }
    return new BenchReport(
        texts.size(),
        failed,
        chars,
        options.threads(),
        options.runs(),
        vigie,
        plain,
        shares(analyzer),
        linguistic,
        cleaning(analyzer.stats(), rawChars, corpusPass, cleaningAlone(items, templates, rawChars)),
        quality,
        uptime());
  }

  /** At most {@code limit} items, evenly spread over the input (every topic keeps its share). */
  static <T> List<T> spread(List<T> items, int limit) {
    if (limit == 0 || items.size() <= limit) {
      return items;
    }
    List<T> kept = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      kept.add(items.get((int) ((long) i * items.size() / limit)));
    }
    return kept;
  }

  private static double last(List<Double> values) {
    return values.get(values.size() - 1);
  }

  /** The machine's load averages (Linux), to quote beside the figures; empty elsewhere. */
  private static String uptime() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private void annotateAll(PlainCoreNlpPipeline pipeline, List<String> texts) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
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
      String name,
      List<Double> seconds,
      int docs,
      long chars,
      long loadMillis,
      HeapSampler memory) {
    double median = median(seconds);
    return new BenchReport.Run(
        name,
        median,
        seconds,
        docs / median,
        chars / median,
        loadMillis,
        memory.peakBytes(),
        memory.peakRssBytes());
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    java.util.Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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

  /**
   * Each stage's part of Vigie's time; parsing made on demand (inside the quote stage) is shown
   * apart, as "(parse on demand)", and taken out of the quote stage's time.
   */
  private static List<BenchReport.StageShare> shares(Analyzer analyzer) {
    List<StageStats> stats = analyzer.stats();
    long total = stats.stream().mapToLong(StageStats::nanos).sum();
    DependencyParseStage.Parsing parsing = parsing(analyzer);
    long parseStage =
        stats.stream().filter(s -> s.stage().equals("parse")).mapToLong(StageStats::nanos).sum();
    long later = Math.max(0, parsing.nanos() - parseStage);
    List<BenchReport.StageShare> shares = new ArrayList<>();
    for (StageStats s : stats) {
      long nanos = s.stage().equals("quotes") ? Math.max(0, s.nanos() - later) : s.nanos();
      shares.add(share(s.stage(), nanos, total, s.chars()));
      if (s.stage().equals("quotes") && later > 0) {
        shares.add(share("(parse on demand)", later, total, s.chars()));
      }
    }
    return shares;
  }

  /** What the parse stage's parsing cost so far, wherever it was made. */
  private static DependencyParseStage.Parsing parsing(Analyzer analyzer) {
    return analyzer.pipeline().stages().stream()
        .filter(DependencyParseStage.class::isInstance)
        .map(s -> ((DependencyParseStage) s).parsing())
        .findFirst()
        .orElse(new DependencyParseStage.Parsing(0, 0));
  }

  private static BenchReport.StageShare share(String stage, long nanos, long total, long chars) {
    return new BenchReport.StageShare(
        stage,
        nanos / 1e9,
        total == 0 ? 0 : (double) nanos / total,
        nanos == 0 ? 0 : chars * 1e9 / nanos);
  }

  /** What the French linguistic steps cost in the timed runs (time and sentence counts). */
  private static Map<String, Long> steps(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new LinkedHashMap<>();
    after.forEach((k, v) -> delta.put(k, v - before.getOrDefault(k, 0L)));
    return delta;
  }
}
