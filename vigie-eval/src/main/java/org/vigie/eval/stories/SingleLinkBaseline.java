package org.vigie.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.vigie.store.Tokens;

/**
 * The baseline the issue names: plain TF-IDF vectors (IDF over the whole set, raw term counts),
 * cosine similarity, and single-link grouping of every pair above a threshold (connected
 * components). Batch, not online: it sees all headlines at once, which only helps it.
 */
public final class SingleLinkBaseline {
  private SingleLinkBaseline() {}

  public static List<String> cluster(List<String> texts, double threshold, Analyzer analyzer) {
    int n = texts.size();
    List<Map<String, Double>> tf = new ArrayList<>(n);
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      Map<String, Double> counts = new HashMap<>();
      for (String term : Tokens.of(analyzer, t, 10_000)) {
        counts.merge(term, 1.0, Double::sum);
      }
      counts.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
      tf.add(counts);
    }
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (Map<String, Double> counts : tf) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> e : counts.entrySet()) {
        double w = e.getValue() * Math.log((double) n / df.get(e.getKey()));
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
      vectors.add(v);
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (cosine(vectors.get(i), vectors.get(j)) >= threshold) {
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

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      return cosine(b, a);
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
