package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;
import org.vigie.analysis.Analyzer;

/**
 * The job itself, on a running Spark session: reads the inputs, runs the corpus template pass and
 * broadcasts its table, analyses every document (one lazily built {@link Analyzer} per executor,
 * shared by its tasks) and writes the tables under the output directory. The analysis runs once:
 * its outcomes are checkpointed locally (memory, spilling to disk) while the tables are cut from
 * them.
 *
 * <p>Tables (Parquet): {@code articles} (the CONTRACT fields), {@code quotes}, {@code entities},
 * {@code timexes}, {@code events} and {@code unassertedEvents} (one row per item: {@code
 * article_id}, {@code index} in the article's list, then the item's fields), all partitioned by
 * publication {@code month}; and {@code failures} ({@code id}, {@code path}, {@code stage}, {@code
 * reason}). With JSON Lines output, {@code articles} holds the CONTRACT JSON of each article
 * (partitioned by month) and {@code failures} is JSON. Each table is written through Spark's commit
 * protocol, in overwrite mode: a killed run leaves no table that reads as complete, and running
 * again replaces it whole. With Parquet output the corpus tables follow ({@link CorpusTables}).
 */
final class SparkAnalysis {
  /** The per-item tables: table name and the article's list they explode. */
  static final List<String> ITEM_TABLES =
      List.of("quotes", "entities", "timexes", "events", "unassertedEvents");

  /** Analysis partitions per core when the user sets none. */
  static final int PARTITIONS_PER_CORE = 16;

  private SparkAnalysis() {}

  /** What a run produced, and the wall-clock seconds of its phases. */
  record Summary(
      long articles,
      long failures,
      int templateDocuments,
      int templateLines,
      CorpusTables.Counts corpus,
      Phases phases) {}

  /**
   * Each phase of a run: the template pass, the analysis (every document analysed and its outcome
   * cached), the writing of the tables, and the corpus tables.
   */
  record Phases(Lap templates, Lap analysis, Lap tables, Lap corpus) {}

  /**
   * A phase's wall-clock seconds and the CPU seconds this JVM spent meanwhile (all its threads, -1
   * when unknown): on a shared machine the CPU says what a phase costs, the wall clock only how
   * long it waited. On a cluster the CPU is the driver's alone.
   */
  record Lap(double wall, double cpu) {}

