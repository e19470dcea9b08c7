package org.vigie.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.vigie.store.Tokens;
import org.vigie.store.story.StoryClusterer;

/** Unit TF-IDF vectors of a whole set of headlines, IDF counted over the set (batch methods). */
final class HeadlineVectors {
  /** How terms are weighed. */
  enum Weighting {
    /** Raw count × log(N / df): the plain TF-IDF of the baseline. */
    PLAIN,
    /** The store clusterer's weighting ({@link StoryClusterer#termWeight}, default exponent). */
    SQUARED_IDF
  }

  private HeadlineVectors() {}

  static List<Map<String, Double>> of(List<String> texts, Analyzer analyzer, Weighting weighting) {
    int n = texts.size();
    List<Map<String, Double>> counts = new ArrayList<>(n);
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      Map<String, Double> c = new HashMap<>();
      for (String term : Tokens.of(analyzer, t, 10_000)) {
        c.merge(term, 1.0, Double::sum);
      }
      c.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
      counts.add(c);
    }
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (Map<String, Double> c : counts) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> e : c.entrySet()) {
        int d = df.get(e.getKey());
        double w =
            weighting == Weighting.PLAIN
                ? e.getValue() * Math.log((double) n / d)
                : StoryClusterer.termWeight(
                    e.getValue().intValue(), n, d, StoryClusterer.Config.DEFAULT.idfExponent());
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
      vectors.add(v);
    }
    return vectors;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
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
}
