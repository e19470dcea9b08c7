package org.vigie.store.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.store.Fields;
import org.vigie.store.Keys;
import org.vigie.store.VigieStore;
import org.vigie.store.search.ArticleFilter;
import org.vigie.store.search.SearchRequest;
import org.vigie.store.search.SearchResult;

/**
 * Which stored articles a timeline or bulletin is made of: a full-text query, an entity, a place (a
 * LOCATION entity of the article, any spelling the entity layer merged), an event type, and a
 * period of publication (a little wider than the timeline's, since articles tell of the days before
 * they appear). At most {@code maxArticles} articles are read; {@link Result#truncated} says when
 * more matched.
 */
public record TimelineSelection(
    String query,
    String entity,
    String place,
    String eventType,
    LocalDate from,
    LocalDate to,
    int maxArticles) {
  /** Articles published this many days after the period still tell of it. */
  static final int REPORTING_LAG_DAYS = 7;

  /** What a timeline or a bulletin reads of an article ({@link #layers}). */
  private static final Set<String> WITHOUT_ENTITIES = Set.of("quotes", "timexes", "events");

  private static final Set<String> WITH_ENTITIES =
      Set.of("entities", "quotes", "timexes", "events");

  public TimelineSelection {
    if (maxArticles < 1) {
      throw new IllegalArgumentException("maxArticles must be >= 1: " + maxArticles);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** The selected articles, and whether the bound cut the selection short. */
  public record Result(List<Article> articles, boolean truncated) {
    public Result {
      articles = List.copyOf(articles);
    }
  }

  /** The store filter of the selection (entity, publication period, no duplicates). */
  private ArticleFilter filter() {
    return new ArticleFilter(
        null,
        entity,
        null,
        null,
        from,
        to == null ? null : to.plusDays(REPORTING_LAG_DAYS),
        false,
        maxArticles + 1);
  }

  /**
   * The selection as an index query when the index can answer it whole, else null. A place is an
   * entity name of the index and an event type one of its event types; an event subtype is not
   * indexed, so a selection by subtype is read and filtered article by article.
   */
  public Query indexQuery(VigieStore store) {
    Term type = eventType == null ? null : new Term(Fields.TYPE, Keys.fold(eventType));
    if (type != null && !indexes(store, type)) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(store.selection(filter(), query), BooleanClause.Occur.FILTER);
    if (place != null) {
      b.add(new TermQuery(new Term(Fields.ENTITY, Keys.fold(place))), BooleanClause.Occur.FILTER);
    }
    if (type != null) {
      b.add(new TermQuery(type), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static boolean indexes(VigieStore store, Term term) {
    try {
      return store.searcher().getIndexReader().docFreq(term) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the selection from the store. */
  public Result read(VigieStore store) {
    ArticleFilter filter = filter();
    List<Article> found = new ArrayList<>();
    if (query == null || query.isBlank()) {
      found.addAll(store.articles(filter, layers()));
    } else {
      SearchResult hits = store.search(new SearchRequest(query, filter, maxArticles + 1, 0));
      for (SearchResult.Hit hit : hits.hits()) {
        store.article(hit.id()).ifPresent(found::add);
      }
    }
    boolean truncated = found.size() > maxArticles;
    List<Article> kept = new ArrayList<>();
    for (Article a : found.subList(0, Math.min(found.size(), maxArticles))) {
      if (matchesPlace(a) && matchesType(a)) {
        kept.add(a);
      }
    }
    return new Result(kept, truncated);
  }

  /**
   * The layers a timeline or a bulletin reads (events, dates, statements), and the entities when a
   * place selects the articles: the entity layer is the largest of a stored article's JSON.
   */
  private Set<String> layers() {
    return place == null ? WITHOUT_ENTITIES : WITH_ENTITIES;
  }

  private boolean matchesPlace(Article a) {
    if (place == null) {
      return true;
    }
    String key = Keys.fold(place);
    for (Entity e : a.entities()) {
      if (e.type() == EntityType.LOCATION
          && (Keys.fold(e.text()).equals(key)
              || (e.canonical() != null && Keys.fold(e.canonical()).equals(key)))) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesType(Article a) {
    if (eventType == null) {
      return true;
    }
    // As the index: an article is of a type when an event of that type happened in it (asserted),
    // not when one is only denied, planned or demanded.
    for (Event e : a.events()) {
      if (!e.asserted()) {
        continue;
      }
      if (e.type().equalsIgnoreCase(eventType)
          || (e.subtype() != null
              && e.subtype().toLowerCase(Locale.ROOT).equals(eventType.toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }
}
