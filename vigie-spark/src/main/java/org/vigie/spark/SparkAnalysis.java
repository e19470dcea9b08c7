package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.vigie.analysis.Analyzer;

/**
 * The job itself, on a running Spark session: reads the inputs, runs the corpus template pass and
 * broadcasts its table, analyses every document (one lazily built {@link Analyzer} per executor,
 * shared by its tasks) and writes the tables under the output directory. The analysis runs once:
 * its outcomes are persisted (memory, spilling to disk) while the tables are cut from them.
 *
 * <p>Tables (Parquet): {@code articles} (the CONTRACT fields), {@code quotes}, {@code entities},
 * {@code timexes} and {@code events} (one row per item: {@code article_id}, {@code index} in the
 * article's list, then the item's fields), all partitioned by publication {@code month}; and {@code
 * failures} ({@code id}, {@code path}, {@code stage}, {@code reason}). With JSON Lines output,
 * {@code articles} holds the CONTRACT JSON of each article (partitioned by month) and {@code
 * failures} is JSON. Each table is written through Spark's commit protocol, in overwrite mode: a
 * killed run leaves no table that reads as complete, and running again replaces it whole. With
 * Parquet output the corpus tables follow ({@link CorpusTables}).
 */
final class SparkAnalysis {
  /** The per-item tables: table name and the article's list they explode. */
  static final List<String> ITEM_TABLES = List.of("quotes", "entities", "timexes", "events");

  private SparkAnalysis() {}

  /** What a run produced. */
  record Summary(
      long articles,
      long failures,
      int templateDocuments,
      int templateLines,
      CorpusTables.Counts corpus) {}

  static Summary run(SparkSession spark, JobSpec spec, PrintWriter err) {
    Dataset<Row> documents = InputDocuments.read(spark, spec.inputs(), spec.maxBytes());
    TemplateLines templates =
        spec.corpusPass() ? TemplatePass.learn(documents, spec.maxBytes()) : TemplateLines.NONE;
    if (templates.recurringLines().documents() > 0) {
      err.println(
          "vigie spark: learnt site templates from " + templates.documents() + " documents");
    }
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
    int partitions = spec.partitions() > 0 ? spec.partitions() : 4 * context.defaultParallelism();
    Dataset<Row> outcomes =
        documents
            .repartition(partitions)
            .mapPartitions(analyse, Encoders.row(OutcomeRows.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> analysed = outcomes.filter(col("stage").isNull());
      Dataset<Row> failed = outcomes.filter(col("stage").isNotNull());
      String out = spec.out().endsWith("/") ? spec.out() : spec.out() + "/";
      Dataset<Row> failures =
          failed.select(col("id"), col("location").as("path"), col("stage"), col("reason"));
      if (json) {
        analysed
            .select(col("json"), col("month"))
            .write()
            .mode(SaveMode.Overwrite)
            .partitionBy("month")
            .text(out + "articles");
        failures.write().mode(SaveMode.Overwrite).json(out + "failures");
      } else {
        writeByMonth(analysed.select(col("article.*"), col("month")), out + "articles");
        for (String table : ITEM_TABLES) {
          writeByMonth(items(analysed, table), out + table);
        }
        failures.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "failures");
      }
      CorpusTables.Counts corpus = null;
      if (spec.corpusTables() && !json) {
        corpus =
            CorpusTables.write(
                analysed.select(col("article.*")), out, spec.keepApart(), spec.search());
      }
      return new Summary(
          analysed.count(), failed.count(), templates.documents(), templates.lines(), corpus);
    } finally {
      outcomes.unpersist();
      shared.destroy();
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
  private static void writeByMonth(Dataset<Row> table, String path) {
    if (table.isEmpty()) {
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
}
