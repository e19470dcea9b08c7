package org.vigie.eval.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * A reference for what word overlap can reach on a headline set: batch average-link (UPGMA)
 * clustering of the store clusterer's TF-IDF vectors, seeing every headline at once, cut at each of
 * several thresholds. Not a competitor (no feed gives all of a day's news at once, and the
 * threshold is chosen on the gold): the gap between it and the online clusterer is what a better
 * algorithm on the same features could still win; the gap to a target above it needs other
 * features.
 */
final class AverageLinkReference {
  private AverageLinkReference() {}

  /**
   * Labels for each threshold of {@code thresholds} (descending order required): merging stops at
   * each one in turn, so one pass gives them all. Average linkage has no inversions, so the cut at
   * a threshold is the clustering where no two clusters average that similar.
   */
  static List<List<String>> cluster(List<String> texts, Analyzer analyzer, double... thresholds) {
    List<Map<String, Double>> v =
        HeadlineVectors.of(texts, analyzer, HeadlineVectors.Weighting.SQUARED_IDF);
    int n = v.size();
    // sum[i][j]: summed similarity between the members of clusters i and j; size[i] members.
    double[][] sum = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sum[i][j] = sum[j][i] = HeadlineVectors.cosine(v.get(i), v.get(j));
      }
    }
    int[] size = new int[n];
    int[] owner = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      owner[i] = i;
      alive[i] = true;
    }
    List<List<String>> cuts = new ArrayList<>();
    for (double threshold : thresholds) {
      while (true) {
        int bi = -1;
        int bj = -1;
        double best = threshold;
        for (int i = 0; i < n; i++) {
          if (!alive[i]) {
            continue;
          }
          for (int j = i + 1; j < n; j++) {
            if (alive[j]) {
              double avg = sum[i][j] / ((double) size[i] * size[j]);
              if (avg >= best) {
                best = avg;
                bi = i;
                bj = j;
              }
            }
          }
        }
        if (bi < 0) {
          break;
        }
        for (int k = 0; k < n; k++) {
          sum[bi][k] += sum[bj][k];
          sum[k][bi] = sum[bi][k];
        }
        size[bi] += size[bj];
        alive[bj] = false;
        for (int k = 0; k < n; k++) {
          if (owner[k] == bj) {
            owner[k] = bi;
          }
        }
      }
      List<String> labels = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        labels.add("c" + owner[k]);
      }
      cuts.add(labels);
    }
    return cuts;
  }
}
