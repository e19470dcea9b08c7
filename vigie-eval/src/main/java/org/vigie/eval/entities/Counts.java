package org.vigie.eval.entities;

/** True positives, false positives and false negatives, with the ratios they give. */
public record Counts(int tp, int fp, int fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
    }
  }

  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  public int gold() {
    return tp + fn;
  }

  public int predicted() {
    return tp + fp;
  }

  public double precision() {
    return predicted() == 0 ? 0 : (double) tp / predicted();
  }

  public double recall() {
    return gold() == 0 ? 0 : (double) tp / gold();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
