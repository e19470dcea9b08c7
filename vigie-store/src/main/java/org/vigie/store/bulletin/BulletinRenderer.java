package org.vigie.store.bulletin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.model.Event;
import org.vigie.store.incident.EventMention;
import org.vigie.store.incident.Incident;
import org.vigie.store.timeline.Escapes;

/**
 * A bulletin as Markdown, as a self-contained HTML page (no network: the places are embedded as
 * GeoJSON and drawn as an SVG map, with no script), and as JSON. Article text is escaped for each
 * medium. Stateless.
 */
public final class BulletinRenderer {
  /** Days as ISO strings ("2011-03-20"), without the java.time module. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(
              new com.fasterxml.jackson.databind.module.SimpleModule()
                  .addSerializer(
                      java.time.LocalDate.class,
                      com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance));

  private static final int MAP_WIDTH = 480;
  private static final int MAP_HEIGHT = 320;

  private BulletinRenderer() {}

  public static String json(Bulletin b) {
    try {
      ObjectNode root = JSON.valueToTree(b);
      root.set("geojson", geoJson(b));
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the bulletin", e);
    }
  }

  /** The places of the bulletin as a GeoJSON FeatureCollection (placed ones only). */
  public static ObjectNode geoJson(Bulletin b) {
    ObjectNode fc = JSON.createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (Bulletin.Place p : b.places()) {
      if (p.lat() == null || p.lon() == null) {
        continue;
      }
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      g.putArray("coordinates").add(p.lon()).add(p.lat());
      ObjectNode props = f.putObject("properties");
      props.put("name", p.name());
      props.put("incidents", p.incidents());
      props.put("killed", p.killedHigh());
    }
    return fc;
  }

