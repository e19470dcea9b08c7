package org.vigie.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** B-cubed on hand-checked labelings (Amigó et al. 2009's examples, small). */
class BCubedTest {
  @Test
  void perfectClusteringScoresOne() {
    BCubed b = BCubed.score(List.of("a", "a", "b"), List.of("x", "x", "y"));
    assertEquals(1.0, b.f1(), 1e-9);
  }

  @Test
  void oneClusterForAllHasFullRecallAndLowPrecision() {
    BCubed b = BCubed.score(List.of("a", "a", "b", "b"), List.of("x", "x", "x", "x"));
    assertEquals(0.5, b.precision(), 1e-9);
    assertEquals(1.0, b.recall(), 1e-9);
  }

  @Test
  void singletonsHaveFullPrecisionAndLowRecall() {
    BCubed b = BCubed.score(List.of("a", "a", "a", "b"), List.of("1", "2", "3", "4"));
    assertEquals(1.0, b.precision(), 1e-9);
    assertEquals((1 / 3.0 * 3 + 1) / 4, b.recall(), 1e-9);
  }

  @Test
  void purityCountsEachClustersMajority() {
    assertEquals(
        0.75, BCubed.purity(List.of("a", "a", "b", "b"), List.of("x", "x", "x", "y")), 1e-9);
  }
}
