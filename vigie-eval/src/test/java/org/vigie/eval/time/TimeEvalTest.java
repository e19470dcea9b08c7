package org.vigie.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.Analyzer;
import org.vigie.model.Timex;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;
import org.vigie.time.TimeExpressionStage;

/**
 * The time stage's targets as thresholds: French TimeBank dev half strict extent F1 ≥ 0.90 and
 * value accuracy ≥ 0.85; seeds value accuracy ≥ 0.90. Skipped when ../shared is absent. HeidelTime
 * is run by {@code vigie eval time}, not here (it takes seconds to start).
 */
class TimeEvalTest {
  private static final Path SHARED = Path.of(System.getProperty("vigie.shared", "../../shared"));

  @Test
  void frenchTimeBankDevHalfMeetsItsTargets() throws Exception {
    Path folder = SHARED.resolve("eval").resolve("ftib-dev");
    assumeTrue(Files.isDirectory(folder), "no French TimeBank at " + folder);
    TimeBankEval.SystemResult result =
        TimeBankEval.vigie(TimeBankEval.read(folder), new TimeExpressionStage());
    System.out.println("French TimeBank dev:" + result.line());
    assertTrue(result.scores().strictF1() >= 0.90, result.line());
    assertTrue(result.scores().valueAccuracy() >= 0.85, result.line());
  }

  @Test
  void seedsMeetTheValueTarget() throws Exception {
    Path seeds = SHARED.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds.resolve("expected")), "no seeds at " + seeds);
    SeedTimexEval.Report report =
        new SeedTimexEval()
            .evaluate(
                seeds,
                Analyzer.cleaningOnly(Engines.frenchLexicon(), RecurringLines.NONE),
                new TimeExpressionStage());
    System.out.println("Seed timexes:\n" + report.render());
    assertTrue(report.accuracy() >= 0.90, report.render());
  }

  @Test
  void timeMlIsReadIntoTextAndOffsets() {
    TimeMl.Annotated a =
        TimeMl.parse(
            "\nIl <EVENT eid=\"e1\">viendra</EVENT> <TIMEX3 tid=\"t2\" type=\"DATE\""
                + " value=\"1999-05-18\">mardi</TIMEX3> &amp; <TIMEX3 tid=\"t3\""
                + " type=\"DURATION\" value=\"P2D\">deux jours</TIMEX3>.");
    assertEquals("\nIl viendra mardi & deux jours.", a.text());
    assertEquals(
        List.of(
            new Timex(12, 17, "mardi", org.vigie.model.TimexType.DATE, "1999-05-18"),
            new Timex(20, 30, "deux jours", org.vigie.model.TimexType.DURATION, "P2D")),
        a.timexes());
  }

  @Test
  void scoresCountStrictRelaxedAndValues() {
    TimexScores scores = new TimexScores();
    Timex gold1 = new Timex(0, 5, "mardi", org.vigie.model.TimexType.DATE, "1999-05-18");
    Timex gold2 = new Timex(10, 20, "deux jours", org.vigie.model.TimexType.DURATION, "P2D");
    Timex pred1 = new Timex(0, 5, "mardi", org.vigie.model.TimexType.DATE, "1999-05-18");
    Timex pred2 = new Timex(14, 20, "jours", org.vigie.model.TimexType.DURATION, "P1D");
    Timex spurious = new Timex(30, 34, "hier", org.vigie.model.TimexType.DATE, "1999-05-17");
    scores.add("d", List.of(gold1, gold2), List.of(pred1, pred2, spurious));
    assertEquals(2.0 * (1 / 3.0) * (1 / 2.0) / (1 / 3.0 + 1 / 2.0), scores.strictF1(), 1e-9);
    assertEquals(2.0 * (2 / 3.0) * (2 / 2.0) / (2 / 3.0 + 1.0), scores.relaxedF1(), 1e-9);
    assertEquals(0.5, scores.valueAccuracy(), 1e-9);
  }
}
