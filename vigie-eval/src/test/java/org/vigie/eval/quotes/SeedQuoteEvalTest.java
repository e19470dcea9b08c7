package org.vigie.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.nlp.Engines;

/**
 * The seeds' expected quotes (../shared/seeds/expected) at the targets: recall ≥ 0.97,
 * speaker accuracy ≥ 0.95, precision ≥ 0.85. Skipped when the shared data is absent.
 */
class SeedQuoteEvalTest {
  @Test
  void seedQuotesMeetTheTargets() {
    Path seeds = Path.of(System.getProperty("vigie.shared", "../../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds.resolve("expected")), "no seeds at " + seeds);
    SeedQuoteEval.Report report =
        new SeedQuoteEval().evaluate(seeds, Engines.standard(AnalysisConfig.DEFAULT));
    String rendered = report.render(true);
    System.out.println("Seed quotes:\n" + rendered);
    assertTrue(report.recall() >= 0.97, rendered);
    assertTrue(report.speakerAccuracy() >= 0.95, rendered);
    assertTrue(report.precision() >= 0.85, rendered);
  }
}
