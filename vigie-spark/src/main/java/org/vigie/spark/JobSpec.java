package org.vigie.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.vigie.store.export.SearchDocuments;

/**
 * What one run of the job does, as plain data: the input paths (any Hadoop file system URI or local
 * path), the output directory, the output format, the analysis configuration as a JSON string (the
 * form shipped to executors, never stage objects), the largest document accepted, whether the
 * corpus template pass runs, how many partitions the analysis is split into (0: four per core of
 * the cluster), whether the corpus tables are written (near-duplicates, corpus entities, speakers;
 * Parquet output only), the names never merged with another entity, and the search engine to export
 * bulk JSON for (null: none).
 */
record JobSpec(
    List<String> inputs,
    String out,
    OutputFormat format,
    String configJson,
    long maxBytes,
    boolean corpusPass,
    int partitions,
    boolean corpusTables,
    List<String> keepApart,
    SearchDocuments.Engine search)
    implements Serializable {
  /** How the tables are written. */
  enum OutputFormat {
    /** Parquet tables: articles, quotes, entities, timexes, events, unassertedEvents, failures. */
    parquet,
    /** The articles as CONTRACT JSON Lines (one text table), failures as JSON. */
    jsonl
  }

  /** The analysis alone: no corpus tables, no export. */
  JobSpec(
      List<String> inputs,
      String out,
      OutputFormat format,
      String configJson,
      long maxBytes,
      boolean corpusPass,
      int partitions) {
    this(inputs, out, format, configJson, maxBytes, corpusPass, partitions, false, List.of(), null);
  }

  JobSpec {
    inputs = List.copyOf(inputs);
    keepApart = List.copyOf(keepApart);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(configJson, "configJson");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input path");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be >= 0: " + partitions);
    }
  }
}
