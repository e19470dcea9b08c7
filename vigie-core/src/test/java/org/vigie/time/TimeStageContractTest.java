package org.vigie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.Analyzer;
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Article;
import org.vigie.model.Timex;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Stage;
import org.vigie.testing.AnalyzerContract;
import org.vigie.text.boilerplate.RecurringLines;

/** The shared stage contract on cleaning followed by the time stage. */
class TimeStageContractTest extends AnalyzerContract {
  private static final Analyzer ANALYZER;

  static {
    List<Stage> stages =
        new ArrayList<>(
            Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE).pipeline().stages());
    stages.add(new TimeExpressionStage());
    ANALYZER = new Analyzer(Pipeline.of(stages));
  }

  @Override
  protected Analyzer analyzer() {
    return ANALYZER;
  }

  /** The shared checks do not know timexes yet: theirs are sorted, inside the text, exact. */
  @Test
  void timexSpansLieInsideTheTextAndAreSorted() {
    for (String text : FRENCH) {
      Article article = analyzeOk(text);
      int end = 0;
      for (Timex t : article.timexes()) {
        assertTrue(t.start() >= end && t.end() <= article.text().length(), t.toString());
        assertEquals(article.text().substring(t.start(), t.end()), t.text());
        end = t.end();
      }
    }
    assertFalse(analyzeOk(FRENCH.get(0)).timexes().isEmpty(), "aujourd’hui not found");
  }
}
