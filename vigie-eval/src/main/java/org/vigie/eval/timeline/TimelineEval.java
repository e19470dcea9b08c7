package org.vigie.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.vigie.model.Article;
import org.vigie.model.Timex;
import org.vigie.store.FrenchIndexAnalyzer;
import org.vigie.store.timeline.DatedSentence;
import org.vigie.store.timeline.Timeline;
import org.vigie.store.timeline.TimelineBuilder;

/**
 * Timeline summarisation on ML-Crisis: for one topic's articles and its human reference timeline,
 * Vigie's timeline and two baselines built in the same run with the same length (the reference's
 * number of days, its mean sentences per day) and period (the reference's first to last day), as
 * news-tls evaluates: a date-wise baseline (days ranked by how many sentences name them, each day's
 * sentences by centrality alone) and random days with random sentences (fixed seed).
 */
public final class TimelineEval {
  private static final long RANDOM_SEED = 20110315L;

  private TimelineEval() {}

  /** The three systems' scores on one topic. */
  public record TopicResult(
      String topic,
      int articles,
      int referenceDays,
      int linesPerDay,
      TimelineRouge.Scores vigie,
      TimelineRouge.Scores datewise,
      TimelineRouge.Scores random,
      double dateCeiling,
      Diagnostics diagnostics) {
    public String render() {
      return String.format(
          Locale.ROOT,
          "%s: %d articles, reference %d days × %d sentences%n  %s%n  %s%n  %s%n"
              + "  %-20s Date-F1 %.3f%n  %s%n",
          topic,
          articles,
          referenceDays,
          linesPerDay,
          line("vigie", vigie),
          line("date-wise baseline", datewise),
          line("random baseline", random),
          "ceiling (oracle)",
          dateCeiling,
          diagnostics.render());
    }
  }

  /**
   * Where a topic's shortfall lies, as aggregates that name no reference text: the share of
   * reference days among the days some sentence dates (by an event or its own date, or by
   * publication only), the share of the others whose month a partial date names ("en mars"), how
   * many days the timeline gives for the reference's, and the AR1-F of Vigie's lines on the
   * reference's own days (the sentence selection's ceiling with perfect dates).
   */
  public record Diagnostics(
      double candidateRecall,
      double namedRecall,
      double monthOnly,
      int daysGiven,
      int daysAsked,
      double oracleDaysAr1) {
    String render() {
      return String.format(
          Locale.ROOT,
          "%-20s candidate days recall %.3f (named %.3f, month only %.3f), days %d/%d,"
              + " AR1-F on reference days %.3f",
          "diagnostics",
          candidateRecall,
          namedRecall,
          monthOnly,
          daysGiven,
          daysAsked,
          oracleDaysAr1);
    }
  }

  public static String line(String name, TimelineRouge.Scores s) {
    return String.format(
        Locale.ROOT,
        "%-20s Date-F1 %.3f  AR1-F %.3f  AR2-F %.3f",
        name,
        s.dateF1(),
        s.ar1(),
        s.ar2());
  }

  public static TopicResult evaluate(String topic, List<Article> articles, ReferenceTimeline ref) {
    TimelineBuilder.Config config =
        new TimelineBuilder.Config(
            ref.days().size(), ref.sentencesPerDay(), ref.first(), ref.last());
    Timeline ours = new TimelineBuilder().build(articles, config);
    List<DatedSentence> sentences = TimelineBuilder.sentences(articles, config);
    return new TopicResult(
        topic,
        articles.size(),
        ref.days().size(),
        config.linesPerDate(),
        TimelineRouge.score(days(ours), ref),
        TimelineRouge.score(days(datewise(articles.size(), sentences, config)), ref),
        TimelineRouge.score(randomTimeline(sentences, config), ref),
        dateCeiling(sentences, config, ref.days().keySet()),
        diagnose(articles, sentences, ours, config, ref));
  }

