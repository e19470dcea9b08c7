package org.vigie.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two fixed folds: alternate documents of the list sorted by id, whatever the input order. */
class TimeBankFoldsTest {
  private static TimeBankDocument doc(String id) {
    return new TimeBankDocument(id, "2002-01-01", "texte", List.of());
  }

  @Test
  void foldsAlternateAlongTheSortedIds() {
    TimeBankFolds folds =
        TimeBankFolds.of(List.of(doc("c"), doc("a"), doc("e"), doc("b"), doc("d")));
    assertEquals(List.of("a", "c", "e"), folds.a().stream().map(TimeBankDocument::id).toList());
    assertEquals(
        List.of("b", "d"),
        folds.get(TimeBankFolds.Fold.B).stream().map(TimeBankDocument::id).toList());
    assertEquals(TimeBankFolds.Fold.B, TimeBankFolds.Fold.A.other());
  }
}
