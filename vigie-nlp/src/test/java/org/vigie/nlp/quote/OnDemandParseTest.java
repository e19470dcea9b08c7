package org.vigie.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
          subject before the verb | Le ministre Jean Dupont a déclaré mardi que la trêve tiendrait. « Nous restons vigilants », a-t-il ajouté.
          subject behind a relative clause | Le porte-parole, qui s'exprimait devant la presse à Genève mardi, a déclaré que les pourparlers reprendraient.
          participle hanging on the main clause | La télévision d'État, citant une source militaire, a affirmé que l'armée contrôlait la ville, ajoutant que les combats avaient cessé.
          """)
  void quotesAreThoseOfTheSpeechSelectionWithFewerParses(String rule, String text) {
    Analyzer speech = analyzer(SentenceSelection.SPEECH);
    Analyzer onDemand = analyzer(SentenceSelection.ON_DEMAND);
    Article all = analyze(speech, text);
    Article asked = analyze(onDemand, text);
    assertTrue(!all.quotes().isEmpty(), rule);
    assertEquals(all.quotes(), asked.quotes(), rule);
    assertTrue(parsed(speech) >= 1 && parsed(onDemand) <= parsed(speech), rule);
    long parsedWords = asked.tokens().stream().filter(t -> t.deprel() != null).count();
    assertEquals(parsed(onDemand) == 0, parsedWords == 0, rule);
  }

  @Test
  void aCueWhoseSubjectTheWordPatternsFindIsNotParsed() {
    Analyzer onDemand = analyzer(SentenceSelection.ON_DEMAND);
    Article article =
        analyze(onDemand, "Le ministre Jean Dupont a déclaré mardi que la trêve tiendrait.");
    assertEquals(1, article.quotes().size());
    assertEquals(0, parsed(onDemand));
  }
}
