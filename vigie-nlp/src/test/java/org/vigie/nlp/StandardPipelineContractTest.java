package org.vigie.nlp;

import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.testing.AnalyzerContract;

/** The analyzer contract on the full standard pipeline, with the real CoreNLP French models. */
class StandardPipelineContractTest extends AnalyzerContract {
  private static final Analyzer ANALYZER = Engines.standard(AnalysisConfig.DEFAULT);

  @Override
  protected Analyzer analyzer() {
    return ANALYZER;
  }
}
