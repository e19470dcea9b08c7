package org.vigie.server;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.Article;
import org.vigie.server.Route.Param;
import org.vigie.store.VigieStore;
import org.vigie.store.bulletin.BulletinBuilder;
import org.vigie.store.bulletin.BulletinRenderer;
import org.vigie.store.incident.EventSelection;
import org.vigie.store.incident.Incident;
import org.vigie.store.incident.IncidentGrouper;
import org.vigie.store.timeline.StoreTimeline;
import org.vigie.store.timeline.TimelineBuilder;
import org.vigie.store.timeline.TimelineRenderer;
import org.vigie.store.timeline.TimelineSelection;

/**
 * The report routes: a timeline, a bulletin and the events (incidents or mentions) of the store,
 * each a call to the library function the CLI's command makes, with bounded parameters and a
 * bounded number of articles read per request.
 */
final class ReportRoutes {
  /** Articles a report reads at most: bounds a request's cost. */
  static final int MAX_VIEW_ARTICLES = 20_000;

  /**
   * Articles an events request reads at most, the newest: each is read whole (its JSON), so this
   * bounds the request to a few seconds on a large store.
   */
  static final int MAX_EVENT_ARTICLES = 5_000;

  /** Places listed for an events map at most. */
  static final int MAX_PLACES = 500;

  private final VigieStore store;

  ReportRoutes(VigieStore store) {
    this.store = store;
  }

  List<Route> routes() {
    Param from =
        Param.query("from", "string", "Published on or after: YYYY-MM-DD, YYYY-MM or YYYY.");
    Param to = Param.query("to", "string", "Published on or before: YYYY-MM-DD, YYYY-MM or YYYY.");
    Param type = Param.query("type", "string", "Only events of this PLOVER type or subtype.");
    return List.of(
        Route.get(
            "/api/timeline",
            "The most important days of the stored articles (or of a query's and the filters'"
                + " selection), each with the sentences that say what happened and every article"
                + " stating them.",
            List.of(
                Param.query("q", "string", "A full-text query (optional)."),
                Param.query("entity", "string", "Only articles naming this entity."),
                Param.query("place", "string", "Only articles naming this place."),
                type,
                from,
                to,
                Param.query("dates", "integer", "Days in the timeline, 1 to 100 (default 10)."),
                Param.query("lines", "integer", "Lines per day, 1 to 5 (default 2).")),
            this::timeline),
        Route.get(
            "/api/bulletin",
            "A situation report for the days ending on a date: highlights, incidents with each"
                + " source's figures, places (GeoJSON), who said what, change since the period"
                + " before.",
            List.of(
                Param.query("date", "string", "Last day, YYYY-MM-DD (default: today, UTC)."),
                Param.query("days", "integer", "Days covered, 1 to 366 (default 1)."),
                Param.query("place", "string", "Only articles naming this place."),
                Param.query("q", "string", "Only articles matching this query.")),
            this::bulletin),
        Route.get(
            "/api/events",
            "Incidents (an asserted event with a place and a day as one or more articles report it:"
                + " type, place, dates, each source's figures and their disagreements), most recent"
                + " first, with their places for a map; or every event mention with mentions=1"
                + " (asserted ones unless modality=any).",
            List.of(
                type,
                Param.query("place", "string", "Only events whose place name contains this."),
                Param.query(
                    "entity",
                    "string",
                    "Only events whose actors, targets, victims or place name this."),
                Param.query("from", "string", "Events on or after: YYYY-MM-DD, YYYY-MM or YYYY."),
                Param.query("to", "string", "Events on or before: YYYY-MM-DD, YYYY-MM or YYYY."),
                Param.query("modality", "string", "asserted (default) or any."),
                Param.query("mentions", "boolean", "1 for event mentions instead of incidents."),
                Param.query("page", "integer", "1-based page number."),
                Param.query(
                    "size", "integer", "Items per page, at most " + ApiRoutes.MAX_PAGE + ".")),
            this::events));
  }

