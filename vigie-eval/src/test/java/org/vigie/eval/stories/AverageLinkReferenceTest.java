package org.vigie.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.store.FrenchIndexAnalyzer;

class AverageLinkReferenceTest {
  @Test
  void eachCutGroupsWhatAveragesAboveItsThreshold() {
    List<String> texts =
        List.of(
            "Xiaomi renonce au Mi Max cette année",
            "Pas de nouveau Mi Max chez Xiaomi",
            "Thomas Pesquet et le tourisme spatial",
            "Lettre à Thomas Pesquet sur le tourisme spatial",
            "La canicule frappe le festival Garorock");
    List<List<String>> cuts =
        AverageLinkReference.cluster(texts, new FrenchIndexAnalyzer(), 0.99, 0.2, 0.01);
    assertEquals(3, cuts.size());
    assertEquals(5, cuts.get(0).stream().distinct().count());
    List<String> mid = cuts.get(1);
    assertEquals(mid.get(0), mid.get(1));
    assertEquals(mid.get(2), mid.get(3));
    assertNotEquals(mid.get(0), mid.get(2));
    assertNotEquals(mid.get(4), mid.get(0));
    assertNotEquals(mid.get(4), mid.get(2));
    // Headlines sharing no word never average above zero: the last cut still has three stories.
    assertEquals(3, cuts.get(2).stream().distinct().count());
  }
}
