package org.vigie.analysis;

import java.util.List;
import org.vigie.pipeline.Pipeline;
import org.vigie.testing.AnalyzerContract;
import org.vigie.text.TextExtractor;

/** The contract on the stages of this module alone; vigie-nlp runs it on the full pipeline. */
class ExtractionOnlyContractTest extends AnalyzerContract {
  private static final Analyzer ANALYZER = new Analyzer(Pipeline.of(List.of(new TextExtractor())));

  @Override
  protected Analyzer analyzer() {
    return ANALYZER;
  }
}
