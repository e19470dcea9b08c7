package org.vigie.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.entity.CorpusEntity;
import org.vigie.model.Article;
import org.vigie.model.EntityType;
import org.vigie.quote.SpeakerNames;
import org.vigie.quote.Statement;
import org.vigie.server.Route.Param;
import org.vigie.store.VigieStore;
import org.vigie.store.search.ArticleFilter;
import org.vigie.store.search.NamingChoice;
import org.vigie.store.search.SearchRequest;
import org.vigie.store.search.SearchResult;
import org.vigie.store.search.StorySummary;

/**
 * The read routes of the API: each parses its parameters, calls the store or the corpus views, and
 * returns a value rendered as JSON. Adding a page is one more route over its library call; the
 * reports (timeline, bulletin, events) are {@link ReportRoutes}.
 */
final class ApiRoutes {
  static final int MAX_PAGE = 100;
  static final List<String> ENTITY_TYPES =
      java.util.Arrays.stream(EntityType.values()).map(Enum::name).toList();

  private final VigieStore store;
  private final CorpusViews views;

  ApiRoutes(VigieStore store, CorpusViews views) {
    this.store = store;
    this.views = views;
  }

  List<Route> routes() {
    Param page = Param.query("page", "integer", "1-based page number.");
    Param size = Param.query("size", "integer", "Items per page, at most " + MAX_PAGE + ".");
    Param from =
        Param.query("from", "string", "Published on or after: YYYY-MM-DD, YYYY-MM or YYYY.");
    Param to = Param.query("to", "string", "Published on or before: YYYY-MM-DD, YYYY-MM or YYYY.");
    return List.of(
        Route.get(
            "/api/health", "Liveness and the number of stored articles.", List.of(), r -> health()),
        Route.get(
            "/api/search",
            "Full-text search (French analysis, Lucene syntax) with filters, facets (sampled over large"
                + " match sets: facetsApproximate) and highlighted"
                + " snippets; near-duplicates are folded into their original.",
            List.of(
                Param.query("q", "string", "The query; * or empty lists every article."),
                Param.query(
                    "speaker", "string", "Only articles quoting this speaker (canonical name)."),
                Param.query("entity", "string", "Only articles naming this entity."),
                Param.query("outlet", "string", "Only articles from this outlet."),
                Param.query("type", "string", "Only articles with an event of this PLOVER type."),
                from,
                to,
                page,
                size,
                Param.query("facets", "integer", "Values per facet, at most 50 (0: none).")),
            this::search),
        Route.get(
            "/api/articles/{id}",
            "One article in CONTRACT.md's shape; ?raw=1 gives what the store keeps of the original"
                + " input (the offset map of removed spans).",
            List.of(
                Param.path("id", "The article id."),
                Param.query("raw", "boolean", "1 for the original input's offset map.")),
            this::article),
        Route.get(
            "/api/quotes",
            "Statements with one name per speaker across the corpus, oldest first; a speaker in any"
                + " spelling (\"lavrov\", \"Pashinyan\"), in a date range.",
            List.of(
                Param.query("speaker", "string", "The speaker, any spelling."),
                from,
                to,
                page,
                size),
            this::quotes),
        Route.get(
            "/api/entities",
            "Entities across the corpus (spellings merged), most cited first.",
            List.of(
                Param.query("type", "string", "PERSON, ORGANIZATION, LOCATION or MISC."),
                Param.query("q", "string", "Only entities one of whose names contains this."),
                page,
                size),
            this::entities),
        Route.get(
            "/api/entities/{key}",
            "One entity (any of its spellings as key): variants, place, roles, evidence, articles.",
            List.of(Param.path("key", "A name of the entity, any spelling.")),
            this::entity),
        Route.get("/api/stories", "Stories, largest first.", List.of(page, size), this::stories),
        Route.get(
            "/api/stories/{id}",
            "One story with its articles.",
            List.of(Param.path("id", "The story id.")),
            this::story),
        Route.get(
            "/api/outlets",
            "Outlets compared: articles, whom each quotes, what it names, and naming choices for"
                + " the same entity.",
            List.of(
                Param.query("limit", "integer", "Outlets and naming choices listed, at most 50.")),
            this::outlets));
  }

