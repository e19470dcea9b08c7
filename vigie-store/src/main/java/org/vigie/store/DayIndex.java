package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;

/**
 * The days articles point at, indexed at ingest ({@link Fields#NAMED_DAY}: every whole day a time
 * expression or an event of the article names), so that a timeline over a large store counts days
 * from doc values and reads only the articles of the days it keeps, instead of every article.
 * Read-only; thread-safe as the searcher is.
 */
public final class DayIndex {
  /** What a timeline reads of an article: its dated layers (the sentences come from the text). */
  private static final java.util.Set<String> TIMELINE_LAYERS =
      java.util.Set.of("timexes", "events");

  /** An article names few days; more are page debris (tables of dates). */
  static final int MAX_NAMED_DAYS = 64;

  private DayIndex() {}

  /** The distinct whole days (epoch days) named by the article's time expressions and events. */
  public static List<Long> namedDays(Article a) {
    TreeSet<Long> days = new TreeSet<>();
    for (Timex t : a.timexes()) {
      if (t.type() == TimexType.DATE || t.type() == TimexType.TIME) {
        add(days, t.value());
      }
    }
    for (Event e : a.events()) {
      if (e.asserted() && !e.dateInferred()) {
        add(days, e.date());
      }
    }
    List<Long> out = new ArrayList<>(days);
    return out.size() <= MAX_NAMED_DAYS ? out : out.subList(0, MAX_NAMED_DAYS);
  }

  private static void add(TreeSet<Long> days, String value) {
    if (value != null
        && value.length() >= 10
        && value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
      Long d = org.vigie.store.story.StoryFeatures.dayOf(value);
      if (d != null) {
        days.add(d);
      }
    }
  }

  /** Whether the store was written with named days (stores from before fall back to reading). */
  public static boolean indexed(VigieStore store) {
    FieldInfos infos = FieldInfos.getMergedFieldInfos(store.searcher().getIndexReader());
    return infos.fieldInfo(Fields.NAMED_DAY) != null;
  }

  /**
   * For each day of {@code [from, to]} (null for open), the articles of the selection that name it,
   * and those only published on it (naming no day of their own that day).
   */
  public static Map<LocalDate, int[]> count(
      VigieStore store, Query selection, LocalDate from, LocalDate to) {
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    Map<Long, int[]> counts = new HashMap<>();
    IndexSearcher searcher = store.searcher();
    try {
      MatchingDocs.forEach(
          searcher,
          selection,
          leaf -> {
            SortedNumericDocValues named =
                DocValues.getSortedNumeric(leaf.reader(), Fields.NAMED_DAY);
            NumericDocValues published = DocValues.getNumeric(leaf.reader(), Fields.DAY);
            return doc -> {
              boolean namesPublished = false;
              long pub = published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
              if (named.advanceExact(doc)) {
                for (int i = 0; i < named.docValueCount(); i++) {
                  long d = named.nextValue();
                  if (d >= lo && d <= hi) {
                    counts.computeIfAbsent(d, k -> new int[2])[0]++;
                  }
                  namesPublished |= d == pub;
                }
              }
              if (pub != Long.MIN_VALUE && !namesPublished && pub >= lo && pub <= hi) {
                counts.computeIfAbsent(pub, k -> new int[2])[1]++;
              }
            };
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<LocalDate, int[]> out = new TreeMap<>();
    counts.forEach((d, c) -> out.put(LocalDate.ofEpochDay(d), c));
    return out;
  }

  /**
   * The selection's articles that name one of {@code days} or were published on it, at most {@code
   * perDay} per day: those naming the day first, then those only published on it, the earliest
   * ingested first within each. Each with its text, time expressions and events only (what dates
   * its sentences), its other layers empty.
   */
  public static List<Article> articlesOn(
      VigieStore store, Query selection, Collection<LocalDate> days, int perDay) {
    List<Integer> docs = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    IndexSearcher searcher = store.searcher();
    try {
      for (LocalDate day : days) {
        long d = day.toEpochDay();
        // Scored, so that articles naming the day (its direct witnesses) come before those only
        // published on it when the day has more than perDay articles.
        Query onDay =
            new BooleanQuery.Builder()
                .add(selection, BooleanClause.Occur.FILTER)
                .add(
                    new BooleanQuery.Builder()
                        .add(
                            new BoostQuery(
                                new ConstantScoreQuery(
                                    LongPoint.newExactQuery(Fields.NAMED_DAY, d)),
                                2f),
                            BooleanClause.Occur.SHOULD)
                        .add(
                            new ConstantScoreQuery(LongPoint.newExactQuery(Fields.DAY, d)),
                            BooleanClause.Occur.SHOULD)
                        .build(),
                    BooleanClause.Occur.MUST)
                .build();
        for (ScoreDoc sd : searcher.search(onDay, perDay).scoreDocs) {
          if (seen.add(sd.doc)) {
            docs.add(sd.doc);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Article> out =
        ParallelReads.articles(
            searcher,
            docs.stream().mapToInt(Integer::intValue).toArray(),
            StoredArticles.JSON_AND_TEXT,
            doc -> VigieStore.read(doc, TIMELINE_LAYERS));
    return out;
  }
}
