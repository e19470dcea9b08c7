package org.vigie.pipeline;

import java.util.Set;

/**
 * One step of analysis. A stage is a small final class, stateless and thread-safe once built: the
 * same instance serves every thread of the CLI, the server and each Spark executor. It reads the
 * layers it {@link #requires() requires} and returns exactly the layers it {@link #produces()
 * produces}; the pipeline checks both when it is built and again on every output.
 */
public interface Stage {
  /** A short stable name, used in statistics and failure reports ("extract", "linguistic"). */
  String name();

  Set<Layer<?>> requires();

  Set<Layer<?>> produces();

  /**
   * Analyses one document. Problems in the document are diagnostics in the output; an exception
   * fails this document only.
   */
  StageOutput process(Document document);
}