  private Object health() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("articles", store.size());
    return out;
  }

  private Object search(Request r) {
    Params p = r.params;
    String q = p.text("q");
    ArticleFilter filter =
        new ArticleFilter(
            p.text("speaker"),
            p.text("entity"),
            p.text("outlet"),
            p.text("type"),
            p.date("from", false),
            p.date("to", true),
            false,
            MAX_PAGE);
    checkRange(filter.from(), filter.to());
    Params.Page page = p.page(10, MAX_PAGE);
    int facets = p.integer("facets", 10, 0, 50);
    // Only the page's hits are read and highlighted.
    SearchResult result =
        store.search(
            new SearchRequest(q == null ? "*" : q, filter, page.end(), facets, page.offset()));
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResult.Hit h : result.hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("title", h.title());
      hit.put("score", h.score());
      hit.put("snippet", h.snippet());
      hit.put("highlights", Snippets.parts(h.snippet()));
      hit.put("published", h.published());
      hit.put("outlet", h.outlet());
      hit.put("story", h.story());
      hit.put("duplicateOf", h.duplicateOf());
      hits.add(hit);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q == null ? "*" : q);
    out.put("total", result.total());
    out.put("page", page.page());
    out.put("size", page.size());
    out.put("hits", hits);
    out.put("facets", result.facets());
    out.put("facetsApproximate", result.facetsApproximate());
    return out;
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("from " + from + " is after to " + to);
    }
  }

  private Object article(Request r) {
    String id = r.path("id");
    if (!r.params.flag("raw")) {
      // The contract JSON straight from the store: the same text as ArticleJson.line of the
      // article, without building it.
      return store
          .articleJson(id)
          .orElseThrow(() -> ApiException.notFound("no article " + Params.clip(id)));
    }
    Article a =
        store.article(id).orElseThrow(() -> ApiException.notFound("no article " + Params.clip(id)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("source", a.source());
    out.put("raw", null);
    out.put("removed", a.cleaning().removed());
    out.put(
        "note",
        "the store keeps the clean text and the offset map to the input (cleaning.removed, raw"
            + " offsets), not the input itself: re-read source.path for the original");
    return out;
  }

  private Object quotes(Request r) {
    Params p = r.params;
    String speaker = p.text("speaker");
    LocalDate from = p.date("from", false);
    LocalDate to = p.date("to", true);
    checkRange(from, to);
    Params.Page page = p.page(50, MAX_PAGE);
    String wanted = speaker == null ? null : SpeakerNames.key(speaker);
    List<Statement> matching = new ArrayList<>();
    Map<String, Integer> byOutlet = new TreeMap<>();
    String name = null;
    for (Statement s : views.current().statements()) {
      if (wanted != null && !CorpusViews.speakerMatches(s.speaker(), wanted)) {
        continue;
      }
      if ((from != null || to != null) && !within(s.date(), from, to)) {
        continue;
      }
      matching.add(s);
      byOutlet.merge(s.outlet() == null ? "" : s.outlet(), 1, Integer::sum);
      if (name == null && wanted != null) {
        name = s.speaker();
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("speaker", name != null ? name : speaker);
    out.put("total", matching.size());
    out.put("page", page.page());
    out.put("size", page.size());
    out.put("byOutlet", byOutlet);
    out.put(
        "statements",
        matching.subList(
            Math.min(page.offset(), matching.size()), Math.min(page.end(), matching.size())));
    return out;
  }

  /** Whether an ISO date (perhaps partial: 2020-10, XXXX-03-26) falls in the range. */
  private static boolean within(String date, LocalDate from, LocalDate to) {
    if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return false;
    }
    LocalDate day = LocalDate.parse(date.substring(0, 10));
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  private Object entities(Request r) {
    Params p = r.params;
    String type = p.oneOf("type", ENTITY_TYPES);
    String q = p.text("q");
    String key = q == null ? null : SpeakerNames.key(q);
    Params.Page page = p.page(50, MAX_PAGE);
    List<Map<String, Object>> out = new ArrayList<>();
    int total = 0;
    for (CorpusEntity e : views.current().entities()) {
      if (type != null && !e.type().name().equals(type)) {
        continue;
      }
      if (key != null
          && e.variants().stream().noneMatch(v -> SpeakerNames.key(v).contains(key))
          && !SpeakerNames.key(e.canonical()).contains(key)) {
        continue;
      }
      if (total >= page.offset() && total < page.end()) {
        out.add(entityJson(e));
      }
      total++;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", total);
    body.put("page", page.page());
    body.put("size", page.size());
    body.put("entities", out);
    return body;
  }

  private static Map<String, Object> entityJson(CorpusEntity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", e.canonical());
    m.put("canonical", e.canonical());
    m.put("type", e.type());
    m.put("variants", e.variants());
    m.put("articles", e.articles());
    m.put("mentions", e.mentions());
    m.put("geo", e.geo());
    m.put("country", e.country());
    m.put("roles", e.roles());
    m.put("evidence", e.evidence());
    return m;
  }

  private Object entity(Request r) {
    String key = r.path("key");
    CorpusEntity e =
        views.entity(key).orElseThrow(() -> ApiException.notFound("no entity " + Params.clip(key)));
    Map<String, Object> body = entityJson(e);
    Map<String, Map<String, Object>> articles = new LinkedHashMap<>();
    for (String name : names(e)) {
      ArticleFilter filter = new ArticleFilter(null, name, null, null, null, null, false, MAX_PAGE);
      for (Article a : store.articles(filter)) {
        if (articles.size() < MAX_PAGE) {
          articles.putIfAbsent(a.id(), summary(a));
        }
      }
    }
    body.put("articleList", new ArrayList<>(articles.values()));
    return body;
  }

  /** The names an entity is indexed under: its canonical name and spellings, a bounded few. */
  private static List<String> names(CorpusEntity e) {
    List<String> names = new ArrayList<>();
    names.add(e.canonical());
    for (String v : e.variants()) {
      if (names.size() >= 20) {
        break;
      }
      if (!names.contains(v)) {
        names.add(v);
      }
    }
    return names;
  }

  static Map<String, Object> summary(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("published", a.published());
    m.put("outlet", a.source().outlet());
    m.put("story", a.story());
    m.put("duplicateOf", a.duplicateOf());
    return m;
  }

  private Object stories(Request r) {
    Params.Page page = r.params.page(50, MAX_PAGE);
    List<StorySummary> all = store.stories();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", all.size());
    body.put("page", page.page());
    body.put("size", page.size());
    body.put(
        "stories",
        all.subList(Math.min(page.offset(), all.size()), Math.min(page.end(), all.size())));
    return body;
  }

  private Object story(Request r) {
    String id = r.path("id");
    StorySummary s =
        store.stories().stream()
            .filter(x -> x.story().equals(id))
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("no story " + Params.clip(id)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("story", s);
    List<Map<String, Object>> articles = new ArrayList<>();
    for (String a : s.articles().subList(0, Math.min(s.articles().size(), MAX_PAGE))) {
      store.article(a).ifPresent(x -> articles.add(summary(x)));
    }
    body.put("articleList", articles);
    return body;
  }

  private Object outlets(Request r) {
    int limit = r.params.integer("limit", 20, 1, 50);
    SearchResult all = store.search(new SearchRequest("*", ArticleFilter.NONE, 0, limit));
    List<Map<String, Object>> outlets = new ArrayList<>();
    for (SearchResult.FacetCount outlet : all.facets().getOrDefault("outlet", List.of())) {
      ArticleFilter only =
          new ArticleFilter(null, null, outlet.value(), null, null, null, false, 0);
      SearchResult own = store.search(new SearchRequest("*", only, 0, 5));
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("outlet", outlet.value());
      o.put("articles", outlet.count());
      o.put("speakers", own.facets().getOrDefault("speaker", List.of()));
      o.put("entities", own.facets().getOrDefault("entity", List.of()));
      o.put("types", own.facets().getOrDefault("type", List.of()));
      outlets.add(o);
    }
    List<NamingChoice> naming = store.namingChoices(2);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outlets", outlets);
    body.put("naming", naming.subList(0, Math.min(limit, naming.size())));
    return body;
  }
}
