package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.bench.BenchReport;
import org.vigie.bench.Benchmark;
import org.vigie.bench.geo.GazetteerBench;
import org.vigie.bench.server.ServerLoadBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie bench}: throughput and memory of the pipeline against plain CoreNLP. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the full pipeline on articles (standard input: ../shared/corpus/ml-crisis-fr)",
      "and, in the same run, CoreNLP's own French pipeline on the same texts (median of",
      "--runs runs each, alternating), then the quality figures that must not move."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<String> paths;

  @Option(names = "--threads", description = "Threads for both runs. Default: the number of cores.")
  Integer threads;

  @Option(names = "--config", paramLabel = "FILE", description = "Analysis configuration (JSON).")
  Path config;

  @Option(names = "--no-baseline", description = "Skip the plain CoreNLP run.")
  boolean noBaseline;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Timed runs of each pipeline, alternating; the median is reported. Default: 3.")
  int runs;

  @Option(
      names = "--limit",
      defaultValue = "0",
      paramLabel = "N",
      description = "At most N articles, spread evenly over the input. Default: all.")
  int limit;

  @Option(
      names = "--no-quality",
      description =
          "Skip the quality figures measured after the timed runs with the same configuration"
              + " (seeds' quotes; every aggregate of the dev set's check split).")
  boolean noQuality;

  @Option(names = "--shared", defaultValue = "../shared", description = "Shared data folder.")
  Path shared;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  String format;

  @Option(
      names = "--store",
      description =
          "Store figures instead: ingest vs analyze throughput, the seeds ingested twice, and an"
              + " index of --store-articles articles (size, search latency p50/p95/p99).")
  boolean store;

  @Option(
      names = "--store-articles",
      defaultValue = "100000",
      description = "Synthetic index size.")
  int storeArticles;

  @Option(
      names = "--gazetteer",
      description =
          "Gazetteer figures instead: load time, heap and lookups/s of the capitalised words of"
              + " PATH, against a HashMap of the same keys.")
  boolean gazetteer;

  @Option(
      names = "--serve",
      description =
          "Server figures instead: --serve-clients clients for --serve-seconds against vigie serve"
              + " on 127.0.0.1 over a --store-articles synthetic store made from PATH (kept in"
              + " --work): p50/p95/p99 latency and errors of searches, facets and articles.")
  boolean serve;

  @Option(
      names = "--spark",
      description =
          "Spark figures instead: the Spark job in local[1] and local[2] and vigie analyze"
              + " --threads 2 on PATH, each --spark-runs times (medians): throughput, the scaling"
              + " ratio and the overhead against analyze. Runs through the vigie launcher.")
  boolean spark;

  @Option(names = "--spark-runs", defaultValue = "3", description = "Runs of each configuration.")
  int sparkRuns;

  @Option(
      names = "--spark-unpinned",
      description =
          "Do not pin each run to as many cores as it is given (taskset): local[1] then borrows"
              + " the second core for its JIT compiler threads.")
  boolean sparkUnpinned;

  @Option(names = "--serve-clients", defaultValue = "32", description = "Concurrent clients.")
  int serveClients;

  @Option(names = "--serve-seconds", defaultValue = "60", description = "Seconds of load.")
  int serveSeconds;

  @Option(names = "--store-real", defaultValue = "40", description = "Articles for ingest/analyze.")
  int storeReal;

  @Option(names = "--seeds", defaultValue = "../shared/seeds", description = "Seed articles.")
  Path seeds;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Work directory, kept after the run: the analysed bases and the synthetic store are"
              + " reused by the next --store or --serve run given the same DIR (default: a"
              + " temporary directory, deleted by --store).")
  Path work;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int pool = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (store) {
      return StoreBenchOutput.run(spec, paths, seeds, work, pool, storeReal, storeArticles, format);
    }
    if (spark) {
      String launcher = System.getProperty("vigie.launcher");
      if (launcher == null || paths.size() != 1 || sparkRuns < 1) {
        err.println(
            "vigie: --spark takes one corpus directory and runs through the ./vigie launcher");
        return VigieCommand.USAGE;
      }
      Path scratch = work != null ? work : Files.createTempDirectory("vigie-spark-bench");
      return new SparkBench(Path.of(launcher), scratch, err, !sparkUnpinned)
          .run(paths.get(0), sparkRuns, out);
    }
    if (serve) {
      if (paths.size() != 1) {
        err.println("vigie: --serve takes one corpus directory");
        return VigieCommand.USAGE;
      }
      Path scratch = work != null ? work : Files.createTempDirectory("vigie-serve-bench");
      ServerLoadBench.Report report =
          new ServerLoadBench(
                  storeArticles,
                  pool,
                  serveClients,
                  Duration.ofSeconds(serveSeconds),
                  line -> err.println("bench: " + line))
              .run(Path.of(paths.get(0)), scratch);
      out.print(
          format.equals("json")
              ? new ObjectMapper().writeValueAsString(report) + System.lineSeparator()
              : report.table());
      out.flush();
      return report.errors() == 0 ? VigieCommand.OK : VigieCommand.SOME_FAILED;
    }
    if (gazetteer) {
      List<String> names = GazetteerBench.namesIn(paths.stream().map(Path::of).toList());
      GazetteerBench.Result result =
          new GazetteerBench(line -> err.println("bench: " + line)).run(names, 2_000_000);
      out.print(
          format.equals("json")
              ? new ObjectMapper().writeValueAsString(result) + System.lineSeparator()
              : result.table());
      out.flush();
      return 0;
    }
    AnalysisConfig settings = config == null ? AnalysisConfig.DEFAULT : AnalysisConfig.read(config);
    if (runs < 1 || limit < 0) {
      err.println("vigie: --runs must be positive and --limit not negative");
      return VigieCommand.USAGE;
    }
    Benchmark.Options options =
        new Benchmark.Options(pool, !noBaseline, runs, limit, noQuality ? null : shared);
    BenchReport report =
        new Benchmark(settings, options, line -> err.println("bench: " + line)).run(paths);
    if (report.documents() == 0) {
      err.println("vigie: no document could be analysed");
      return VigieCommand.USAGE;
    }
    if (format.equals("json")) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      print(out, report);
    }
    return VigieCommand.OK;
  }

  private static void print(PrintWriter out, BenchReport r) {
    out.printf(
        Locale.ROOT,
        "%d documents (%d failed), %d chars of text, %d thread(s), median of %d run(s);"
            + " load average %s%n%n",
        r.documents(),
        r.failed(),
        r.chars(),
        r.threads(),
        r.runs(),
        r.loadAverage());
    out.printf(
        Locale.ROOT,
        "%-8s %9s %9s %12s %10s %10s %10s  %s%n",
        "pipeline",
        "seconds",
        "docs/s",
        "chars/s",
        "load ms",
        "peak heap",
        "peak RSS",
        "runs (s)");
    for (BenchReport.Run run :
        r.baseline() == null ? List.of(r.vigie()) : List.of(r.vigie(), r.baseline())) {
      out.printf(
          Locale.ROOT,
          "%-8s %9.1f %9.2f %12.0f %10d %7d MB %7d MB  %s%n",
          run.name(),
          run.seconds(),
          run.docsPerSecond(),
          run.charsPerSecond(),
          run.modelLoadMillis(),
          run.peakHeapBytes() >> 20,
          run.peakRssBytes() >> 20,
          run.runSeconds().stream()
              .map(x -> String.format(Locale.ROOT, "%.1f", x))
              .collect(java.util.stream.Collectors.joining(" ")));
    }
    if (r.speedup() != null) {
      out.printf(Locale.ROOT, "%nvigie / corenlp throughput ratio: %.2f%n", r.speedup());
    }
    out.printf(Locale.ROOT, "%nVigie time per stage:%n");
    for (BenchReport.StageShare s : r.stages()) {
      out.printf(
          Locale.ROOT,
          "  %-18s %8.1f s %6.1f%% %12.0f chars/s%n",
          s.stage(),
          s.seconds(),
          s.share() * 100,
          s.charsPerSecond());
    }
    out.printf(Locale.ROOT, "%nFrench linguistic steps (all runs, summed over threads):%n ");
    r.linguistic()
        .forEach(
            (k, v) ->
                out.print(
                    k.endsWith(" ns")
                        ? String.format(
                            Locale.ROOT, " %s %.1f s;", k.substring(0, k.length() - 3), v / 1e9)
                        : String.format(Locale.ROOT, " %s %d;", k, v)));
    out.println();
    BenchReport.Cleaning c = r.cleaning();
    out.printf(
        Locale.ROOT,
        "%nCleaning (extract + boilerplate + normalize): %.1f M raw chars;"
            + " in the run %.2f core-s, %.1f M chars per core-second;"
            + " alone on one thread %.1f M chars/s; corpus template pass %.2f s%n",
        c.rawMegachars(),
        c.coreSeconds(),
        c.megacharsPerCoreSecond(),
        c.aloneMegacharsPerSecond(),
        c.corpusPassSeconds());
    if (!r.quality().isEmpty()) {
      out.printf(Locale.ROOT, "%nQuality in the same run (seeds; dev set check split):%n");
      r.quality()
          .forEach((k, v) -> out.printf(Locale.ROOT, "%s %s%n", k, BenchReport.format(k, v)));
    }
  }
}
