package org.vigie.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall (Bagga and Baldwin 1998; Amigó et al. 2009): for each item, the
 * share of its predicted cluster that shares its gold cluster (precision) and the share of its gold
 * cluster that shares its predicted cluster (recall), averaged over items.
 */
public record BCubed(double precision, double recall) {
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** {@code gold.get(i)} and {@code predicted.get(i)} are item i's cluster labels. */
  public static BCubed score(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size() || gold.isEmpty()) {
      throw new IllegalArgumentException("need two equally long, non-empty labelings");
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < gold.size(); i++) {
      int shared = both.get(gold.get(i) + "\u0000" + predicted.get(i));
      p += shared / (double) predSize.get(predicted.get(i));
      r += shared / (double) goldSize.get(gold.get(i));
    }
    return new BCubed(p / gold.size(), r / gold.size());
  }

  /** Purity: the share of items whose cluster's majority gold label is their own. */
  public static double purity(List<String> gold, List<String> predicted) {
    Map<String, Map<String, Integer>> byCluster = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      byCluster
          .computeIfAbsent(predicted.get(i), k -> new HashMap<>())
          .merge(gold.get(i), 1, Integer::sum);
    }
    long majority = 0;
    for (Map<String, Integer> labels : byCluster.values()) {
      majority += labels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    return majority / (double) gold.size();
  }
}
