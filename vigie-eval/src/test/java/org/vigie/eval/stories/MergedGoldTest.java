package org.vigie.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergedGoldTest {
  @Test
  void storiesSharingAHeadlineBecomeOneAndOthersStayApart() {
    List<Headline> headlines =
        List.of(
            new Headline("h0", "economie/9", "L'UFC-Que Choisir attaque Google - LCI"),
            new Headline("h1", "economie/9", "Google au tribunal"),
            new Headline("h2", "homepage/11", "L'UFC-Que Choisir attaque Google – LCI"),
            new Headline("h3", "homepage/11", "L'UFC-Que choisir lance une action de groupe"),
            new Headline("h4", "sports/2", "Euro Espoirs : la France en demi-finale"),
            new Headline("h5", "sports/3", "Euro Espoirs : la France échoue"));
    List<String> merged = StoryEval.mergedGold(headlines);
    assertEquals(merged.get(0), merged.get(1));
    assertEquals(merged.get(0), merged.get(2));
    assertEquals(merged.get(0), merged.get(3));
    assertEquals("sports/2", merged.get(4));
    assertEquals("sports/3", merged.get(5));
  }
}
