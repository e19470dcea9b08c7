package org.vigie.eval.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timeline scores on small cases whose value follows from the definitions. */
class TimelineRougeTest {
  private static final LocalDate D1 = LocalDate.parse("2011-03-19");
  private static final LocalDate D2 = LocalDate.parse("2011-03-20");
  private static final String STRIKES = "Les premières frappes de la coalition visent Tripoli.";
  private static final String TALKS = "Les ministres se réunissent à Londres pour une conférence.";

  private static ReferenceTimeline reference() {
    return new ReferenceTimeline(Map.of(D1, List.of(STRIKES), D2, List.of(TALKS)));
  }

  @Test
  void theReferenceItselfScoresOne() {
    TimelineRouge.Scores s = TimelineRouge.score(reference().days(), reference());
    assertEquals(1.0, s.dateF1(), 1e-9);
    assertEquals(1.0, s.ar1(), 1e-9);
    assertEquals(1.0, s.ar2(), 1e-9);
  }

  @Test
  void theRightTextOneDayOffWeighsHalf() {
    TimelineRouge.Scores s =
        TimelineRouge.score(
            Map.of(D2, List.of(STRIKES)), new ReferenceTimeline(Map.of(D1, List.of(STRIKES))));
    assertEquals(0.0, s.dateF1(), 1e-9);
    assertEquals(0.5, s.ar1(), 1e-9);
  }

  @Test
  void theRightDaysWithOtherWordsScoreOnlyOnDates() {
    TimelineRouge.Scores s =
        TimelineRouge.score(
            Map.of(D1, List.of("Aucun mot commun ici."), D2, List.of("Rien non plus.")),
            reference());
    assertEquals(1.0, s.dateF1(), 1e-9);
    assertEquals(0.0, s.ar1(), 1e-9);
  }

  @Test
  void halfTheDaysGiveADateF1OfTwoThirds() {
    assertEquals(
        2.0 / 3, TimelineRouge.dateF1(java.util.Set.of(D1), reference().days().keySet()), 1e-9);
  }
}
