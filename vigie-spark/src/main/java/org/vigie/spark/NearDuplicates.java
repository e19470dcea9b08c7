package org.vigie.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigie.store.ArticleShingles;
import org.vigie.store.dedup.DuplicateIndex;
import org.vigie.store.dedup.MinHasher;

/**
 * Near-duplicates of a corpus with Spark ML's {@link MinHashLSH}, over the shingles the store
 * compares ({@link ArticleShingles}: same terms, same {@value MinHasher#SHINGLE}-term shingles,
 * same Jaccard threshold {@link DuplicateIndex#THRESHOLD}). The model gives each article {@value
 * MinHasher#SLOTS} min-hashes, banded as the store bands them ({@link DuplicateIndex#BANDS} bands
 * of {@link DuplicateIndex#ROWS}): two articles are candidates when a whole band agrees. Spark's
 * own {@code approxSimilarityJoin} ORs single hashes, so with n tables two unrelated articles
 * sharing 1 % of their shingles meet with probability 1 − 0.99ⁿ: quadratic on a large corpus; a
 * band of four makes that 10⁻⁸. Candidates are then scored by the exact Jaccard of their shingle
 * sets.
 *
 * <p>Table {@code near_duplicates}: {@code id}, {@code duplicate_of} (its earliest near-duplicate,
 * by publication date then id, so every copy of a dispatch points at one original), {@code
 * jaccard}. Articles with fewer than {@value MinHasher#MIN_TERMS} terms are not compared, as in the
 * store.
 */
final class NearDuplicates {
  /** Shingle hashes fold into this many features: below MinHashLSH's prime (2038074743). */
  private static final int FEATURES = 1 << 30;

  /** Fixed so that two runs over one corpus find the same pairs. */
  private static final long SEED = 20_201_030L;

  private static final StructType SHINGLED =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("published", DataTypes.StringType, true)
          .add("features", SQLDataTypes.VectorType(), false);

  static final StructType TABLE =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("duplicate_of", DataTypes.StringType, false)
          .add("jaccard", DataTypes.DoubleType, false);

  private static final StructType SCORED =
      new StructType()
          .add("a", DataTypes.StringType)
          .add("a_published", DataTypes.StringType)
          .add("b", DataTypes.StringType)
          .add("b_published", DataTypes.StringType)
          .add("jaccard", DataTypes.DoubleType);

  private static final StructType BAND =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("band", DataTypes.IntegerType, false)
          .add("key", DataTypes.LongType, false);

  private NearDuplicates() {}

  /** Writes the near-duplicates among {@code articles} (the articles table's columns) at path. */
  static void write(Dataset<Row> articles, String path) {
    FlatMapFunction<Row, Row> shingle =
        row -> {
          long[] hashes = ArticleShingles.hashes(row.getString(2), row.getString(3));
          if (hashes == null) {
            return List.<Row>of().iterator();
          }
          return List.of(RowFactory.create(row.getString(0), row.getString(1), features(hashes)))
              .iterator();
        };
    Dataset<Row> shingled =
        articles
            .select(col("id"), col("published"), col("title"), col("text"))
            .flatMap(shingle, Encoders.row(SHINGLED))
            .cache();
    try {
      Dataset<Row> table;
      if (shingled.isEmpty()) {
        // MinHashLSH learns the feature count from a first row: none, no model, no pairs.
        table = articles.sparkSession().createDataFrame(List.of(), TABLE);
      } else {
        table = pairs(shingled);
      }
      table.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    } finally {
      shingled.unpersist();
    }
  }

  /** The copies among the shingled articles, each with its original. */
  private static Dataset<Row> pairs(Dataset<Row> shingled) {
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(MinHasher.SLOTS)
            .setSeed(SEED)
            .setInputCol("features")
            .setOutputCol("hashes")
            .fit(shingled);
    FlatMapFunction<Row, Row> band = NearDuplicates::bands;
    Dataset<Row> bands =
        model
            .transform(shingled)
            .select(col("id"), col("hashes"))
            .flatMap(band, Encoders.row(BAND));
    Dataset<Row> pairs =
        bands
            .as("a")
            .join(
                bands.as("b"),
                col("a.band")
                    .equalTo(col("b.band"))
                    .and(col("a.key").equalTo(col("b.key")))
                    .and(col("a.id").lt(col("b.id"))))
            .select(col("a.id").as("a"), col("b.id").as("b"))
            .distinct();
    Dataset<Row> scored =
        pairs
            .join(shingled.toDF("a", "a_published", "a_features"), "a")
            .join(shingled.toDF("b", "b_published", "b_features"), "b")
            .map(
                (MapFunction<Row, Row>)
                    row ->
                        RowFactory.create(
                            row.getAs("a"),
                            row.getAs("a_published"),
                            row.getAs("b"),
                            row.getAs("b_published"),
                            jaccard(row.getAs("a_features"), row.getAs("b_features"))),
                Encoders.row(SCORED))
            .filter(col("jaccard").geq(DuplicateIndex.THRESHOLD));
    // Each pair both ways; an article's original is its earliest partner that precedes it.
    Dataset<Row> directed =
        scored
            .select(
                col("b").as("id"),
                order(col("b_published"), col("b")).as("self"),
                order(col("a_published"), col("a")).as("other"),
                col("a").as("partner"),
                col("jaccard"))
            .unionByName(
                scored.select(
                    col("a").as("id"),
                    order(col("a_published"), col("a")).as("self"),
                    order(col("b_published"), col("b")).as("other"),
                    col("b").as("partner"),
                    col("jaccard")));
    return directed
        .filter(col("other").lt(col("self")))
        .groupBy(col("id"))
        .agg(min(struct(col("other"), col("partner"), col("jaccard"))).as("first"))
        .select(
            col("id"), col("first.partner").as("duplicate_of"), col("first.jaccard").as("jaccard"));
  }

  /** Publication date then id, as one sortable string; an undated article sorts last. */
  private static Column order(Column published, Column id) {
    return concat(coalesce(published, lit("~")), lit("\t"), id);
  }

  /** The shingle set as a binary sparse vector (MinHashLSH reads the non-zero indices). */
  static Vector features(long[] hashes) {
    int[] indices = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      indices[i] = (int) Math.floorMod(hashes[i], (long) FEATURES);
    }
    indices = Arrays.stream(indices).sorted().distinct().toArray();
    double[] ones = new double[indices.length];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(FEATURES, indices, ones);
  }

  /** One row per band: its number and the hash of its {@link DuplicateIndex#ROWS} min-hashes. */
  private static Iterator<Row> bands(Row row) {
    List<Vector> hashes = row.getList(1);
    List<Row> out = new ArrayList<>(DuplicateIndex.BANDS);
    for (int b = 0; b < DuplicateIndex.BANDS; b++) {
      long key = b;
      for (int r = b * DuplicateIndex.ROWS; r < (b + 1) * DuplicateIndex.ROWS; r++) {
        key = key * 0x100000001b3L + (long) hashes.get(r).apply(0);
      }
      out.add(RowFactory.create(row.getString(0), b, key));
    }
    return out.iterator();
  }

  /** Exact Jaccard of two shingle sets (sorted distinct indices). */
  static double jaccard(Vector a, Vector b) {
    int[] x = ((SparseVector) a).indices();
    int[] y = ((SparseVector) b).indices();
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - shared;
    return union == 0 ? 0 : shared / (double) union;
  }
}
