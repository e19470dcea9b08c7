package org.vigie.store.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.store.FrenchIndexAnalyzer;

/**
 * Builds a timeline from articles, in the two steps of date-wise timeline summarisation: rank the
 * days, then pick for each chosen day the sentences that say best what happened.
 *
 * <p>Days are ranked by how many distinct articles point at them, not by how many sentences do (a
 * long article repeating a date is one voice): an article naming the day in a sentence, or dating
 * an event on it, counts in full; an article merely published that day counts half (its undated
 * sentences are about that day only by default). Syndicated copies (marked {@code duplicateOf}) are
 * not counted again.
 *
 * <p>A day's candidate lines are the sentences naming it and the first statements of the articles
 * only published on it (news-tls's sentence collection). They are scored by centrality (cosine to
 * the day's centroid), raised when the sentence names the day itself, states an event or opens its
 * article, and lowered when it is only dated by publication; a sentence too close to one already
 * chosen (same incident told by another outlet) is not a second line but another source of the
 * first. Thread-safe (no state but the analyzer).
 */
public final class TimelineBuilder {
  /** Sentences at least this close are one line told twice. */
  static final double SAME_LINE = 0.45;

  static final double PUBLISHED_WEIGHT = 0.5;

  /**
   * A news article says what happened in its first sentences (headline, standfirst, lead) and gives
   * background and reactions after: those sentences are the day's summary as the journalist wrote
   * it, so they make better timeline lines (the lead bias of news summarisation).
   */
  static final int LEAD_SENTENCES = 3;

  static final double LEAD_WEIGHT = 1.5;

  /**
   * A sentence dated only by its article's publication is a candidate line for that day when it is
   * among the article's first statements (news-tls clips them at five): further down, an undated
   * sentence is background, reaction or, on a page that kept its reader comments, thousands of
   * comments that would make the day's centroid theirs. Its article still counts for the day.
   */
  static final int PUBLISHED_CANDIDATES = 5;

  /**
   * An article's opening statements with no date of their own tell the day before its publication
   * as often as the day itself (a morning paper reports yesterday's events, "mardi" left implicit),
   * so they are candidates of both days, as news-tls's collector does ({@code pub_end=2}).
   */
  static final int PUBLISHED_DAYS_BACK = 1;

  private final FrenchIndexAnalyzer analyzer = new FrenchIndexAnalyzer();

  /** What to build: how many days, lines per day, and the period (inclusive, null for open). */
  public record Config(int dates, int linesPerDate, LocalDate from, LocalDate to) {
    public Config {
      if (dates < 1 || dates > 10_000) {
        throw new IllegalArgumentException("dates must be 1..10000: " + dates);
      }
      if (linesPerDate < 1 || linesPerDate > 20) {
        throw new IllegalArgumentException("lines per date must be 1..20: " + linesPerDate);
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from " + from + " is after to " + to);
      }
    }

    boolean contains(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
  }

  /**
   * The dated sentences of the articles, within the period; syndicated copies left out; an
   * article's undated opening statements also stand for the day before its publication.
   */
  public static List<DatedSentence> sentences(List<Article> articles, Config config) {
    // Splitting and dating each article's sentences is most of a large timeline's own work, and
    // independent per article: on every core, in the articles' order.
    List<List<DatedSentence>> perArticle =
        articles.parallelStream()
            .map(a -> a.duplicateOf() != null ? List.<DatedSentence>of() : ArticleSentences.of(a))
            .toList();
    List<DatedSentence> all = new ArrayList<>();
    for (List<DatedSentence> dated : perArticle) {
      for (DatedSentence s : dated) {
        if (config.contains(s.day())) {
          all.add(s);
        }
        if (s.dateSource() == DatedSentence.DateSource.PUBLISHED
            && s.position() < PUBLISHED_CANDIDATES) {
          for (int back = 1; back <= PUBLISHED_DAYS_BACK; back++) {
            if (config.contains(s.day().minusDays(back))) {
              all.add(s.on(s.day().minusDays(back)));
            }
          }
        }
      }
    }
    return all;
  }

  public Timeline build(List<Article> articles, Config config) {
    List<DatedSentence> sentences = sentences(articles, config);
    Map<LocalDate, Double> scores = rankDays(sentences);
    List<LocalDate> days = top(scores, config.dates());
    return assemble(
        articles.size(), sentences, days, scores, config.linesPerDate(), true, analyzer);
  }

  /** Each day's score: articles pointing at it in full, articles only published that day half. */
  static Map<LocalDate, Double> rankDays(List<DatedSentence> sentences) {
    Map<LocalDate, Set<String>> named = new HashMap<>();
    Map<LocalDate, Set<String>> published = new HashMap<>();
    for (DatedSentence s : sentences) {
      Map<LocalDate, Set<String>> target =
          s.dateSource() == DatedSentence.DateSource.PUBLISHED ? published : named;
      target.computeIfAbsent(s.day(), d -> new HashSet<>()).add(s.articleId());
    }
    Map<LocalDate, Double> scores = new TreeMap<>();
    named.forEach((d, ids) -> scores.merge(d, (double) ids.size(), Double::sum));
    published.forEach(
        (d, ids) -> {
          Set<String> only = new HashSet<>(ids);
          only.removeAll(named.getOrDefault(d, Set.of()));
          scores.merge(d, PUBLISHED_WEIGHT * only.size(), Double::sum);
        });
    return scores;
  }

