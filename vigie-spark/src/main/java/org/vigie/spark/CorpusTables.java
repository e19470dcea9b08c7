package org.vigie.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.vigie.model.Article;
import org.vigie.store.export.SearchDocuments;

/**
 * The corpus-level tables, cut from the analysed articles once they are written: {@code
 * near_duplicates} ({@link NearDuplicates}), {@code corpus_entities} and {@code speakers} ({@link
 * NameGroups}), and when asked the articles as bulk JSON for a search cluster ({@code search/},
 * text files of {@link SearchDocuments#bulk} lines, with {@code search-mapping.json} beside them).
 * Thread-safe: stateless.
 */
final class CorpusTables {
  /** The index the OpenSearch action lines name. */
  static final String INDEX = "vigie";

  private CorpusTables() {}

  /** What the corpus tables hold. */
  record Counts(long nearDuplicates, long entities, long speakers) {}

  /** Writes the tables under {@code out} (ending with /); {@code search}: null for no export. */
  static Counts write(
      Dataset<Row> articles, String out, List<String> keepApart, SearchDocuments.Engine search) {
    // Independent tables over the same cached articles: written at once, so that one table's
    // driver-side planning and commit overlap another's tasks.
    List<Runnable> writes = new ArrayList<>();
    writes.add(() -> NearDuplicates.write(articles, out + "near_duplicates"));
    writes.add(
        () ->
            NameGroups.entities(articles, keepApart)
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(out + "corpus_entities"));
    writes.add(
        () ->
            NameGroups.speakers(articles)
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(out + "speakers"));
    if (search != null) {
      writes.add(() -> export(articles, out, search));
    }
    ConcurrentWrites.run(writes);
    SparkSession spark = articles.sparkSession();
    return new Counts(
        spark.read().parquet(out + "near_duplicates").count(),
        spark.read().parquet(out + "corpus_entities").count(),
        spark.read().parquet(out + "speakers").count());
  }

  /** The bulk lines, one text part per partition, and the mapping file beside them. */
  static void export(Dataset<Row> articles, String out, SearchDocuments.Engine engine) {
    MapPartitionsFunction<Row, String> lines =
        rows ->
            Streams.of(rows)
                .map(
                    row ->
                        SearchDocuments.bulk(RecordSchema.record(row, Article.class), engine, INDEX)
                            .stripTrailing())
                .iterator();
    articles
        .mapPartitions(lines, Encoders.STRING())
        .write()
        .mode(SaveMode.Overwrite)
        .text(out + "search");
    Path mapping = new Path(out + "search-mapping.json");
    try {
      FileSystem fs =
          mapping.getFileSystem(articles.sparkSession().sparkContext().hadoopConfiguration());
      try (OutputStream file = fs.create(mapping, true)) {
        file.write(SearchDocuments.mapping(engine).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + mapping, e);
    }
  }
}
