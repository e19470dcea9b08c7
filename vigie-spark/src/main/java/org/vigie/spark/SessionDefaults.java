package org.vigie.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.classic.SparkSession;

/**
 * The Spark settings the job chooses when the user gives none (spark-submit {@code --conf}, or a
 * {@code -Dspark.*} property): what this job's work needs, and, in a local run, what a laptop's few
 * cores should not pay for. The tests' session takes the same, so they run what users run.
 */
final class SessionDefaults {
  private static final String MEMORY_FRACTION = "spark.memory.fraction";

  /** Hadoop's implementation of {@code file:} paths, for the tables written to a local disk. */
  private static final String LOCAL_FILE_SYSTEM = "spark.hadoop.fs.file.impl";

  private static final String PARALLEL_LISTING =
      "spark.sql.sources.parallelPartitionDiscovery.threshold";

  private static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";

  /** Whether expressions are compiled (Spark's default, falling back to interpreted) or not. */
  private static final String CODEGEN_FACTORY = "spark.sql.codegen.factoryMode";

  private SessionDefaults() {}

  /** Sets the job's defaults on {@code builder}; {@code local}: the run is in this one JVM. */
  static void apply(SparkSession.Builder builder, SparkConf given, boolean local) {
    // The French models live outside Spark's managed memory: leave them room.
    setUnlessGiven(builder, given, MEMORY_FRACTION, "0.4");
    setUnlessGiven(builder, given, LOCAL_FILE_SYSTEM, NioLocalFileSystem.class.getName());
    if (!local) {
      return;
    }
    // Over 32 directories, Spark lists input files as a distributed job, one per directory level:
    // on a cluster that spreads a slow store's round trips, in a local run the same JVM lists them
    // anyway, plus a job's scheduling and code generation each time.
    setUnlessGiven(builder, given, PARALLEL_LISTING, String.valueOf(Integer.MAX_VALUE));
    // A row of this job is an article, milliseconds of analysis each, or one of its few dozen
    // items: generating and compiling code for its plans (Janino, then the JIT on the generated
    // classes) costs a local run seconds of CPU and saves nothing it could measure. Spark's
    // interpreted evaluation instead; a cluster, whose executors live longer, keeps Spark's
    // default.
    setUnlessGiven(builder, given, WHOLE_STAGE_CODEGEN, "false");
    setUnlessGiven(builder, given, CODEGEN_FACTORY, "NO_CODEGEN");
  }

  private static void setUnlessGiven(
      SparkSession.Builder builder, SparkConf given, String key, String value) {
    if (!given.contains(key)) {
      builder.config(key, value);
    }
  }
}
