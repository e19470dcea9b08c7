package org.vigie.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.RawArticle;
import org.vigie.linguistic.DependencyParseStage;
import org.vigie.linguistic.SentenceSelection;
import org.vigie.model.Article;
import org.vigie.nlp.Engines;

/**
 * Parsing on demand finds the quotes and speakers that parsing every sentence with a speech cue
 * finds, while parsing fewer sentences: only those whose subject the word patterns miss.
 */
class OnDemandParseTest {
  private static Analyzer analyzer(SentenceSelection selection) {
    return Engines.standard(
        AnalysisConfig.DEFAULT.withParse(new DependencyParseStage.Config(selection, 120)));
  }

  private static Article analyze(Analyzer analyzer, String text) {
    return ((AnalysisOutcome.Analyzed) analyzer.analyze(RawArticle.ofText("t", text))).article();
  }

  private static long parsed(Analyzer analyzer) {
    return analyzer.pipeline().stages().stream()
        .filter(DependencyParseStage.class::isInstance)
        .mapToLong(s -> ((DependencyParseStage) s).parsing().sentences())
        .sum();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          subject before the verb: no parse needed | Le ministre Jean Dupont a déclaré mardi que la trêve tiendrait. « Nous restons vigilants », a-t-il ajouté. | 0
          subject behind a relative clause: parsed | Le porte-parole, qui s'exprimait devant la presse à Genève mardi, a déclaré que les pourparlers reprendraient. | 1
          """)
  void quotesAreThoseOfTheSpeechSelection(String rule, String text, int parsedOnDemand) {
    Analyzer speech = analyzer(SentenceSelection.SPEECH);
    Analyzer onDemand = analyzer(SentenceSelection.ON_DEMAND);
    Article all = analyze(speech, text);
    Article asked = analyze(onDemand, text);
    assertTrue(!all.quotes().isEmpty(), rule);
    assertEquals(all.quotes(), asked.quotes(), rule);
    assertEquals(parsedOnDemand, parsed(onDemand), rule);
    assertTrue(parsed(speech) >= 1 && parsed(speech) >= parsedOnDemand, rule);
    List<?> arcs = asked.tokens().stream().filter(t -> t.deprel() != null).toList();
    assertEquals(parsedOnDemand == 0, arcs.isEmpty(), rule);
  }
}
