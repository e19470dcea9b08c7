package org.vigie.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.ingest.RawArticle;
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Article;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Stage;
import org.vigie.text.boilerplate.RecurringLines;
import org.vigie.time.TimeExpressionStage;

/**
 * Issue 22, defect 9: a publication date inferred from the text needs converging evidence. One row
 * per kind of evidence (or its absence), on articles without metadata.
 */
class InferredDateCheckTest {
  private static final Analyzer CLEANING_AND_TIME = analyzer();

  private static Analyzer analyzer() {
    List<Stage> stages =
        new ArrayList<>(Analyzer.cleaningStages(Lexicon.EMPTY, RecurringLines.NONE));
    stages.add(new TimeExpressionStage());
    return new Analyzer(Pipeline.of(stages));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "one old date recalled, nothing else | Le traité fut signé le 14 septembre 2001 à Genève."
            + " Les délégations se sont séparées sans accord et sans calendrier. | null",
        "a date and 'hier' | Le cessez-le-feu a été rompu hier, a indiqué le ministère, qui avait"
            + " déjà signalé des tirs le 2 mars 2011 près de la frontière. | 2011-03-02",
        "two dates of the same week | Des combats ont éclaté le 1er mars 2011 puis de nouveau le"
            + " 3 mars 2011 près de la frontière, selon les observateurs. | 2011-03-03",
        "a date and a weekday after it | Les pourparlers entamés le 28 février 2011 ont repris"
            + " mercredi à Moscou, a annoncé la diplomatie russe. | 2011-03-02",
      })
  void defect09AnInferredDateNeedsConvergingEvidence(String kind, String text, String expected) {
    Article a =
        ((AnalysisOutcome.Analyzed) CLEANING_AND_TIME.analyze(RawArticle.ofText("t", text)))
            .article();
    assertEquals(expected, a.published(), kind + " " + a.diagnostics());
    if (expected == null) {
      assertTrue(a.diagnostics().toString().contains("published-not-inferred"), kind);
    } else {
      assertTrue(a.publishedInferred(), kind);
    }
  }

  @org.junit.jupiter.api.Test
  void defect09RelativeExpressionsAreNotAnchoredOnARejectedEstimate() {
    String text =
        "Le traité fut signé le 14 septembre 2001 à Genève. L'an dernier, les délégations"
            + " s'étaient déjà séparées sans accord, et elles se retrouveront le mois prochain.";
    Article a =
        ((AnalysisOutcome.Analyzed) CLEANING_AND_TIME.analyze(RawArticle.ofText("t", text)))
            .article();
    assertEquals(null, a.published(), a.diagnostics().toString());
    List<org.vigie.model.Timex> relative =
        a.timexes().stream().filter(t -> t.text().chars().noneMatch(Character::isDigit)).toList();
    assertEquals(2, relative.size(), a.timexes().toString());
    for (org.vigie.model.Timex t : relative) {
      // Anchored on the rejected 2001-09-14, these were 2000 and 2001-10.
      assertTrue(t.value() == null || !t.value().matches("[0-9]{4}.*"), t.toString());
    }
    assertTrue(
        a.diagnostics().stream().noneMatch(d -> d.code().equals("timex-inferred-anchor")),
        a.diagnostics().toString());
  }
}
