package org.vigie.spark;

import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;

/**
 * One analysis outcome as one row, from which every output table is cut: {@code location}, the
 * article's {@code id}, its publication {@code month} (the partition key: {@code 2020-10}, or
 * {@code unknown}), the {@code article} as a struct of the CONTRACT fields (Parquet output) or its
 * CONTRACT {@code json} line (JSON Lines output), and for a failure its {@code stage} and {@code
 * reason}. Thread-safe: stateless.
 */
final class OutcomeRows {
  static final String UNKNOWN_MONTH = "unknown";
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  static final StructType SCHEMA =
      new StructType()
          .add("location", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, true)
          .add("month", DataTypes.StringType, false)
          .add("article", RecordSchema.of(Article.class), true)
          .add("json", DataTypes.StringType, true)
          .add("stage", DataTypes.StringType, true)
          .add("reason", DataTypes.StringType, true);

  private OutcomeRows() {}

  /** The row of one outcome; the article as JSON when {@code json}, else as a struct. */
  static Row of(AnalysisOutcome outcome, boolean json) {
    if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
      Article article = analyzed.article();
      return RowFactory.create(
          analyzed.location(),
          article.id(),
          month(article.published()),
          json ? null : RecordSchema.row(article),
          json ? ArticleJson.line(article) : null,
          null,
          null);
    }
    AnalysisOutcome.Failed failed = (AnalysisOutcome.Failed) outcome;
    return RowFactory.create(
        failed.location(), failed.id(), UNKNOWN_MONTH, null, null, failed.stage(), failed.reason());
  }

  /** {@code 2020-10} of {@code 2020-10-30T06:00+01:00}; partial or absent dates are unknown. */
  static String month(String published) {
    if (published == null || published.length() < 7) {
      return UNKNOWN_MONTH;
    }
    String head = published.substring(0, 7);
    return MONTH.matcher(head).matches() ? head : UNKNOWN_MONTH;
  }
}
