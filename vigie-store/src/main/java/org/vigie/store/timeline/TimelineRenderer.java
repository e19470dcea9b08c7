package org.vigie.store.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A timeline for people and programs: a terminal table, JSON Lines (one day per line), Markdown,
 * and a self-contained HTML page. Article text is untrusted: HTML output escapes it, Markdown
 * escapes its markup characters, the table strips control characters. Stateless.
 */
public final class TimelineRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineRenderer() {}

  /** One line per timeline line: day, sources, sentence. */
  public static String table(Timeline t) {
    StringBuilder out = new StringBuilder();
    for (Timeline.Entry e : t.entries()) {
      for (Timeline.Line l : e.lines()) {
        out.append(e.day())
            .append("  ")
            .append(String.format(Locale.ROOT, "%-28s", clip(outlets(l), 28)))
            .append("  ")
            .append(Escapes.terminal(l.text()))
            .append(figures(l))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** One JSON object per day: {@code {"day", "score", "articles", "lines": [...]}}. */
  public static String jsonl(Timeline t) {
    StringBuilder out = new StringBuilder();
    for (Timeline.Entry e : t.entries()) {
      ObjectNode day = JSON.createObjectNode();
      day.put("day", e.day().toString());
      day.put("score", e.score());
      day.put("articles", e.articles());
      ArrayNode lines = day.putArray("lines");
      for (Timeline.Line l : e.lines()) {
        ObjectNode line = lines.addObject();
        line.put("text", l.text());
        line.put("articleId", l.articleId());
        line.put("outlet", l.outlet());
        line.put("dated", l.dated().name().toLowerCase(java.util.Locale.ROOT));
        line.put("eventType", l.eventType());
        line.put("killed", l.killed());
        line.put("injured", l.injured());
        ArrayNode sources = line.putArray("sources");
        for (Timeline.Source src : l.sources()) {
          ObjectNode o = sources.addObject();
          o.put("articleId", src.articleId());
          o.put("outlet", src.outlet());
          o.put("published", src.published() == null ? null : src.published().toString());
        }
      }
      try {
        out.append(JSON.writeValueAsString(day)).append('\n');
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException("cannot serialise a timeline day", ex);
      }
    }
    return out.toString();
  }

  public static String markdown(Timeline t, String heading) {
    StringBuilder out = new StringBuilder("# ").append(Escapes.markdown(heading)).append("\n\n");
    for (Timeline.Entry e : t.entries()) {
      out.append("## ").append(e.day()).append("\n\n");
      for (Timeline.Line l : e.lines()) {
        out.append("- ").append(Escapes.markdown(l.text())).append(Escapes.markdown(figures(l)));
        out.append(" — ").append(Escapes.markdown(sources(l))).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static String html(Timeline t, String heading) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
        .append(Escapes.html(heading))
        .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
        .append("h2{border-bottom:1px solid #ccc}.src{color:#666;font-size:.9em}</style>")
        .append("</head><body>\n<h1>")
        .append(Escapes.html(heading))
        .append("</h1>\n");
    for (Timeline.Entry e : t.entries()) {
      out.append("<h2>").append(e.day()).append("</h2>\n<ul>\n");
      for (Timeline.Line l : e.lines()) {
        out.append("<li>")
            .append(Escapes.html(l.text() + figures(l)))
            .append(" <span class=\"src\">")
            .append(Escapes.html(sources(l)))
            .append("</span></li>\n");
      }
      out.append("</ul>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  static String figures(Timeline.Line l) {
    List<String> parts = new ArrayList<>();
    if (l.killed() != null) {
      parts.add(l.killed() + " tués");
    }
    if (l.injured() != null) {
      parts.add(l.injured() + " blessés");
    }
    return parts.isEmpty() ? "" : " [" + String.join(", ", parts) + "]";
  }

  static String outlets(Timeline.Line l) {
    Set<String> names = new LinkedHashSet<>();
    for (Timeline.Source s : l.sources()) {
      names.add(s.outlet() == null ? s.articleId() : s.outlet());
    }
    return String.join(", ", names);
  }

  static String sources(Timeline.Line l) {
    List<String> parts = new ArrayList<>();
    for (Timeline.Source s : l.sources()) {
      parts.add((s.outlet() == null ? "" : s.outlet() + " ") + "[" + s.articleId() + "]");
    }
    return String.join(", ", parts);
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