  private Object timeline(Request r) {
    Params p = r.params;
    LocalDate first = p.date("from", false);
    LocalDate last = p.date("to", true);
    ApiRoutes.checkRange(first, last);
    StoreTimeline.Result built =
        StoreTimeline.build(
            store,
            new TimelineSelection(
                p.text("q"),
                p.text("entity"),
                p.text("place"),
                p.text("type"),
                first,
                last,
                MAX_VIEW_ARTICLES),
            new TimelineBuilder.Config(
                p.integer("dates", 10, 1, 100), p.integer("lines", 2, 1, 5), first, last));
    List<Object> days = new ArrayList<>();
    for (String line : TimelineRenderer.jsonl(built.timeline()).split("\n")) {
      if (!line.isBlank()) {
        days.add(Json.read(line));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("days", days);
    out.put("truncated", built.truncated());
    return out;
  }

  private Object bulletin(Request r) {
    Params p = r.params;
    LocalDate last = p.date("date", true);
    if (last == null) {
      last = LocalDate.now(ZoneOffset.UTC);
    }
    int days = p.integer("days", 1, 1, 366);
    LocalDate first = last.minusDays(days - 1L);
    List<Article> articles =
        new TimelineSelection(
                p.text("q"),
                null,
                p.text("place"),
                null,
                first.minusDays(days),
                last,
                MAX_VIEW_ARTICLES)
            .read(store)
            .articles();
    return BulletinRenderer.json(new BulletinBuilder().build(articles, first, last)).strip();
  }

  private Object events(Request r) {
    Params p = r.params;
    LocalDate first = p.date("from", false);
    LocalDate last = p.date("to", true);
    ApiRoutes.checkRange(first, last);
    String modality = p.oneOf("modality", List.of("ASSERTED", "ANY"));
    EventSelection selection =
        new EventSelection(
            p.text("type"), p.text("place"), p.text("entity"), first, last, "ANY".equals(modality));
    boolean mentions = p.flag("mentions");
    Params.Page page = p.page(20, ApiRoutes.MAX_PAGE);
    EventSelection.Read read = selection.read(store, MAX_EVENT_ARTICLES);
    Map<String, Object> out = new LinkedHashMap<>();
    List<?> all;
    if (mentions) {
      all = read.mentions();
    } else {
      List<Incident> incidents = new IncidentGrouper().group(read.mentions());
      out.put("places", places(incidents));
      all = incidents;
    }
    out.put("total", all.size());
    out.put("page", page.page());
    out.put("size", page.size());
    out.put("articlesRead", read.articles());
    out.put("truncated", read.truncated());
    out.put(
        mentions ? "mentions" : "incidents",
        all.subList(Math.min(page.offset(), all.size()), Math.min(page.end(), all.size())));
    return out;
  }

  /** Incidents by place (those with coordinates), most incidents first, for a map. */
  private static List<Map<String, Object>> places(List<Incident> incidents) {
    Map<String, Map<String, Object>> byPlace = new LinkedHashMap<>();
    for (Incident i : incidents) {
      if (i.geo() == null) {
        continue;
      }
      Map<String, Object> place =
          byPlace.computeIfAbsent(
              i.place(),
              name -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", name);
                m.put("lat", i.geo().lat());
                m.put("lon", i.geo().lon());
                m.put("incidents", 0);
                m.put("killed", 0);
                return m;
              });
      place.merge("incidents", 1, (a, b) -> (Integer) a + (Integer) b);
      place.merge(
          "killed", i.killedMax() == null ? 0 : i.killedMax(), (a, b) -> (Integer) a + (Integer) b);
    }
    List<Map<String, Object>> out = new ArrayList<>(byPlace.values());
    out.sort((a, b) -> Integer.compare((Integer) b.get("incidents"), (Integer) a.get("incidents")));
    return out.subList(0, Math.min(out.size(), MAX_PLACES));
  }
}