  /** The {@code n} best days, best score first, earlier day first among equals. */
  public static List<LocalDate> top(Map<LocalDate, Double> scores, int n) {
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<LocalDate, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The timeline of the chosen days: for each, the best lines by centrality ({@code weighted}: with
   * the date-source and event weights of this builder; otherwise centrality alone, as the date-wise
   * baseline does), one line per thing that happened.
   */
  public static Timeline assemble(
      int articleCount,
      List<DatedSentence> sentences,
      List<LocalDate> days,
      Map<LocalDate, Double> scores,
      int linesPerDate,
      boolean weighted,
      org.apache.lucene.analysis.Analyzer analyzer) {
    Map<LocalDate, List<DatedSentence>> byDay = new LinkedHashMap<>();
    Set<LocalDate> chosen = new HashSet<>(days);
    for (DatedSentence s : sentences) {
      if (chosen.contains(s.day())) {
        byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s);
      }
    }
    Map<LocalDate, List<DatedSentence>> candidates = new LinkedHashMap<>();
    byDay.forEach((d, list) -> candidates.put(d, candidates(list)));
    // Word weights from the chosen days' candidate lines only, so that reading every article or
    // only the chosen days' (a large store) gives the same lines.
    List<String> texts = new ArrayList<>();
    candidates.values().forEach(list -> list.forEach(s -> texts.add(s.text())));
    SentenceVectors vectors = new SentenceVectors(analyzer, texts);
    List<Timeline.Entry> entries = new ArrayList<>();
    for (LocalDate day : days.stream().sorted().toList()) {
      if (!byDay.containsKey(day)) {
        continue;
      }
      Set<String> articles = new HashSet<>();
      byDay.get(day).forEach(s -> articles.add(s.articleId()));
      entries.add(
          entry(
              day,
              scores.getOrDefault(day, 0.0),
              articles.size(),
              candidates.get(day),
              linesPerDate,
              weighted,
              vectors));
    }
    return new Timeline(entries, articleCount, sentences.size());
  }

  private static Timeline.Entry entry(
      LocalDate day,
      double score,
      int articleCount,
      List<DatedSentence> candidates,
      int linesPerDate,
      boolean weighted,
      SentenceVectors vectors) {
    List<Map<String, Double>> vs = new ArrayList<>();
    for (DatedSentence s : candidates) {
      vs.add(vectors.vector(s.text()));
    }
    Map<String, Double> centroid = SentenceVectors.centroid(vs);
    List<Integer> order = new ArrayList<>();
    double[] value = new double[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
      value[i] =
          SentenceVectors.cosine(vs.get(i), centroid) * (weighted ? weight(candidates.get(i)) : 1);
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> -value[i]).thenComparing(i -> i));
    List<Integer> picked = new ArrayList<>();
    for (int i : order) {
      if (picked.size() >= linesPerDate) {
        break;
      }
      boolean repeats = false;
      for (int j : picked) {
        if (SentenceVectors.cosine(vs.get(i), vs.get(j)) >= SAME_LINE) {
          repeats = true;
          break;
        }
      }
      if (!repeats) {
        picked.add(i);
      }
    }
    List<Timeline.Line> lines = new ArrayList<>();
    for (int i : picked) {
      lines.add(line(candidates, vs, i));
    }
    return new Timeline.Entry(day, score, articleCount, lines);
  }

  /**
   * The sentences of a day that may be its lines: those naming it, and those only published on it
   * among their article's first {@link #PUBLISHED_CANDIDATES} statements; all of them when that
   * leaves none, so that a chosen day keeps a line.
   */
  static List<DatedSentence> candidates(List<DatedSentence> day) {
    List<DatedSentence> kept = new ArrayList<>();
    for (DatedSentence s : day) {
      if (s.dateSource() != DatedSentence.DateSource.PUBLISHED
          || s.position() < PUBLISHED_CANDIDATES) {
        kept.add(s);
      }
    }
    return kept.isEmpty() ? day : kept;
  }

  /** Naming the day or stating an event makes a sentence a better line than a publication date. */
  static double weight(DatedSentence s) {
    double w = s.dateSource() == DatedSentence.DateSource.PUBLISHED ? 0.7 : 1.0;
    if (s.position() < LEAD_SENTENCES) {
      w *= LEAD_WEIGHT;
    }
    return s.hasEvent() ? w * 1.3 : w;
  }

  private static Timeline.Line line(
      List<DatedSentence> candidates, List<Map<String, Double>> vs, int chosen) {
    DatedSentence s = candidates.get(chosen);
    List<Timeline.Source> sources = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < candidates.size(); k++) {
      DatedSentence other = candidates.get(k);
      if ((k == chosen || SentenceVectors.cosine(vs.get(chosen), vs.get(k)) >= SAME_LINE)
          && seen.add(other.articleId())) {
        sources.add(new Timeline.Source(other.articleId(), other.outlet(), other.published()));
      }
    }
    Event e = s.events().isEmpty() ? null : s.events().get(0);
    return new Timeline.Line(
        s.text(),
        s.articleId(),
        s.outlet(),
        sources,
        s.dateSource(),
        e == null ? null : e.type() + (e.subtype() == null ? "" : "/" + e.subtype()),
        e == null ? null : e.killed(),
        e == null ? null : e.injured());
  }
}
