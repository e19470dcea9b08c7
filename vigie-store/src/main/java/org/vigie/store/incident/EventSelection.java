package org.vigie.store.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.names.NameKeys;
import org.vigie.store.EventColumn;
import org.vigie.store.Fields;
import org.vigie.store.IsoDay;
import org.vigie.store.VigieStore;
import org.vigie.store.search.ArticleFilter;

/**
 * Which event mentions a listing wants: a PLOVER type or subtype ({@code ASSAULT}, {@code
 * drone-strike}), a place whose name contains {@code place}, an entity among the event's actors,
 * targets, victims or place, a period the event's own date falls in (inclusive; an event without a
 * full date is out of any period), and asserted events only unless {@code anyModality} (denied,
 * planned or demanded events did not happen). Case and accents do not matter. The one filter of
 * {@code vigie events} and of the API's {@code /api/events}.
 */
public record EventSelection(
    String type, String place, String entity, LocalDate from, LocalDate to, boolean anyModality) {
  /** Every asserted event. */
  public static final EventSelection ASSERTED =
      new EventSelection(null, null, null, null, null, false);

  public EventSelection {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    type = blankToNull(type);
    place = blankToNull(place);
    entity = blankToNull(entity);
  }

  /** Whether an event is wanted. */
  public boolean matches(Event e) {
    if (!anyModality && !e.asserted()) {
      return false;
    }
    if (type != null
        && !type.toLowerCase(Locale.ROOT).equals(e.type().toLowerCase(Locale.ROOT))
        && (e.subtype() == null
            || !type.toLowerCase(Locale.ROOT).equals(e.subtype().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (place != null && !contains(e.location(), place)) {
      return false;
    }
    if (entity != null && !names(e, entity)) {
      return false;
    }
    if (from != null || to != null) {
      LocalDate d = IsoDay.of(e.date());
      return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
    return true;
  }

  /**
   * The wanted mentions of these articles, in article order. A near-duplicate (a syndicated copy)
   * is skipped: it says nothing its original does not, and would count as a second source.
   */
  public List<EventMention> mentions(Iterable<Article> articles) {
    List<EventMention> out = new ArrayList<>();
    for (Article a : articles) {
      if (a.duplicateOf() != null) {
        continue;
      }
      for (Event e : anyModality ? a.eventMentions() : a.events()) {
        if (matches(e)) {
          out.add(EventMention.of(a, e));
        }
      }
    }
    return out;
  }

  /** Mentions read from a store, and whether the article bound cut the reading short. */
  public record Read(List<EventMention> mentions, int articles, boolean truncated) {
    public Read {
      mentions = List.copyOf(mentions);
    }
  }

  /**
   * The wanted mentions of a store's articles, reading at most {@code maxArticles} of those that
   * can hold one ({@link #candidates}), the most recently published first (a large store's recent
   * events are the ones kept). Only asserted events narrow the reading to articles published on or
   * after {@code from}: news reports what happened after it happens, while a planned event may be
   * dated after the article announcing it.
   */
  public Read read(VigieStore store, int maxArticles) {
    if (maxArticles < 1) {
      throw new IllegalArgumentException("maxArticles must be >= 1: " + maxArticles);
    }
    ArticleFilter filter =
        new ArticleFilter(
            null, null, null, null, anyModality ? null : from, null, false, maxArticles + 1);
    List<EventColumn.Listed> found = store.newestWithEvents(filter, candidates());
    boolean truncated = found.size() > maxArticles;
    List<EventColumn.Listed> kept = truncated ? found.subList(0, maxArticles) : found;
    List<EventMention> out = new ArrayList<>();
    for (EventColumn.Listed listed : kept) {
      Article a = listed.article();
      if (a.duplicateOf() != null) {
        continue; // a copy says nothing its original does not (see mentions)
      }
      List<Event> events = a.eventMentions(); // the order of listed.sentences()
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (matches(e)) {
          out.add(
              new EventMention(
                  a.id(), a.source().outlet(), a.published(), e, listed.sentences().get(i)));
        }
      }
    }
    return new Read(out, kept.size(), truncated);
  }

  /**
   * The store's articles that can hold a wanted mention, as an index query: originals that index an
   * asserted event, so a large store's articles without one are never read. Not narrowed by the
   * type: a name can be both a type and another type's subtype ({@code OTHER}), and subtypes are
   * not indexed. Every article with events when any modality is wanted: the index keeps asserted
   * event types only.
   */
  public Query candidates() {
    if (anyModality) {
      return new FieldExistsQuery(Fields.EVENTS);
    }
    return new BooleanQuery.Builder()
        .add(new TermRangeQuery(Fields.TYPE, null, null, true, true), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ORIGINAL, "1")), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Streams the {@link #candidates} of a store in ingest order, from the store's events column:
   * each with its events, id, outlet and publication date only (no text, the other layers empty).
   */
  public void readCandidates(VigieStore store, java.util.function.Consumer<Article> sink) {
    store.forEachWithEvents(candidates(), sink);
  }

  private static boolean names(Event e, String wanted) {
    if (contains(e.location(), wanted) || contains(e.reportedBy(), wanted)) {
      return true;
    }
    for (List<String> names : List.of(e.actors(), e.targets(), e.victims())) {
      for (String n : names) {
        if (contains(n, wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a name contains another, case and accents aside ("Stepanakert" in "à Stepanakert"). */
  private static boolean contains(String name, String wanted) {
    return name != null && NameKeys.fold(name).contains(NameKeys.fold(wanted));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
