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
   * Carries over the annotations of {@code source} lying inside {@code [from, to)} of its text,
   * which the new text holds at {@code at}.
   */
  void copy(Article source, int from, int to, int at) {
    int d = at - from;
    for (Entity e : source.entities()) {
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
    for (Timex t : source.timexes()) {
      if (inside(t.start(), t.end(), from, to)) {
        timexes.add(new Timex(t.start() + d, t.end() + d, t.text(), t.type(), t.value()));
      }
    }
    for (Quote q : source.quotes()) {
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
    for (Event e : source.events()) {
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
