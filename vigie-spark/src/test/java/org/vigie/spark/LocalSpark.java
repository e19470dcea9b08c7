package org.vigie.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session for the tests of this module, as a job would run on two cores, with
 * the job's local defaults.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      org.apache.spark.sql.classic.SparkSession.Builder builder =
          org.apache.spark.sql.classic.SparkSession.builder()
              .appName("vigie-spark-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
      SessionDefaults.apply(builder, new SparkConf(), true);
      session = builder.getOrCreate();
    }
    return session;
  }
}
