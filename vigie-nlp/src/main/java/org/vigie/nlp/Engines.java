package org.vigie.nlp;

import java.util.concurrent.atomic.AtomicBoolean;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.Analyzer;
import org.vigie.geo.Gazetteer;
import org.vigie.lexicon.Lexicon;
import org.vigie.linguistic.SentenceSelection;
import org.vigie.nlp.corenlp.CoreNlpBackend;
import org.vigie.nlp.lexicon.FrenchLexicon;
import org.vigie.nlp.lingua.LinguaLanguageIdentifier;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * Builds the standard {@link Analyzer} over the real backends (CoreNLP French and Lingua) and hands
 * out the shared French lexicon.
 */
public final class Engines {
  private static final AtomicBoolean WARMING = new AtomicBoolean();

  private Engines() {}

  /**
   * Starts loading the models an analyzer with {@code config} will need (French lexicon, gazetteer,
   * CoreNLP's French annotators, and the parser unless parsing is off) on a background thread, once
   * per JVM, and returns at once. A corpus pass that reads documents before the analyzer exists
   * (site templates) calls it first, so that the models load on the core the pass leaves idle
   * instead of after it. The models are JVM-wide singletons: the analyzer built later finds them
   * loaded, or waits for the load under way.
   */
  public static void warmUp(AnalysisConfig config) {
    if (!WARMING.compareAndSet(false, true)) {
      return;
    }
    boolean parser = config.parse().selection() != SentenceSelection.NONE;
    Thread loader =
        new Thread(
            () -> {
              try {
                frenchLexicon();
                Gazetteer.shared();
                CoreNlpBackend.preloadFrench(parser);
              } catch (RuntimeException | Error e) {
                // Left to the analyzer: its first use of the model reports the failure.
              }
            },
            "vigie-model-warm-up");
    loader.setDaemon(true);
    loader.start();
  }

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
