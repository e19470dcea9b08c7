package org.vigie.eval.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.vigie.store.FrenchIndexAnalyzer;
import org.vigie.store.Tokens;

/**
 * Timeline scores as the timeline-summarisation literature computes them (news-tls with tilse,
 * Martschat and Markert 2017): Date-F1 over the days chosen, and alignment-based ROUGE-N ("align+
 * m:1", reported as AR1-F and AR2-F): each predicted day is aligned with the reference day of least
 * cost, cost = date distance factor × (1 − approximate ROUGE-1 of the two days' text), and so for
 * recall the other way round; aligned days' n-gram hits are weighted by 1 / (1 + days apart),
 * unaligned days count with no hits. ROUGE counts are ROUGE-1.5.5's raw counts (-t 2) over each
 * day's sentences taken as one text, with stop words removed and stemming (tilse runs ROUGE with -m
 * -s); the words are French, so the French stop words and light stemmer of the index stand in for
 * ROUGE's English ones. Stateless.
 */
public final class TimelineRouge {
  private static final Analyzer ANALYZER = new FrenchIndexAnalyzer();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int MAX_TERMS = 100_000;

  private TimelineRouge() {}

  /** The scores of one timeline against its reference. */
  public record Scores(double dateF1, double ar1, double ar2) {}

  /** Scores {@code predicted} (day → sentences) against the reference. */
  public static Scores score(Map<LocalDate, List<String>> predicted, ReferenceTimeline reference) {
    return new Scores(
        dateF1(predicted.keySet(), reference.days().keySet()),
        align(predicted, reference.days(), 1),
        align(predicted, reference.days(), 2));
  }

  static double dateF1(Set<LocalDate> predicted, Set<LocalDate> reference) {
    Set<LocalDate> common = new HashSet<>(predicted);
    common.retainAll(reference);
    double p = predicted.isEmpty() ? 0 : (double) common.size() / predicted.size();
    double r = reference.isEmpty() ? 0 : (double) common.size() / reference.size();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Alignment-based ROUGE-N F1, many-to-one, date and content costs. */
  static double align(
      Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> reference, int n) {
    List<LocalDate> pred = new ArrayList<>(new java.util.TreeSet<>(predicted.keySet()));
    List<LocalDate> ref = new ArrayList<>(new java.util.TreeSet<>(reference.keySet()));
    Map<LocalDate, List<String>> predGrams = new HashMap<>();
    Map<LocalDate, List<String>> refGrams = new HashMap<>();
    pred.forEach(d -> predGrams.put(d, grams(predicted.get(d), n)));
    ref.forEach(d -> refGrams.put(d, grams(reference.get(d), n)));
    Map<LocalDate, Map<String, Integer>> predWords = new HashMap<>();
    Map<LocalDate, Map<String, Integer>> refWords = new HashMap<>();
    pred.forEach(d -> predWords.put(d, counts(words(predicted.get(d)))));
    ref.forEach(d -> refWords.put(d, counts(words(reference.get(d)))));
    double precNum = 0;
    double precDen = 0;
    for (LocalDate p : pred) {
      LocalDate r = ref.isEmpty() ? null : cheapest(p, ref, predWords.get(p), refWords, true);
      List<String> peer = predGrams.get(p);
      precDen += peer.size();
      if (r != null) {
        precNum += weight(p, r) * hits(peer, refGrams.get(r));
      }
    }
    double recNum = 0;
    double recDen = 0;
    for (LocalDate r : ref) {
      LocalDate p = pred.isEmpty() ? null : cheapest(r, pred, refWords.get(r), predWords, false);
      List<String> model = refGrams.get(r);
      recDen += model.size();
      if (p != null) {
        recNum += weight(p, r) * hits(predGrams.get(p), model);
      }
    }
    double prec = precDen == 0 ? 0 : precNum / precDen;
    double rec = recDen == 0 ? 0 : recNum / recDen;
    return prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
  }

  private static double weight(LocalDate a, LocalDate b) {
    return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
  }

  /**
   * The day of {@code others} of least cost for {@code day} (first of equals, as numpy's argmin);
   * {@code dayIsPredicted} says which side the approximate ROUGE-1 is computed from.
   */
  private static LocalDate cheapest(
      LocalDate day,
      List<LocalDate> others,
      Map<String, Integer> dayText,
      Map<LocalDate, Map<String, Integer>> otherTexts,
      boolean dayIsPredicted) {
    LocalDate best = null;
    double bestCost = Double.MAX_VALUE;
    for (LocalDate o : others) {
      double dateFactor = 1 - weight(day, o);
      double content =
          dayIsPredicted
              ? approximateRouge1(dayText, otherTexts.get(o))
              : approximateRouge1(otherTexts.get(o), dayText);
      double cost = dateFactor * (1 - content);
      if (cost < bestCost) {
        bestCost = cost;
        best = o;
      }
    }
    return best;
  }

  /** tilse's approximation of ROUGE-1 F1 (white-space words, no stemming), for alignment costs. */
  static double approximateRouge1(Map<String, Integer> p, Map<String, Integer> r) {
    int match = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      match += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    int pTotal = p.values().stream().mapToInt(Integer::intValue).sum();
    int rTotal = r.values().stream().mapToInt(Integer::intValue).sum();
    double prec = pTotal == 0 ? 0 : (double) match / pTotal;
    double rec = rTotal == 0 ? 0 : (double) match / rTotal;
    return prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
  }

  private static List<String> words(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The n-grams of a day's text: its sentences as one stream of stemmed content words. */
  static List<String> grams(List<String> sentences, int n) {
    List<String> terms = Tokens.of(ANALYZER, String.join(" ", sentences), MAX_TERMS);
    List<String> out = new ArrayList<>();
    for (int i = 0; i + n <= terms.size(); i++) {
      out.add(String.join(" ", terms.subList(i, i + n)));
    }
    return out;
  }

  /** Clipped n-gram hits of a peer against a model. */
  static int hits(List<String> peer, List<String> model) {
    Map<String, Integer> m = counts(model);
    int hits = 0;
    for (Map.Entry<String, Integer> e : counts(peer).entrySet()) {
      hits += Math.min(e.getValue(), m.getOrDefault(e.getKey(), 0));
    }
    return hits;
  }

  private static Map<String, Integer> counts(List<String> items) {
    Map<String, Integer> c = new HashMap<>();
    items.forEach(i -> c.merge(i, 1, Integer::sum));
    return c;
  }
}
