package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestFailure;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The job's input side without linguistic analysis (fast): what the input listing yields for each
 * kind of file, the one-line errors for a bad input as a whole, and the distributed template pass
 * against the one-machine pass on the same corpus.
 */
class InputDocumentsTest {
  @TempDir Path dir;

  @Test
  void everyFileBecomesOneRowAndLargeOnesAreNotRead() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Le ministre a parlé.");
    Files.writeString(dir.resolve("b.html"), "<p>Bonjour</p>");
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\": \"x\"}\n{\"text\": \"y\"}\n");
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("huge.txt"), "mot ".repeat(1_000));
    Files.writeString(dir.resolve("notes.csv"), "not,an,article");
    Map<String, String> rows = new TreeMap<>();
    for (Row row : InputDocuments.read(spark(), List.of(dir.toString()), 1_000).collectAsList()) {
      String location = row.getString(0);
      String name = location.substring(location.lastIndexOf('/') + 1);
      rows.put(name, row.getString(1) + (row.isNullAt(3) ? " unread" : ""));
    }
    assertEquals(
        Map.of(
            "a.txt", "file",
            "b.html", "file",
            "c.jsonl", "jsonl",
            "empty.txt", "file",
            "huge.txt", "file unread"),
        rows);
  }

  @Test
  void aBadInputIsOneLine() throws IOException {
    SparkSession spark = spark();
    String missing = dir.resolve("missing").toString();
    assertEquals(
        missing + ": no such file or directory",
        assertThrows(
                JobInputException.class, () -> InputDocuments.read(spark, List.of(missing), 100))
            .getMessage());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertTrue(
        assertThrows(
                JobInputException.class,
                () -> InputDocuments.read(spark, List.of(empty.toString()), 100))
            .getMessage()
            .endsWith("no articles (.txt, .html, .htm, .jsonl, .parquet) in directory"));
    Path table = dir.resolve("table.parquet");
    spark.range(3).toDF("n").write().parquet(table.toString());
    assertTrue(
        assertThrows(
                JobInputException.class,
                () -> InputDocuments.read(spark, List.of(table.toString()), 100))
            .getMessage()
            .contains("needs a text or html column"));
  }

  @Test
  void parquetRowsAreRecords() {
    SparkSession spark = spark();
    Path table = dir.resolve("articles.parquet");
    spark
        .sql("SELECT 'p-1' AS id, 'Le ministre a parlé.' AS text, 7 AS other")
        .write()
        .parquet(table.toString());
    List<Row> rows = InputDocuments.read(spark, List.of(table.toString()), 100).collectAsList();
    assertEquals(1, rows.size());
    assertEquals("record", rows.get(0).getString(1));
    assertEquals(
        "{\"id\":\"p-1\",\"text\":\"Le ministre a parlé.\"}",
        new String((byte[]) rows.get(0).get(3), StandardCharsets.UTF_8));
  }

  /**
   * A 200 MB document under the default 16 MiB limit: a failure of its own, read from the file's
   * length alone (the file is sparse, so the test writes nothing and stays fast).
   */
  @Test
  void aDocumentOf200MegabytesIsAFailureWithoutBeingRead() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Le ministre a parlé.");
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L << 20);
    }
    long limit = 16L << 20;
    Map<String, String> items = new TreeMap<>();
    DocumentReader reader = new DocumentReader(limit);
    for (Row row : InputDocuments.read(spark(), List.of(dir.toString()), limit).collectAsList()) {
      IngestItem item = reader.items(row).next();
      String name = item.location().substring(item.location().lastIndexOf('/') + 1);
      items.put(name, item instanceof IngestFailure failure ? failure.reason() : "read");
    }
    assertEquals("read", items.get("good.txt"));
    assertTrue(
        items.get("huge.txt").contains("209715200 bytes exceeds the limit"), items.toString());
  }

  /**
   * A Parquet row whose text is over the limit is a failure row too (sized down: 1 KB over 100 B).
   */
  @Test
  void aParquetRowOverTheLimitIsAFailure() {
    SparkSession spark = spark();
    Path table = dir.resolve("long.parquet");
    spark
        .sql("SELECT 'p-2' AS id, repeat('Le ministre a parlé. ', 50) AS text")
        .write()
        .parquet(table.toString());
    Row row = InputDocuments.read(spark, List.of(table.toString()), 100).first();
    IngestItem item = new DocumentReader(100).items(row).next();
    assertTrue(
        item instanceof IngestFailure failure && failure.reason().contains("exceeds the limit"),
        String.valueOf(item));
  }

  @Test
  void theDistributedTemplatePassLearnsWhatTheOneMachinePassLearns() throws IOException {
    for (int i = 0; i < 12; i++) {
      Files.writeString(
          dir.resolve("page" + i + ".txt"),
          "Accueil | Monde | Politique\n\n"
              + "Article numéro "
              + i
              + " sur la situation.\n\n"
              + (i % 2 == 0 ? "Abonnez-vous à notre lettre.\n\n" : "")
              + "© Le Journal 2020, tous droits réservés\n");
    }
    TemplateLines learnt =
        TemplatePass.learn(InputDocuments.read(spark(), List.of(dir.toString()), 10_000), 10_000);
    RecurringLines expected;
    try (InputScanner scan =
        new InputScanner(List.of(dir.toString()), new IngestLimits(10_000), null)) {
      expected = new CorpusLearner().learn(scan);
    }
    RecurringLines actual = learnt.recurringLines();
    assertEquals(12, actual.documents());
    assertEquals(expected.documents(), actual.documents());
    for (String line :
        List.of(
            "Accueil | Monde | Politique",
            "Abonnez-vous à notre lettre.",
            "© Le Journal 2020, tous droits réservés",
            "Article numéro 3 sur la situation.")) {
      assertEquals(expected.documentsWith(line), actual.documentsWith(line), line);
    }
    assertEquals(12, actual.documentsWith("© Le Journal 2020, tous droits réservés"));
  }

  private static SparkSession spark() {
    return LocalSpark.session();
  }
}
