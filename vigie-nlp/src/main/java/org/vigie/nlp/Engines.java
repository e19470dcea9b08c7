package org.vigie.nlp;

import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.lexicon.Lexicon;
import org.vigie.nlp.corenlp.CoreNlpBackend;
import org.vigie.nlp.lexicon.FrenchLexicon;
import org.vigie.nlp.lingua.LinguaLanguageIdentifier;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * Builds the standard {@link Analyzer} over the real backends (CoreNLP French and Lingua) and hands
 * out the shared French lexicon.
 */
public final class Engines {
  private Engines() {}

  public static Analyzer standard(AnalysisConfig config) {
    return standard(config, RecurringLines.NONE);
  }

  /** The standard analyzer with the template lines learnt by a first pass over the corpus. */
  public static Analyzer standard(AnalysisConfig config, RecurringLines recurring) {
    return Analyzer.standard(
        config,
        new CoreNlpBackend(),
        new LinguaLanguageIdentifier(config.language().candidates()),
        frenchLexicon(),
        recurring);
  }

  /**
   * The French word-form lexicon (LanguageTool french-pos-dict), shared by the whole JVM and read
   * on first use.
   */
  public static Lexicon frenchLexicon() {
    return FrenchLexicon.instance();
  }
}
