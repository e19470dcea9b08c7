package org.vigie.eval.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two fixed folds of a French TimeBank folder, for cross-validation: the documents sorted by id
 * (the file name without {@code .tml}), the 1st, 3rd, 5th... in fold A and the 2nd, 4th... in fold
 * B. Fixed by name alone, so every run and every developer sees the same folds; alternating along
 * the sorted names spreads the dates (the ids start with them) evenly over both. One develops on
 * one fold (reads its errors) and reports the other, then swaps. Immutable.
 */
public record TimeBankFolds(List<TimeBankDocument> a, List<TimeBankDocument> b) {
  /** A fold's name. */
  public enum Fold {
    A,
    B;

    /** The other fold: the one held out while tuning on this one. */
    public Fold other() {
      return this == A ? B : A;
    }
  }

  public TimeBankFolds {
    a = List.copyOf(a);
    b = List.copyOf(b);
  }

  /** Splits {@code docs} into the two folds. */
  public static TimeBankFolds of(List<TimeBankDocument> docs) {
    List<TimeBankDocument> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(TimeBankDocument::id));
    List<TimeBankDocument> a = new ArrayList<>();
    List<TimeBankDocument> b = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      (i % 2 == 0 ? a : b).add(sorted.get(i));
    }
    return new TimeBankFolds(a, b);
  }

  /** The documents of {@code fold}. */
  public List<TimeBankDocument> get(Fold fold) {
    return fold == Fold.A ? a : b;
  }
}
