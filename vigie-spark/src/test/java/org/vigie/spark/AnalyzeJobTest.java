package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.json.ArticleJson;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The job in local[2] over the bundled samples plus hostile files (an empty file, a binary one, a
 * JSON Lines file with one good and one broken line, a document over the size limit): the tables
 * have the expected rows, and every article equals, field for field, what {@code vigie analyze}'s
 * library path (the same scanner, corpus pass and analyzer) produces for the same inputs.
 */
class AnalyzeJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BYTES = 100_000;
  private static final PrintWriter ERR = new PrintWriter(System.err, true, StandardCharsets.UTF_8);

  @TempDir static Path work;
  private static Path inputs;
  private static Path out;
  private static SparkAnalysis.Summary summary;

  @BeforeAll
  static void runJob() throws IOException {
    Path samples = Path.of(System.getProperty("vigie.samples", "../samples"));
    assumeTrue(Files.isDirectory(samples), "samples/ not found");
    inputs = Files.createDirectories(work.resolve("in"));
    try (Stream<Path> files = Files.list(samples)) {
      for (Path file : files.sorted().toList()) {
        Files.copy(file, inputs.resolve(file.getFileName()));
      }
    }
    Files.writeString(inputs.resolve("empty.txt"), "");
    Files.write(inputs.resolve("binary.html"), new byte[] {'<', 'p', 0, 1, 2, 0, '>'});
    Files.writeString(inputs.resolve("huge.txt"), "Le ministre a parlé. ".repeat(6_000));
    String good =
        JSON.createObjectNode()
            .put("id", "jsonl-1")
            .put("title", "Lavrov à Erevan")
            .put("published", "2021-03-26")
            .put("text", Files.readString(samples.resolve("000_0ba443bf08a7feb6.txt")))
            .toString();
    Files.writeString(
        inputs.resolve("feed.jsonl"),
        good + "\n{\"id\": \"broken\", \"text\": \n",
        StandardCharsets.UTF_8);
    out = work.resolve("out");
    JobSpec spec =
        new JobSpec(
            List.of(inputs.toString()),
            out.toString(),
            JobSpec.OutputFormat.parquet,
            AnalysisConfig.DEFAULT.toJson(),
            MAX_BYTES,
            true,
            4);
    summary = SparkAnalysis.run(LocalSpark.session(), spec, ERR);
  }

  @Test
  void tablesHoldEveryDocumentOnce() {
    SparkSession spark = LocalSpark.session();
    assertEquals(6, summary.articles());
    assertEquals(4, summary.failures());
    assertEquals(6, spark.read().parquet(out.resolve("articles").toString()).count());
    Dataset<Row> failures = spark.read().parquet(out.resolve("failures").toString());
    Map<String, String> reasons = new TreeMap<>();
    for (Row row : failures.collectAsList()) {
      String path = row.getString(row.fieldIndex("path"));
      reasons.put(
          path.substring(path.lastIndexOf('/') + 1), row.getString(row.fieldIndex("stage")));
    }
    assertEquals(
        Map.of(
            "binary.html", "ingest",
            "empty.txt", "ingest",
            "feed.jsonl:2", "ingest",
            "huge.txt", "ingest"),
        reasons);
    Dataset<Row> months = spark.read().parquet(out.resolve("articles").toString());
    assertEquals(
        1, months.filter(col("month").equalTo("2021-03")).count(), "the JSON line's month");
  }

  @Test
  void articlesEqualTheOneMachineAnalysisFieldForField() throws Exception {
    Map<String, JsonNode> expected = oneMachine();
    SparkSession spark = LocalSpark.session();
    Map<String, JsonNode> actual = new TreeMap<>();
    for (Row row : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
      JsonNode json = canonical(RowJson.of(row, List.of("month")));
      actual.put(json.get("id").asText(), json);
    }
    assertEquals(expected.keySet(), actual.keySet());
    for (String id : expected.keySet()) {
      assertEquals(expected.get(id), actual.get(id), "article " + id);
    }
    assertItemCount(spark, "quotes", expected);
    assertItemCount(spark, "entities", expected);
    assertItemCount(spark, "timexes", expected);
    assertItemCount(spark, "events", expected);
    assertItemCount(spark, "unassertedEvents", expected);
  }

  /**
   * The JSON Lines output, written over what a killed earlier run left (a stale part file and
   * Spark's uncommitted _temporary directory): the new run replaces the table whole.
   */
  @Test
  void jsonLinesOutputIsTheContractJson() throws IOException {
    SparkSession spark = LocalSpark.session();
    Path jsonOut = work.resolve("json-out");
    Path stale = Files.createDirectories(jsonOut.resolve("articles/month=2021-03"));
    Files.writeString(stale.resolve("part-00000-killed.txt"), "{\"id\": \"stale\"}\n");
    Path uncommitted = Files.createDirectories(jsonOut.resolve("articles/_temporary/0/task"));
    Files.writeString(uncommitted.resolve("part-00001.txt"), "{\"id\": \"partial\"}\n");
    JobSpec spec =
        new JobSpec(
            List.of(inputs.resolve("feed.jsonl").toString()),
            jsonOut.toString(),
            JobSpec.OutputFormat.jsonl,
            AnalysisConfig.DEFAULT.toJson(),
            MAX_BYTES,
            true,
            2);
    SparkAnalysis.Summary run = SparkAnalysis.run(spark, spec, ERR);
    assertEquals(1, run.articles());
    assertEquals(1, run.failures());
    List<Row> lines = spark.read().text(jsonOut.resolve("articles").toString()).collectAsList();
    assertEquals(1, lines.size());
    JsonNode fromText = canonical(lines.get(0).getString(0));
    Row fromParquet =
        spark
            .read()
            .parquet(out.resolve("articles").toString())
            .filter(col("id").equalTo("jsonl-1"))
            .first();
    assertEquals(canonical(RowJson.of(fromParquet, List.of("month"))), fromText);
    assertEquals(
        "2021-03", lines.get(0).getString(1), "partitioned by month in JSON Lines output too");
  }

  private static void assertItemCount(
      SparkSession spark, String table, Map<String, JsonNode> expected) {
    long items = 0;
    for (JsonNode article : expected.values()) {
      items += article.get(table).size();
    }
    Dataset<Row> rows = spark.read().parquet(out.resolve(table).toString());
    assertEquals(items, rows.count(), table);
    assertTrue(List.of(rows.columns()).contains("article_id"), table + " has article_id");
    if (table.equals("quotes")) {
      assertTrue(items > 0, "the samples have quotes");
    }
  }

  /** What vigie analyze does with the same inputs, in this JVM. */
  private static Map<String, JsonNode> oneMachine() throws Exception {
    IngestLimits limits = new IngestLimits(MAX_BYTES);
    List<String> paths = List.of(inputs.toString());
    RecurringLines templates;
    try (InputScanner scan = new InputScanner(paths, limits, null)) {
      templates = new CorpusLearner().learn(scan);
    }
    Analyzer analyzer = Engines.standard(AnalysisConfig.DEFAULT, templates);
    Map<String, JsonNode> articles = new TreeMap<>();
    List<String> failed = new ArrayList<>();
    try (InputScanner scan = new InputScanner(paths, limits, null)) {
      new BatchAnalyzer(analyzer, 2)
          .run(
              scan,
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
                  articles.put(
                      analyzed.article().id(), canonical(ArticleJson.line(analyzed.article())));
                } else {
                  failed.add(outcome.location());
                }
              });
    }
    assertEquals(4, failed.size(), "failures of the one-machine run: " + failed);
    return articles;
  }

  private static JsonNode canonical(Object json) {
    try {
      return JSON.readTree(json instanceof String text ? text : JSON.writeValueAsString(json));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
