package org.vigie.spark;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.RawArticle;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The corpus template pass as the job's first distributed step: every task reads its documents'
 * blocks (no linguistic analysis) and emits each document's distinct line keys ({@link
 * RecurringLines#lineKeys}, what the CLI's one-machine pass counts) plus one marker per document;
 * Spark counts them by key, and only the keys seen in two documents or more come back to the
 * driver, to be broadcast to the analysis. The same table as {@code vigie analyze}'s pass over the
 * same documents.
 */
final class TemplatePass {
  private static final StructType KEYS = new StructType().add("key", DataTypes.LongType, true);

  private TemplatePass() {}

  static TemplateLines learn(Dataset<Row> documents, long maxBytes) {
    return learn(documents, maxBytes, null);
  }

  /**
   * Counts the documents' line keys. With a configuration ({@code configJson} not null), each task
   * first starts its executor's model loading for the analysis that follows ({@link
   * Engines#warmUp}), so that the models load while this pass reads.
   */
  static TemplateLines learn(Dataset<Row> documents, long maxBytes, String configJson) {
    MapPartitionsFunction<Row, Row> keysOf =
        rows -> {
          if (configJson != null) {
            Engines.warmUp(AnalysisConfig.fromJson(configJson));
          }
          DocumentReader reader = new DocumentReader(maxBytes);
          CorpusLearner learner = new CorpusLearner();
          return Streams.of(rows)
              .flatMap(row -> Streams.of(reader.items(row)))
              .filter(RawArticle.class::isInstance)
              .flatMap(
                  item ->
                      learner
                          .blockTexts((RawArticle) item)
                          .map(TemplatePass::keyRows)
                          .orElse(Stream.empty()))
              .iterator();
        };
    List<Row> counted =
        documents
            .mapPartitions(keysOf, Encoders.row(KEYS))
            .groupBy("key")
            .count()
            .filter(col("count").geq(2).or(col("key").isNull()))
            .collectAsList();
    Map<Long, Integer> documentsWith = new HashMap<>();
    int documentCount = 0;
    for (Row row : counted) {
      int count = Math.toIntExact(row.getLong(1));
      if (row.isNullAt(0)) {
        documentCount = count;
      } else {
        documentsWith.put(row.getLong(0), count);
      }
    }
    return new TemplateLines(documentsWith, documentCount);
  }

  /** A document's line keys and its marker (a null key: counting them counts documents). */
  private static Stream<Row> keyRows(List<String> lines) {
    Iterator<Long> keys = RecurringLines.lineKeys(lines).iterator();
    return Stream.concat(
        Stream.of(RowFactory.create((Object) null)),
        Streams.of(keys).map(key -> RowFactory.create(key)));
  }
}
