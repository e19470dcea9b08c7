package org.vigie.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for the tests of this module, as a job would run on two cores. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("vigie-spark-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
              .getOrCreate();
    }
    return session;
  }
}