  static Summary run(SparkSession spark, JobSpec spec, PrintWriter err) {
    Clock clock = new Clock();
    Dataset<Row> documents = InputDocuments.read(spark, spec.inputs(), spec.maxBytes());
    TemplateLines templates =
        spec.corpusPass()
            ? TemplatePass.learn(documents, spec.maxBytes(), spec.configJson())
            : TemplateLines.NONE;
    if (templates.recurringLines().documents() > 0) {
      err.println(
          "vigie spark: learnt site templates from " + templates.documents() + " documents");
    }
    Lap templateSeconds = clock.lap();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<TemplateLines> shared = context.broadcast(templates);
    long templatesId = shared.id();
    String configJson = spec.configJson();
    long maxBytes = spec.maxBytes();
    boolean json = spec.format() == JobSpec.OutputFormat.jsonl;
    MapPartitionsFunction<Row, Row> analyse =
        rows ->
            new AnalysisTask(
                rows,
                ExecutorAnalyzer.get(configJson, templatesId, shared.value()),
                maxBytes,
                json);
    // Small partitions: an article takes from a few milliseconds to seconds, and the job ends with
    // its slowest partition while the other cores wait.
    int partitions =
        spec.partitions() > 0
            ? spec.partitions()
            : PARTITIONS_PER_CORE * context.defaultParallelism();
    Dataset<Row> outcomes =
        documents
            .repartition(partitions)
            .mapPartitions(analyse, Encoders.row(OutcomeRows.SCHEMA))
            // Grouped by month before they are kept (Spark's rebalance: a month too large for one
            // partition is split, small ones share one), so that a month gets one writer per table
            // and one file, not one per analysis partition or core: small files each cost a
            // Parquet writer's set-up here (ml-crisis-fr: 406 files -> 274) and a listing for
            // whoever reads the tables.
            .hint("rebalance", col("month"))
            .localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
    try {
      // The eager local checkpoint is the one job that analyses every document: its rows are kept
      // as they came out (binary rows, spilling to disk), not re-encoded into a columnar cache, so
      // that each table below reads only its own fields of them instead of decoding whole articles.
      Totals totals = Totals.of(outcomes, json);
      Lap analysisSeconds = clock.lap();
      Dataset<Row> analysed = outcomes.filter(col("stage").isNull());
      Dataset<Row> failed = outcomes.filter(col("stage").isNotNull());
      String out = spec.out().endsWith("/") ? spec.out() : spec.out() + "/";
      Dataset<Row> failures =
          failed.select(col("id"), col("location").as("path"), col("stage"), col("reason"));
      List<Runnable> writes = new ArrayList<>();
      if (json) {
        writes.add(
            () ->
                analysed
                    .select(col("json"), col("month"))
                    .write()
                    .mode(SaveMode.Overwrite)
                    .partitionBy("month")
                    .text(out + "articles"));
        writes.add(() -> failures.write().mode(SaveMode.Overwrite).json(out + "failures"));
      } else {
        writes.add(
            () ->
                writeByMonth(
                    analysed.select(col("article.*"), col("month")),
                    totals.articles() == 0,
                    out + "articles"));
        for (String table : ITEM_TABLES) {
          writes.add(
              () -> writeByMonth(items(analysed, table), !totals.hasItems(table), out + table));
        }
        writes.add(
            () -> failures.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "failures"));
      }
      ConcurrentWrites.run(writes);
      Lap tableSeconds = clock.lap();
      CorpusTables.Counts corpus = null;
      if (spec.corpusTables() && !json) {
        corpus =
            CorpusTables.write(
                analysed.select(col("article.*")), out, spec.keepApart(), spec.search());
      }
      return new Summary(
          totals.articles(),
          totals.failures(),
          templates.documents(),
          templates.lines(),
          corpus,
          new Phases(templateSeconds, analysisSeconds, tableSeconds, clock.lap()));
    } finally {
      release(outcomes);
      shared.destroy();
    }
  }

  /**
   * What the outcomes hold, counted in one job: articles, failures, and which item tables have rows
   * (an empty one is written differently).
   */
  private record Totals(long articles, long failures, Set<String> itemTables) {
    static Totals of(Dataset<Row> outcomes, boolean json) {
      Column analysed = col("stage").isNull();
      List<Column> columns = new ArrayList<>();
      columns.add(count(when(analysed, lit(1))));
      columns.add(count(when(not(analysed), lit(1))));
      List<String> tables = json ? List.of() : ITEM_TABLES;
      for (String table : tables) {
        columns.add(max(when(analysed, size(col("article." + table)))));
      }
      Row row =
          outcomes
              .agg(columns.get(0), columns.subList(1, columns.size()).toArray(Column[]::new))
              .first();
      Set<String> nonEmpty = new HashSet<>();
      for (int i = 0; i < tables.size(); i++) {
        if (!row.isNullAt(2 + i) && row.getInt(2 + i) > 0) {
          nonEmpty.add(tables.get(i));
        }
      }
      return new Totals(row.getLong(0), row.getLong(1), nonEmpty);
    }

    boolean hasItems(String table) {
      return itemTables.contains(table);
    }
  }

  /** Wall-clock and CPU laps of a run. Not thread-safe. */
  private static final class Clock {
    private long wall = System.nanoTime();
    private double cpu = AnalyzeJob.cpuSeconds();

    Lap lap() {
      long nowWall = System.nanoTime();
      double nowCpu = AnalyzeJob.cpuSeconds();
      Lap lap = new Lap((nowWall - wall) / 1e9, cpu < 0 || nowCpu < 0 ? -1 : nowCpu - cpu);
      wall = nowWall;
      cpu = nowCpu;
      return lap;
    }
  }

  /**
   * Frees the blocks of a locally checkpointed dataset now rather than when its RDD is collected: a
   * session that runs several jobs (the tests, a notebook) would otherwise hold every run's
   * articles.
   */
  private static void release(Dataset<Row> checkpointed) {
    if (checkpointed instanceof org.apache.spark.sql.classic.Dataset<Row> classic
        && classic.queryExecution().logical() instanceof LogicalRDD plan) {
      plan.rdd().unpersist(false);
    }
  }

  /** One row per item of the article's list {@code field}, with the article's id and month. */
  static Dataset<Row> items(Dataset<Row> analysed, String field) {
    return analysed
        .select(
            col("article.id").as("article_id"),
            col("month"),
            posexplode(col("article." + field)).as(new String[] {"index", "item"}))
        .select(col("article_id"), col("month"), col("index"), col("item.*"));
  }

  /**
   * Writes a table partitioned by month. An empty table (no events before the events stage exists)
   * is written as one empty Parquet file, so that it still reads with its schema.
   */
  private static void writeByMonth(Dataset<Row> table, boolean empty, String path) {
    if (empty) {
      table.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    } else {
      table.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(path);
    }
  }

  static String describe(Summary summary) {
    String line =
        String.format(
            Locale.ROOT,
            "vigie spark: %d article(s) analysed, %d failed",
            summary.articles(),
            summary.failures());
    CorpusTables.Counts corpus = summary.corpus();
    return corpus == null
        ? line
        : line
            + String.format(
                Locale.ROOT,
                "; %d near-duplicate(s), %d corpus entities, %d speakers",
                corpus.nearDuplicates(),
                corpus.entities(),
                corpus.speakers());
  }

  /** The phases' seconds, one line. */
  static String describe(Phases phases) {
    return "phases (wall/cpu s): templates "
        + describe(phases.templates())
        + ", analysis "
        + describe(phases.analysis())
        + ", tables "
        + describe(phases.tables())
        + ", corpus "
        + describe(phases.corpus());
  }

  private static String describe(Lap lap) {
    return String.format(Locale.ROOT, "%.1f/%.1f", lap.wall(), lap.cpu());
  }
}
