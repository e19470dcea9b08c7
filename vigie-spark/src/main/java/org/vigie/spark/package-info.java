/**
 * Vigie's analysis as an Apache Spark job: the same pipeline as {@code vigie analyze}, over
 * partitioned input on any Hadoop file system, writing the same Article data as Parquet tables.
 *
 * <p>{@link org.vigie.spark.AnalyzeJob} is the entry point. The driver reads the input listing,
 * runs the corpus template pass as a first distributed step and broadcasts what it learnt (as
 * data); each executor builds one {@link org.vigie.analysis.Analyzer} from the configuration's JSON
 * and shares it across its tasks, so the French models load once per executor JVM. Then the corpus
 * level ({@link org.vigie.spark.CorpusTables}): near-duplicates with Spark ML's MinHashLSH over the
 * store's shingles, entities and speakers merged by name keys as a grouping, and the articles as
 * bulk JSON for an OpenSearch or Solr cluster.
 *
 * <p>Memory: the models live in an executor's heap outside the share Spark manages (the job lowers
 * {@code spark.memory.fraction} to 0.4 unless it is set), plus one document in flight per core.
 * Measured ({@code vigie bench --spark}, 124 articles): 1.4 GB of heap at peak in {@code local[1]},
 * 1.7 GB in {@code local[2]}; the tests run driver and a two-core executor in one 3 GB heap. On a
 * cluster give {@code --executor-memory 3g} for two cores per executor and about 0.5 GB more per
 * further core. Task-side readers are one per task; the rest is stateless.
 */
package org.vigie.spark;
