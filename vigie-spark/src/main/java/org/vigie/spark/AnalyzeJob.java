package org.vigie.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.SentenceSelection;
import org.vigie.nlp.Engines;
import org.vigie.store.export.SearchDocuments;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's entry point: {@code spark-submit --class org.vigie.spark.AnalyzeJob
 * vigie-spark-job.jar --in PATH... --out DIR}, and {@code ./vigie spark} for local runs ({@code
 * --master local[N]}). Parses the options, starts or joins the Spark session and hands over to
 * {@link SparkAnalysis}; a problem of the input as a whole is one line on stderr and exit code 2,
 * failed documents are rows of the {@code failures} table and exit code 1.
 */
@Command(
    name = "vigie spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze articles as an Apache Spark job and write Parquet tables (articles, quotes,"
          + " entities, timexes, events, unassertedEvents, failures) partitioned by publication month, then the"
          + " corpus tables (near_duplicates, corpus_entities, speakers).",
      "Inputs: directories or files of .txt/.html, JSON Lines, Parquet with a text or html column,"
          + " on any Hadoop file system.",
      "Exit codes: 0 all analysed, 1 some documents failed, 2 input or usage error."
    })
public final class AnalyzeJob implements Callable<Integer> {
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  @Option(
      names = "--master",
      description = "Spark master (local[N] for a local run). Default: spark-submit's.")
  String master;

  @Option(names = "--in", arity = "1..*", required = true, paramLabel = "PATH")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  String out;

  @Option(
      names = "--format",
      defaultValue = "parquet",
      description =
          "parquet (tables) or jsonl (CONTRACT JSON articles). Default: ${DEFAULT-VALUE}.")
  JobSpec.OutputFormat format;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Analysis configuration (JSON) read on the driver; unknown keys are rejected.")
  Path config;

  @Option(
      names = "--parse",
      description =
          "Which sentences get a dependency parse: NONE, ON_DEMAND, SPEECH, ALL. Default: config.")
  SentenceSelection parse;

  @Option(
      names = "--max-bytes",
      defaultValue = "16777216",
      description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(names = "--no-corpus-pass", description = "Do not learn site templates first.")
  boolean noCorpusPass;

  @Option(
      names = "--partitions",
      defaultValue = "0",
      description = "Analysis partitions. Default: 16 per core of the cluster.")
  int partitions;

  @Option(
      names = "--no-corpus-tables",
      description = "Do not write near_duplicates, corpus_entities and speakers.")
  boolean noCorpusTables;

  @Option(
      names = "--keep-apart",
      paramLabel = "FILE",
      description = "Names (one per line, any spelling) never merged with another entity.")
  Path keepApart;

  @Option(
      names = "--search-export",
      paramLabel = "ENGINE",
      description =
          "Also write the articles as bulk JSON for opensearch or solr (OUT/search/, with"
              + " OUT/search-mapping.json).")
  SearchDocuments.Engine search;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AnalyzeJob()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    JobSpec spec;
    try {
      spec = spec();
    } catch (IllegalArgumentException e) {
      err.println("vigie spark: " + e.getMessage());
      return 2;
    }
    SparkConf given = new SparkConf();
    boolean local = (master != null ? master : given.get("spark.master", "")).startsWith("local");
    if (local) {
      // In a local run this JVM is the executor: the French models start loading now, on a core
      // that Spark's start (seconds of class loading on one thread) leaves idle, rather than when
      // the first task runs.
      Engines.warmUp(AnalysisConfig.fromJson(spec.configJson()));
    }
    // The classic builder directly: the generic one first looks its implementation up through
    // Scala reflection, about a second of a local run's start.
    org.apache.spark.sql.classic.SparkSession.Builder builder =
        org.apache.spark.sql.classic.SparkSession.builder().appName("vigie analyze");
    if (master != null) {
      builder.master(master).config("spark.ui.enabled", "false");
    }
    SessionDefaults.apply(builder, given, local);
    SparkSession spark = builder.getOrCreate();
    if (!given.contains(SHUFFLE_PARTITIONS)) {
      // Spark's default of 200 is for clusters: every map task of the template pass would open a
      // compressed stream per reducer for a few kilobytes of line keys. Two per core, as Spark's
      // tuning guide advises, unless the user says otherwise.
      spark
          .conf()
          .set(SHUFFLE_PARTITIONS, String.valueOf(2 * spark.sparkContext().defaultParallelism()));
    }
    if (master != null) {
      // A local run prints its own summary; Spark's progress chatter would bury it.
      spark.sparkContext().setLogLevel("WARN");
    }
    try {
      long start = System.nanoTime();
      SparkAnalysis.Summary summary = SparkAnalysis.run(spark, spec, err);
      double seconds = (System.nanoTime() - start) / 1e9;
      err.println(
          SparkAnalysis.describe(summary)
              + String.format(
                  Locale.ROOT,
                  "; in %.1f s (%.2f docs/s); peak heap %d MB, %.0f cpu s (this JVM), %.0f s"
                      + " JIT compiling; %s",
                  seconds,
                  summary.articles() / Math.max(seconds, 1e-9),
                  peakHeapBytes() >> 20,
                  cpuSeconds(),
                  compilingSeconds(),
                  SparkAnalysis.describe(summary.phases())));
      if (summary.articles() == 0) {
        return 2;
      }
      return summary.failures() > 0 ? 1 : 0;
    } catch (JobInputException e) {
      err.println("vigie spark: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /**
   * The highest heap use of this JVM so far, summed over its pools' peaks (an upper bound: pools
   * peak at different times). In a local run the driver is the executor: what to give one.
   */
  static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * CPU time of this JVM so far (all threads), or -1 when the platform does not say: on a shared
   * machine, whether a slow run did more work or only waited for a core.
   */
  static double cpuSeconds() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(cpu -> cpu.toMillis() / 1e3)
        .orElse(-1.0);
  }

  /**
   * The JIT compilers' accumulated time in this JVM (-1 when not monitored): Spark's own code and
   * its generated classes are compiled on threads beside the tasks, which is why one Spark core
   * keeps more than one busy while a short job runs.
   */
  static double compilingSeconds() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime() / 1e3
        : -1;
  }

  JobSpec spec() {
    AnalysisConfig settings = config == null ? AnalysisConfig.DEFAULT : AnalysisConfig.read(config);
    if (parse != null) {
      settings =
          settings.withParse(
              new DependencyParseStage.Config(parse, settings.parse().maxSentenceWords()));
    }
    List<String> apart = List.of();
    if (keepApart != null) {
      try {
        apart =
            Files.readAllLines(keepApart, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
      } catch (IOException e) {
        throw new IllegalArgumentException(keepApart + ": cannot read: " + e.getMessage());
      }
    }
    if (search != null && format != JobSpec.OutputFormat.parquet) {
      throw new IllegalArgumentException("--search-export needs --format parquet");
    }
    return new JobSpec(
        inputs,
        out,
        format,
        settings.toJson(),
        maxBytes,
        !noCorpusPass,
        partitions,
        !noCorpusTables,
        apart,
        search);
  }
}
