package org.vigie.analysis;

import org.vigie.lexicon.Lexicon;
import org.vigie.testing.AnalyzerContract;
import org.vigie.text.boilerplate.RecurringLines;

/** The contract on the cleaning stages of this module alone; vigie-nlp runs the full pipeline. */
class ExtractionOnlyContractTest extends AnalyzerContract {
  private static final Analyzer ANALYZER =
      Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE);

  @Override
  protected Analyzer analyzer() {
    return ANALYZER;
  }
}
