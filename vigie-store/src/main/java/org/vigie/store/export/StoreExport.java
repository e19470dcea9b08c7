package org.vigie.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.Quote;
import org.vigie.store.VigieStore;

/**
 * Writes one kind of record from every stored article, in ingest order: articles (JSON Lines: the
 * contract Article; CSV: its metadata and text), quotes, entities or events, each row carrying its
 * article's id, outlet and publication date so it stands alone in a spreadsheet. Every event
 * mention is exported; its {@code modality} column marks those that did not happen (denied,
 * hypothetical, planned, demanded), whose figures are never filled.
 */
public final class StoreExport {
  /** What to export. */
  public enum What {
    articles,
    quotes,
    entities,
    events
  }

  /** How. */
  public enum Format {
    jsonl,
    csv
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoreExport() {}

  /** Exports; returns the number of records written. */
  public static long write(VigieStore store, What what, Format format, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    long[] n = {0};
    try {
      if (format == Format.csv) {
        csv.row(header(what));
      }
      try {
        forEachRow(store, what, format, out, csv, n);
      } finally {
        // Whatever stops the export (a damaged article), what is out ends at a whole record.
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n[0];
  }

  private static void forEachRow(
      VigieStore store, What what, Format format, Writer out, CsvWriter csv, long[] n) {
    {
      store.forEach(
          article -> {
            try {
              if (what == What.articles && format == Format.jsonl) {
                out.write(ArticleJson.line(article));
                out.write('\n');
                n[0]++;
                return;
              }
              for (Map<String, Object> row : rows(what, article)) {
                if (format == Format.csv) {
                  List<Object> fields = new ArrayList<>();
                  for (Object v : row.values()) {
                    fields.add(v instanceof List<?> l ? String.join("; ", strings(l)) : v);
                  }
                  csv.row(fields);
                } else {
                  out.write(JSON.writeValueAsString(row));
                  out.write('\n');
                }
                n[0]++;
              }
            } catch (JsonProcessingException e) {
              throw new IllegalStateException(e);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static List<String> strings(List<?> values) {
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      out.add(String.valueOf(v));
    }
    return out;
  }

  static List<String> header(What what) {
    return switch (what) {
      case articles ->
          List.of(
              "id",
              "published",
              "outlet",
              "url",
              "path",
              "title",
              "story",
              "duplicateOf",
              "language",
              "text");
      case quotes ->
          List.of(
              "article",
              "published",
              "outlet",
              "speaker",
              "speakerCanonical",
              "speakerType",
              "kind",
              "cue",
              "text",
              "start",
              "end");
      case entities ->
          List.of("article", "published", "outlet", "text", "canonical", "type", "start", "end");
      case events ->
          List.of(
              "article",
              "published",
              "outlet",
              "type",
              "subtype",
              "modality",
              "trigger",
              "date",
              "location",
              "killed",
              "injured",
              "actors",
              "targets",
              "reportedBy",
              "start",
              "end");
    };
  }

  static List<Map<String, Object>> rows(What what, Article a) {
    List<Map<String, Object>> rows = new ArrayList<>();
    switch (what) {
      case articles ->
          rows.add(
              row(
                  what,
                  a.id(),
                  a.published(),
                  a.source().outlet(),
                  a.source().url(),
                  a.source().path(),
                  a.title(),
                  a.story(),
                  a.duplicateOf(),
                  a.language(),
                  a.text()));
      case quotes -> {
        for (Quote q : a.quotes()) {
          rows.add(
              row(
                  what,
                  a.id(),
                  a.published(),
                  a.source().outlet(),
                  q.speaker() == null ? null : q.speaker().text(),
                  q.speaker() == null ? null : q.speaker().canonical(),
                  q.speaker() == null ? null : q.speaker().type().name(),
                  q.kind().json(),
                  q.cue() == null ? null : q.cue().text(),
                  q.text(),
                  q.start(),
                  q.end()));
        }
      }
      case entities -> {
        for (Entity e : a.entities()) {
          rows.add(
              row(
                  what,
                  a.id(),
                  a.published(),
                  a.source().outlet(),
                  e.text(),
                  e.canonical(),
                  e.type().name(),
                  e.start(),
                  e.end()));
        }
      }
      case events -> {
        // Every mention, its modality in a column: the unasserted ones are an analyst's too.
        for (Event e : a.eventMentions()) {
          rows.add(
              row(
                  what,
                  a.id(),
                  a.published(),
                  a.source().outlet(),
                  e.type(),
                  e.subtype(),
                  e.modality().json(),
                  e.trigger(),
                  e.date(),
                  e.location(),
                  e.killed(),
                  e.injured(),
                  e.actors(),
                  e.targets(),
                  e.reportedBy(),
                  e.start(),
                  e.end()));
        }
      }
    }
    return rows;
  }

  private static Map<String, Object> row(What what, Object... values) {
    List<String> names = header(what);
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      row.put(names.get(i), values[i]);
    }
    return row;
  }
}
