package org.vigie.bench.store;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Cue;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.model.Timex;

/**
 * The annotation layers of a synthetic article, carried over from the stretches of real text it is
 * made of: an entity, time expression, quote or event of a source article is kept when everything
 * it points at (a quote's cue and speaker, an event's trigger) lies inside one stretch copied
 * whole, and its offsets are moved by as much as that stretch moved. So the layers of a synthetic
 * article are real analyses of its own words, as an ingest would store them, without running the
 * pipeline on each variant. Not thread-safe (one per article being made).
 */
final class MovedLayers {
  final List<Entity> entities = new ArrayList<>();
  final List<Quote> quotes = new ArrayList<>();
  final List<Timex> timexes = new ArrayList<>();
  final List<Event> events = new ArrayList<>();

  /**
   * An article's layers sorted by where each annotation starts (with everything it points at), so
   * that copying one sentence reads only the annotations in it: an analysed liveblog holds
   * thousands of entities, and a variant copies a few of its sentences. Immutable.
   */
  static final class Source {
    final Article article;
    private final Sorted<Entity> entities;
    private final Sorted<Timex> timexes;
    private final Sorted<Quote> quotes;
    private final Sorted<Event> events;

    Source(Article article) {
      this.article = article;
      entities = new Sorted<>(article.entities(), Entity::start);
      timexes = new Sorted<>(article.timexes(), Timex::start);
      quotes = new Sorted<>(article.quotes(), MovedLayers::extentStart);
      events = new Sorted<>(article.eventMentions(), e -> Math.min(e.start(), e.triggerStart()));
    }
  }

  /** Items sorted by a start offset, found from an offset on by binary search. */
  private static final class Sorted<T> {
    private final List<T> items;
    private final int[] starts;

    Sorted(List<T> all, java.util.function.ToIntFunction<T> start) {
      items = new ArrayList<>(all);
      items.sort(java.util.Comparator.comparingInt(start));
      starts = new int[items.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = start.applyAsInt(items.get(i));
      }
    }

    /** The items whose start is in {@code [from, to)}. */
    List<T> startingIn(int from, int to) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int end = lo;
      while (end < starts.length && starts[end] < to) {
        end++;
      }
      return items.subList(lo, end);
    }
  }

  private static int extentStart(Quote q) {
    int start = q.start();
    if (q.cue() != null) {
      start = Math.min(start, q.cue().start());
    }
    if (q.speaker().end() > q.speaker().start()) {
      start = Math.min(start, q.speaker().start());
    }
    return start;
  }

  /**
   * Carries over the annotations of {@code source} lying inside {@code [from, to)} of its text,
   * which the new text holds at {@code at}.
   */
  void copy(Source source, int from, int to, int at) {
    int d = at - from;
    for (Entity e : source.entities.startingIn(from, to)) {
      if (inside(e.start(), e.end(), from, to)) {
        entities.add(
            new Entity(
                e.start() + d,
                e.end() + d,
                e.text(),
                e.type(),
                e.canonical(),
                e.geo(),
                e.role(),
                e.country(),
                e.actor(),
                e.unresolved()));
      }
    }
    for (Timex t : source.timexes.startingIn(from, to)) {
      if (inside(t.start(), t.end(), from, to)) {
        timexes.add(new Timex(t.start() + d, t.end() + d, t.text(), t.type(), t.value()));
      }
    }
    for (Quote q : source.quotes.startingIn(from, to)) {
      Speaker s = q.speaker();
      boolean speakerSpan = s.end() > s.start();
      if (inside(q.start(), q.end(), from, to)
          && (q.cue() == null || inside(q.cue().start(), q.cue().end(), from, to))
          && (!speakerSpan || inside(s.start(), s.end(), from, to))) {
        Cue cue =
            q.cue() == null
                ? null
                : new Cue(q.cue().start() + d, q.cue().end() + d, q.cue().text());
        Speaker speaker =
            speakerSpan
                ? new Speaker(
                    s.text(), s.canonical(), s.type(), s.start() + d, s.end() + d, s.evidence())
                : s;
        quotes.add(
            new Quote(q.start() + d, q.end() + d, q.text(), q.kind(), cue, speaker, q.date()));
      }
    }
    for (Event e : source.events.startingIn(from, to)) {
      if (inside(e.start(), e.end(), from, to)
          && inside(e.triggerStart(), e.triggerEnd(), from, to)) {
        events.add(moved(e, d));
      }
    }
  }

  private static boolean inside(int start, int end, int from, int to) {
    return start >= from && end <= to;
  }

  private static Event moved(Event e, int d) {
    return new Event(
        e.type(),
        e.subtype(),
        e.start() + d,
        e.end() + d,
        e.trigger(),
        e.actors(),
        e.targets(),
        e.location(),
        e.date(),
        e.killed(),
        e.injured(),
        e.reportedBy(),
        e.triggerStart() + d,
        e.triggerEnd() + d,
        e.geo(),
        e.dateInferred(),
        e.victims(),
        e.modality(),
        e.cumulative(),
        e.countQualifier(),
        e.countPhrase());
  }
}
