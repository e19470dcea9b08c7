package org.vigie.eval.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.Analyzer;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The seeds' expected cleaning (../shared/seeds/expected): every listed boilerplate snippet gone,
 * no content snippet lost, titles, dates, datelines and outlets right, every glued word repaired,
 * every damaged span flagged. Skipped when the shared data is absent.
 */
class SeedCleaningEvalTest {
  @Test
  void seedsAreCleanedAsExpected() {
    Path seeds = Path.of(System.getProperty("vigie.shared", "../../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds.resolve("expected")), "no seeds at " + seeds);
    SeedCleaningEval.Report report =
        new SeedCleaningEval()
            .evaluate(seeds, Analyzer.cleaningOnly(Engines.frenchLexicon(), RecurringLines.NONE));
    System.out.println("Seed cleaning:\n" + report.render());
    for (String kind :
        new String[] {
          "boilerplate", "content", "title", "published", "dateline", "outlet", "repair", "damage"
        }) {
      assertEquals(report.total(kind), report.passed(kind), kind + "\n" + report.render());
    }
  }
}
