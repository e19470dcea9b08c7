package org.vigie.spark;

import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.nlp.Engines;

/**
 * The one {@link Analyzer} of an executor JVM, built lazily by the first task that needs it and
 * shared by every task after it (the Analyzer is thread-safe): the French models load once per
 * executor, not once per task or partition. Built from data only — the configuration's JSON and the
 * broadcast template lines — so no stage object is ever serialized. A later job with another
 * configuration or other template lines replaces it.
 */
final class ExecutorAnalyzer {
  private static String builtFor;
  private static Analyzer analyzer;

  private ExecutorAnalyzer() {}

  /** The executor's analyzer for this configuration and these template lines. */
  static synchronized Analyzer get(String configJson, long templatesId, TemplateLines templates) {
    String key = templatesId + "\n" + configJson;
    if (analyzer == null || !key.equals(builtFor)) {
      analyzer = Engines.standard(AnalysisConfig.fromJson(configJson), templates.recurringLines());
      builtFor = key;
    }
    return analyzer;
  }
}
