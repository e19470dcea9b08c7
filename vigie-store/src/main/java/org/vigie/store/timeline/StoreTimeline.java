package org.vigie.store.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.search.Query;
import org.vigie.model.Article;
import org.vigie.store.DayIndex;
import org.vigie.store.FrenchIndexAnalyzer;
import org.vigie.store.VigieStore;

/**
 * A timeline of a store's selection. When the store indexes named days (every store written by this
 * version) and the index can express the selection, days are counted from doc values over the whole
 * selection and only the chosen days' articles are read ({@link #ARTICLES_PER_DAY} at most each): a
 * large store answers in a fraction of a second. Otherwise the selection's articles are read (at
 * most {@code maxArticles}) and ranked as {@link TimelineBuilder} does. Both rank days the same
 * way: articles naming a day count in full, articles only published on it half.
 */
public final class StoreTimeline {
  /**
   * Articles read for one chosen day: enough to find its central sentences (the day's rank and
   * article count come from the index over the whole selection, not from these). Reading an
   * analysed article is the timeline's main cost on a large store: 200 a day made a 10-day timeline
   * of a 100,000-article store take 9 s of CPU.
   */
  static final int ARTICLES_PER_DAY = 50;

  private StoreTimeline() {}

  /** The timeline, and whether the selection was cut short (slow path only). */
  public record Result(Timeline timeline, boolean truncated, boolean indexed) {}

  public static Result build(
      VigieStore store, TimelineSelection selection, TimelineBuilder.Config config) {
    Query query = DayIndex.indexed(store) ? selection.indexQuery(store) : null;
    if (query == null) {
      TimelineSelection.Result read = selection.read(store);
      return new Result(
          new TimelineBuilder().build(read.articles(), config), read.truncated(), false);
    }
    Map<LocalDate, Double> scores = new TreeMap<>();
    int[] articles = new int[1];
    DayIndex.count(store, query, config.from(), config.to())
        .forEach(
            (day, c) -> {
              scores.put(day, c[0] + TimelineBuilder.PUBLISHED_WEIGHT * c[1]);
              articles[0] += c[0] + c[1];
            });
    List<LocalDate> days = TimelineBuilder.top(scores, config.dates());
    List<Article> read = DayIndex.articlesOn(store, query, days, ARTICLES_PER_DAY);
    Set<LocalDate> chosen = new HashSet<>(days);
    List<DatedSentence> sentences = new ArrayList<>();
    for (DatedSentence s : TimelineBuilder.sentences(read, config)) {
      if (chosen.contains(s.day())) {
        sentences.add(s);
      }
    }
    Timeline t =
        TimelineBuilder.assemble(
            read.size(),
            sentences,
            days,
            scores,
            config.linesPerDate(),
            true,
            new FrenchIndexAnalyzer());
    return new Result(t, false, true);
  }
}
