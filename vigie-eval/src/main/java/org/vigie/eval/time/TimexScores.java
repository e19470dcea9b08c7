package org.vigie.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.model.Timex;

/**
 * TempEval-3 style scores of predicted against gold time expressions: strict extent (same span) and
 * relaxed extent (overlapping span) precision, recall and F1; value accuracy over the relaxed
 * matches, and value F1 (a match with the right value counts, over gold and predicted counts).
 * Mutable accumulator: one per evaluation run, one thread.
 */
public final class TimexScores {
  private int gold;
  private int predicted;
  private int strict;
  private int relaxed;
  private int valueRight;
  private final List<String> errors = new ArrayList<>();

  /** Scores one document. Each gold timex matches at most one prediction (greedy, by overlap). */
  public void add(String doc, List<Timex> goldTimexes, List<Timex> predictedTimexes) {
    gold += goldTimexes.size();
    predicted += predictedTimexes.size();
    boolean[] used = new boolean[predictedTimexes.size()];
    for (Timex g : goldTimexes) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < predictedTimexes.size(); i++) {
        Timex p = predictedTimexes.get(i);
        int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
        if (!used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        errors.add(String.format(Locale.ROOT, "%s MISSED  %-28s %s", doc, q(g.text()), g.value()));
        continue;
      }
      used[best] = true;
      Timex p = predictedTimexes.get(best);
      relaxed++;
      if (p.start() == g.start() && p.end() == g.end()) {
        strict++;
      } else {
        errors.add(
            String.format(Locale.ROOT, "%s EXTENT  %-28s vs %s", doc, q(g.text()), q(p.text())));
      }
      if (g.value() != null && g.value().equals(p.value())) {
        valueRight++;
      } else {
        errors.add(
            String.format(
                Locale.ROOT, "%s VALUE   %-28s %s vs %s", doc, q(g.text()), g.value(), p.value()));
      }
    }
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        Timex p = predictedTimexes.get(i);
        errors.add(String.format(Locale.ROOT, "%s SPURIOUS %-27s %s", doc, q(p.text()), p.value()));
      }
    }
  }

  private static String q(String s) {
    return "'" + s.replace('\n', ' ') + "'";
  }

  public double strictF1() {
    return f1(strict);
  }

  public double relaxedF1() {
    return f1(relaxed);
  }

  public double strictPrecision() {
    return predicted == 0 ? 0 : (double) strict / predicted;
  }

  public double strictRecall() {
    return gold == 0 ? 0 : (double) strict / gold;
  }

  /** Right values among the gold expressions that were found (relaxed match). */
  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) valueRight / relaxed;
  }

  public double valueF1() {
    return f1(valueRight);
  }

  private double f1(int matched) {
    if (gold == 0 || predicted == 0 || matched == 0) {
      return 0;
    }
    double p = (double) matched / predicted;
    double r = (double) matched / gold;
    return 2 * p * r / (p + r);
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return predicted;
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** One line: the figures in a fixed order. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "strict P %.3f R %.3f F1 %.3f | relaxed F1 %.3f | value acc %.3f, value F1 %.3f"
            + " (gold %d, predicted %d)",
        strictPrecision(),
        strictRecall(),
        strictF1(),
        relaxedF1(),
        valueAccuracy(),
        valueF1(),
        gold,
        predicted);
  }
}
