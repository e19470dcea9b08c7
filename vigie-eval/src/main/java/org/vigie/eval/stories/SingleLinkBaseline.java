package org.vigie.eval.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The baseline the issue names: plain TF-IDF vectors (IDF over the whole set, raw term counts),
 * cosine similarity, and single-link grouping of every pair above a threshold (connected
 * components). Batch, not online: it sees all headlines at once, which only helps it.
 */
public final class SingleLinkBaseline {
  private SingleLinkBaseline() {}

  public static List<String> cluster(List<String> texts, double threshold, Analyzer analyzer) {
    int n = texts.size();
    List<Map<String, Double>> vectors =
        HeadlineVectors.of(texts, analyzer, HeadlineVectors.Weighting.PLAIN);
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (HeadlineVectors.cosine(vectors.get(i), vectors.get(j)) >= threshold) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    List<String> labels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      labels.add("c" + find(parent, i));
    }
    return labels;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
