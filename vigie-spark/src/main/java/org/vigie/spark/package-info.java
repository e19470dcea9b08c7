/**
 * Vigie's analysis as an Apache Spark job: the same pipeline as {@code vigie analyze}, over
 * partitioned input on any Hadoop file system, writing the same Article data as Parquet tables.
 *
 * <p>{@link org.vigie.spark.AnalyzeJob} is the entry point. The driver reads the input listing,
 * runs the corpus template pass as a first distributed step and broadcasts what it learnt (as
 * data); each executor builds one {@link org.vigie.analysis.Analyzer} from the configuration's JSON
 * and shares it across its tasks, so the French models load once per executor JVM. An executor
 * needs about 2.5 GB of heap for the models and one document per core in flight, plus Spark's own
 * share: give {@code --executor-memory 4g} for up to 2 cores per executor, and about 1 GB more per
 * further core. The classes are thread-safe where they say so; task-side readers are one per task.
 */
package org.vigie.spark;
