package org.vigie.nlp;

import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.nlp.corenlp.CoreNlpBackend;
import org.vigie.nlp.lingua.LinguaLanguageIdentifier;

/** Builds the standard {@link Analyzer} over the real backends: CoreNLP French and Lingua. */
public final class Engines {
  private Engines() {}

  public static Analyzer standard(AnalysisConfig config) {
    return Analyzer.standard(
        config, new CoreNlpBackend(), new LinguaLanguageIdentifier(config.language().candidates()));
  }
}
