package org.vigie.store.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.vigie.store.Tokens;

/**
 * TF-IDF vectors of sentences (the index's French analysis: stop words out, accents folded, light
 * stemming), with document frequencies counted over the sentences given, so that words every
 * sentence of the selection shares ("Libye", "régime") weigh little. Read-only once built.
 */
public final class SentenceVectors {
  private static final int MAX_TERMS = 120;

  private final Analyzer analyzer;
  private final Map<String, Integer> df = new HashMap<>();
  private final int documents;

  public SentenceVectors(Analyzer analyzer, List<String> sentences) {
    this.analyzer = analyzer;
    for (String s : sentences) {
      for (String t : new java.util.HashSet<>(Tokens.of(analyzer, s, MAX_TERMS))) {
        df.merge(t, 1, Integer::sum);
      }
    }
    this.documents = sentences.size();
  }

  /** The unit-length TF-IDF vector of {@code text}. */
  public Map<String, Double> vector(String text) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : Tokens.of(analyzer, text, MAX_TERMS)) {
      tf.merge(t, 1, Integer::sum);
    }
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double idf = Math.log((documents + 1.0) / (df.getOrDefault(e.getKey(), 0) + 1.0)) + 1.0;
      double w = (1 + Math.log(e.getValue())) * idf;
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, w) -> w / n);
    }
    return v;
  }

  /** The cosine of two unit vectors. */
  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  /** The mean of unit vectors, made unit length again. */
  public static Map<String, Double> centroid(List<Map<String, Double>> vectors) {
    Map<String, Double> c = new HashMap<>();
    for (Map<String, Double> v : vectors) {
      v.forEach((k, w) -> c.merge(k, w, Double::sum));
    }
    double norm = Math.sqrt(c.values().stream().mapToDouble(w -> w * w).sum());
    if (norm > 0) {
      c.replaceAll((k, w) -> w / norm);
    }
    return c;
  }
}