  public static String markdown(Bulletin b, String heading) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Escapes.markdown(heading)).append("\n\n");
    out.append("Période : ").append(b.from()).append(" → ").append(b.to());
    out.append(" (situation au ").append(b.to()).append(") · ");
    out.append(b.articles()).append(" article(s) publiés dans la période\n\n");
    out.append("## Faits marquants\n\n");
    if (b.highlights().isEmpty()) {
      out.append("Aucun fait daté dans la période.\n");
    }
    for (String h : b.highlights()) {
      out.append("- ").append(Escapes.markdown(h)).append('\n');
    }
    out.append("\n## Chiffres clés\n\n")
        .append(Escapes.markdown(totals(b.totals())))
        .append("\n\n");
    for (Bulletin.IncidentReport r : b.incidents()) {
      out.append("- ").append(Escapes.markdown(incidentLine(r))).append('\n');
      for (EventMention m : sources(r.incident())) {
        out.append("  - ").append(Escapes.markdown(sourceLine(m))).append('\n');
      }
    }
    out.append("\n## Lieux\n\n");
    if (b.places().isEmpty()) {
      out.append("Aucun incident localisé.\n");
    }
    for (Bulletin.Place p : b.places()) {
      out.append("- ").append(Escapes.markdown(placeLine(p))).append('\n');
    }
    out.append("\n## Qui a dit quoi\n\n");
    if (b.speakers().isEmpty()) {
      out.append("Aucune déclaration datée dans la période.\n");
    }
    for (Bulletin.SpeakerDigest s : b.speakers()) {
      out.append("- **")
          .append(Escapes.markdown(s.speaker()))
          .append("** (")
          .append(s.statements());
      out.append(" déclaration(s))\n");
      for (Bulletin.Statement st : s.main()) {
        out.append("  - ").append(Escapes.markdown(statementLine(st))).append('\n');
      }
    }
    out.append("\n## Évolution\n\n").append(Escapes.markdown(changeLine(b.change()))).append('\n');
    return out.toString();
  }

  public static String html(Bulletin b, String heading) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
        .append(Escapes.html(heading))
        .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
        .append(".src{color:#666;font-size:.9em}svg{border:1px solid #ccc;background:#f4f8fb}")
        .append(".dis{color:#a00}</style></head><body>\n<h1>")
        .append(Escapes.html(heading))
        .append("</h1>\n<p>")
        .append(
            Escapes.html(
                "Période : "
                    + b.from()
                    + " → "
                    + b.to()
                    + " (situation au "
                    + b.to()
                    + "), "
                    + b.articles()
                    + " article(s)"))
        .append("</p>\n<h2>Faits marquants</h2>\n<ul>\n");
    for (String h : b.highlights()) {
      out.append("<li>").append(Escapes.html(h)).append("</li>\n");
    }
    out.append("</ul>\n<h2>Chiffres clés</h2>\n<p>")
        .append(Escapes.html(totals(b.totals())))
        .append("</p>\n<ul>\n");
    for (Bulletin.IncidentReport r : b.incidents()) {
      out.append("<li")
          .append(r.incident().disagreements().isEmpty() ? "" : " class=\"dis\"")
          .append(">")
          .append(Escapes.html(incidentLine(r)))
          .append("<ul>");
      for (EventMention m : sources(r.incident())) {
        out.append("<li class=\"src\">").append(Escapes.html(sourceLine(m))).append("</li>");
      }
      out.append("</ul></li>\n");
    }
    out.append("</ul>\n<h2>Lieux</h2>\n").append(svgMap(b)).append("\n<ul>\n");
    for (Bulletin.Place p : b.places()) {
      out.append("<li>").append(Escapes.html(placeLine(p))).append("</li>\n");
    }
    out.append("</ul>\n<h2>Qui a dit quoi</h2>\n<ul>\n");
    for (Bulletin.SpeakerDigest s : b.speakers()) {
      out.append("<li><b>")
          .append(Escapes.html(s.speaker()))
          .append("</b> (")
          .append(s.statements())
          .append(" déclaration(s))<ul>");
      for (Bulletin.Statement st : s.main()) {
        out.append("<li>").append(Escapes.html(statementLine(st))).append("</li>");
      }
      out.append("</ul></li>\n");
    }
    out.append("</ul>\n<h2>Évolution</h2>\n<p>")
        .append(Escapes.html(changeLine(b.change())))
        .append("</p>\n");
    // The places as data, for anyone who wants to reuse them; JSON inside a script element
    // cannot close it once "<" is escaped.
    out.append("<script type=\"application/geo+json\" id=\"places\">")
        .append(geoJson(b).toString().replace("<", "\\u003c"))
        .append("</script>\n</body></html>\n");
    return out.toString();
  }

  /** The placed incidents as circles on an equirectangular projection of their bounding box. */
  static String svgMap(Bulletin b) {
    List<Bulletin.Place> placed = new ArrayList<>();
    for (Bulletin.Place p : b.places()) {
      if (p.lat() != null && p.lon() != null) {
        placed.add(p);
      }
    }
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                    + " aria-label=\"carte des incidents\">",
                MAP_WIDTH,
                MAP_HEIGHT));
    if (placed.isEmpty()) {
      return svg.append("<text x=\"10\" y=\"20\">aucun lieu géolocalisé</text></svg>").toString();
    }
    double minLat = placed.stream().mapToDouble(Bulletin.Place::lat).min().orElse(0) - 0.5;
    double maxLat = placed.stream().mapToDouble(Bulletin.Place::lat).max().orElse(0) + 0.5;
    double minLon = placed.stream().mapToDouble(Bulletin.Place::lon).min().orElse(0) - 0.5;
    double maxLon = placed.stream().mapToDouble(Bulletin.Place::lon).max().orElse(0) + 0.5;
    for (Bulletin.Place p : placed) {
      double x = 20 + (p.lon() - minLon) / (maxLon - minLon) * (MAP_WIDTH - 40);
      double y = 20 + (maxLat - p.lat()) / (maxLat - minLat) * (MAP_HEIGHT - 40);
      double r = 4 + Math.min(16, Math.sqrt(p.incidents()) * 3);
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#c33\" fill-opacity=\"0.6\">"
                      + "<title>",
                  x,
                  y,
                  r))
          .append(Escapes.html(placeLine(p)))
          .append("</title></circle>")
          .append(
              String.format(
                  Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">", x + r + 2, y + 4))
          .append(Escapes.html(p.name()))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  static String totals(Bulletin.Totals t) {
    StringBuilder b = new StringBuilder();
    b.append(t.incidents()).append(" incident(s)");
    if (!t.byType().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Integer> e : t.byType().entrySet()) {
        parts.add(e.getKey() + " " + e.getValue());
      }
      b.append(" (").append(String.join(", ", parts)).append(")");
    }
    b.append(" ; tués : ").append(range(t.killedLow(), t.killedHigh()));
    b.append(" ; blessés : ").append(range(t.injuredLow(), t.injuredHigh()));
    b.append(" (chaque incident compté une fois, de son plus bas à son plus haut chiffre)");
    return b.toString();
  }

  static String incidentLine(Bulletin.IncidentReport r) {
    Incident i = r.incident();
    StringBuilder b = new StringBuilder();
    b.append(i.firstDate().substring(0, Math.min(10, i.firstDate().length())));
    if (!i.lastDate().equals(i.firstDate())) {
      b.append("…").append(i.lastDate(), 0, Math.min(10, i.lastDate().length()));
    }
    b.append(" · ").append(i.type());
    if (i.subtype() != null) {
      b.append("/").append(i.subtype());
    }
    if (i.place() != null) {
      b.append(" · ").append(i.place());
    }
    if (i.killedMax() != null) {
      b.append(" · tués ").append(range(i.killedMin(), i.killedMax()));
    }
    if (i.injuredMax() != null) {
      b.append(" · blessés ").append(range(i.injuredMin(), i.injuredMax()));
    }
    if (!i.disagreements().isEmpty()) {
      b.append(" · les sources divergent (")
          .append(String.join(" ; ", i.disagreements()))
          .append(")");
    }
    return b.append(" — ").append(r.sentence()).toString();
  }

  /**
   * The incident's mentions, one per article and figure: an article stating the same incident in
   * two sentences is one source (the one naming who reported it first).
   */
  static List<EventMention> sources(Incident i) {
    java.util.Map<String, EventMention> byArticle = new java.util.LinkedHashMap<>();
    for (EventMention m : i.mentions()) {
      String key = m.article() + "|" + m.event().killed() + "|" + m.event().injured();
      EventMention seen = byArticle.get(key);
      if (seen == null || (seen.event().reportedBy() == null && m.event().reportedBy() != null)) {
        byArticle.put(key, m);
      }
    }
    return new ArrayList<>(byArticle.values());
  }

  static String sourceLine(EventMention m) {
    Event e = m.event();
    StringBuilder b = new StringBuilder();
    b.append(m.outlet() == null ? "source inconnue" : m.outlet());
    b.append(" [").append(m.article()).append("]");
    if (e.reportedBy() != null) {
      b.append(", selon ").append(e.reportedBy());
    }
    if (e.killed() != null) {
      b.append(" : ").append(e.killed()).append(" tués");
    }
    if (e.injured() != null) {
      b.append(e.killed() == null ? " : " : ", ").append(e.injured()).append(" blessés");
    }
    return b.toString();
  }

  static String placeLine(Bulletin.Place p) {
    return p.name()
        + " : "
        + p.incidents()
        + " incident(s)"
        + (p.killedHigh() > 0 ? ", jusqu'à " + p.killedHigh() + " tués" : "")
        + (p.lat() == null
            ? " (non géolocalisé)"
            : String.format(Locale.ROOT, " (%.3f, %.3f)", p.lat(), p.lon()));
  }

  static String statementLine(Bulletin.Statement s) {
    String text = s.text().length() <= 300 ? s.text() : s.text().substring(0, 297) + "...";
    return s.day()
        + " : « "
        + text
        + " » ("
        + (s.outlet() == null ? "" : s.outlet() + " ")
        + "["
        + s.articleId()
        + "])";
  }

  static String changeLine(Bulletin.Change c) {
    return "incidents : "
        + c.incidents()
        + " (période précédente : "
        + c.previousIncidents()
        + ") ; tués (haut) : "
        + c.killedHigh()
        + " ("
        + c.previousKilledHigh()
        + ") ; déclarations : "
        + c.statements()
        + " ("
        + c.previousStatements()
        + ")";
  }

  private static String range(Integer low, Integer high) {
    if (low == null || high == null) {
      return "?";
    }
    return low.equals(high) ? String.valueOf(low) : low + "–" + high;
  }
}