  static Diagnostics diagnose(
      List<Article> articles,
      List<DatedSentence> sentences,
      Timeline ours,
      TimelineBuilder.Config config,
      ReferenceTimeline ref) {
    Set<LocalDate> reference = ref.days().keySet();
    Set<LocalDate> any = new HashSet<>();
    Set<LocalDate> named = new HashSet<>();
    for (DatedSentence s : sentences) {
      any.add(s.day());
      if (s.dateSource() != DatedSentence.DateSource.PUBLISHED) {
        named.add(s.day());
      }
    }
    Set<String> months = new HashSet<>();
    for (Article a : articles) {
      for (Timex t : a.timexes()) {
        if (t.value() != null && t.value().matches("\\d{4}-\\d{2}")) {
          months.add(t.value());
        }
      }
    }
    int anyHits = 0;
    int namedHits = 0;
    int monthOnly = 0;
    for (LocalDate d : reference) {
      anyHits += any.contains(d) ? 1 : 0;
      namedHits += named.contains(d) ? 1 : 0;
      if (!any.contains(d) && months.contains(d.toString().substring(0, 7))) {
        monthOnly++;
      }
    }
    Map<LocalDate, Double> none = Map.of();
    Timeline oracle =
        TimelineBuilder.assemble(
            articles.size(),
            sentences,
            new ArrayList<>(reference),
            none,
            config.linesPerDate(),
            true,
            new FrenchIndexAnalyzer());
    double n = Math.max(1, reference.size());
    return new Diagnostics(
        anyHits / n,
        namedHits / n,
        monthOnly / n,
        ours.entries().size(),
        config.dates(),
        TimelineRouge.score(days(oracle), ref).ar1());
  }

  /**
   * The best Date-F1 any choice of days could reach from these dated sentences at the evaluated
   * length: every reference day that some sentence dates is chosen first. It says how much of a
   * shortfall is ranking and how much is days the articles never date (a small corpus).
   */
  static double dateCeiling(
      List<DatedSentence> sentences, TimelineBuilder.Config c, Set<LocalDate> reference) {
    Set<LocalDate> candidates = new HashSet<>();
    sentences.forEach(s -> candidates.add(s.day()));
    int chosen = Math.min(c.dates(), candidates.size());
    candidates.retainAll(reference);
    int hits = Math.min(chosen, candidates.size());
    double p = chosen == 0 ? 0 : (double) hits / chosen;
    double r = reference.isEmpty() ? 0 : (double) hits / reference.size();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Days ranked by the number of sentences that name them (news-tls's MentionCountDateRanker: a
   * sentence dated only by its article's publication mentions no day), sentences by centrality
   * alone.
   */
  static Timeline datewise(int articles, List<DatedSentence> sentences, TimelineBuilder.Config c) {
    Map<LocalDate, Double> counts = new TreeMap<>();
    for (DatedSentence s : sentences) {
      if (s.dateSource() != DatedSentence.DateSource.PUBLISHED) {
        counts.merge(s.day(), 1.0, Double::sum);
      }
    }
    return TimelineBuilder.assemble(
        articles,
        sentences,
        TimelineBuilder.top(counts, c.dates()),
        counts,
        c.linesPerDate(),
        false,
        new FrenchIndexAnalyzer());
  }

  /** Random days among those with dated sentences, random sentences of each (fixed seed). */
  static Map<LocalDate, List<String>> randomTimeline(
      List<DatedSentence> sentences, TimelineBuilder.Config c) {
    Map<LocalDate, List<String>> byDay = new TreeMap<>();
    sentences.forEach(s -> byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s.text()));
    List<LocalDate> days = new ArrayList<>(byDay.keySet());
    SplittableRandom random = new SplittableRandom(RANDOM_SEED);
    Map<LocalDate, List<String>> out = new TreeMap<>();
    while (out.size() < c.dates() && !days.isEmpty()) {
      LocalDate d = days.remove(random.nextInt(days.size()));
      List<String> pool = new ArrayList<>(byDay.get(d));
      List<String> picked = new ArrayList<>();
      while (picked.size() < c.linesPerDate() && !pool.isEmpty()) {
        picked.add(pool.remove(random.nextInt(pool.size())));
      }
      out.put(d, picked);
    }
    return out;
  }

  static Map<LocalDate, List<String>> days(Timeline timeline) {
    Map<LocalDate, List<String>> out = new LinkedHashMap<>();
    for (Timeline.Entry e : timeline.entries()) {
      List<String> lines = new ArrayList<>();
      e.lines().forEach(l -> lines.add(l.text()));
      out.put(e.day(), lines);
    }
    return out;
  }

  /** The mean of each figure over topics, for one system. */
  public static TimelineRouge.Scores mean(List<TimelineRouge.Scores> scores) {
    int n = Math.max(1, scores.size());
    return new TimelineRouge.Scores(
        scores.stream().mapToDouble(TimelineRouge.Scores::dateF1).sum() / n,
        scores.stream().mapToDouble(TimelineRouge.Scores::ar1).sum() / n,
        scores.stream().mapToDouble(TimelineRouge.Scores::ar2).sum() / n);
  }
}
