package org.vigie.eval.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.store.timeline.DatedSentence;
import org.vigie.store.timeline.TimelineBuilder;

class TimelineEvalTest {
  private static final LocalDate D1 = LocalDate.of(2011, 3, 19);
  private static final LocalDate D2 = LocalDate.of(2011, 3, 20);
  private static final LocalDate D3 = LocalDate.of(2011, 3, 21);
  private static final LocalDate D4 = LocalDate.of(2011, 3, 22);

  private static DatedSentence on(LocalDate day) {
    return new DatedSentence(
        "a",
        "outlet",
        day,
        day,
        DatedSentence.DateSource.MENTIONED,
        "Des frappes aériennes ont visé la ville ce jour-là.",
        0,
        10,
        0,
        List.of());
  }

  @Test
  void ceilingChoosesEveryReferenceDayTheSentencesDate() {
    // Two of the three reference days are dated by some sentence; three days are chosen.
    TimelineBuilder.Config config = new TimelineBuilder.Config(3, 1, null, null);
    double ceiling =
        TimelineEval.dateCeiling(
            List.of(on(D1), on(D2), on(D4), on(D4)), config, Set.of(D1, D2, D3));
    assertEquals(2.0 / 3, ceiling, 1e-9);
  }

  @Test
  void ceilingIsShorterWhenTheSentencesDateFewerDaysThanAsked() {
    // One candidate day, a hit: precision 1, recall 1/3.
    TimelineBuilder.Config config = new TimelineBuilder.Config(3, 1, null, null);
    double ceiling = TimelineEval.dateCeiling(List.of(on(D1)), config, Set.of(D1, D2, D3));
    assertEquals(0.5, ceiling, 1e-9);
  }

  @Test
  void ceilingIsZeroWithoutDatedSentences() {
    TimelineBuilder.Config config = new TimelineBuilder.Config(3, 1, null, null);
    assertEquals(0, TimelineEval.dateCeiling(List.of(), config, Set.of(D1)), 1e-9);
  }
}
