package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigie.json.ArticleJson;
import org.vigie.model.Event;
import org.vigie.model.Geo;
import org.vigie.store.VigieStore;
import org.vigie.store.export.CsvWriter;
import org.vigie.store.incident.EventMention;
import org.vigie.store.incident.EventSelection;
import org.vigie.store.incident.Incident;
import org.vigie.store.incident.IncidentGrouper;
import org.vigie.store.incident.IncidentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie events}: what happened across the inputs, one line per incident (mentions of one
 * event by several articles grouped, with the range of figures and the sources' disagreements), or
 * one per event mention with {@code --mentions}.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "List incidents (an event reported by one or more articles: type, place, dates, casualty",
      "figures and where sources disagree), or every event mention with --mentions. Only",
      "asserted events unless --any-modality."
    })
final class EventsCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl,
    csv,
    geojson
  }

  @Mixin ArticleInputs inputs;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "PLOVER type or subtype (ASSAULT, drone-strike).")
  String type;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Events on or after (YYYY[-MM[-DD]]).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Events on or before (YYYY[-MM[-DD]]).")
  String to;

  @Option(names = "--place", paramLabel = "P", description = "Events whose place name contains P.")
  String place;

  @Option(
      names = "--entity",
      paramLabel = "E",
      description = "Events whose actors, targets, victims or place name E.")
  String entity;

  @Option(
      names = "--any-modality",
      description = "Denied, planned, hypothetical and demanded events too (default: asserted).")
  boolean anyModality;

  @Option(names = "--mentions", description = "One line per event mention, not per incident.")
  boolean mentions;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, jsonl, csv or geojson (placed events). Default: ${DEFAULT-VALUE}.")
  Format format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate first = DateOption.parse(from, false);
    LocalDate last = DateOption.parse(to, true);
    if (first != null && last != null && first.isAfter(last)) {
      err.println("vigie: --from " + first + " is after --to " + last);
      return VigieCommand.USAGE;
    }
    EventSelection selection = new EventSelection(type, place, entity, first, last, anyModality);
    if (inputs.data != null && inputs.paths.isEmpty() && listsDigest(selection)) {
      // An empty digest may be an empty store, whose answer (a usage error) the full read gives.
      Optional<List<IncidentSummary>> digest = VigieStore.incidentDigest(inputs.data);
      if (digest.isPresent() && !digest.get().isEmpty()) {
        renderIncidents(out, digest.get());
        out.flush();
        return VigieCommand.OK;
      }
    }
    ArticleInputs.Read read =
        inputs.read(ArticleInputs.Keep.EVENTS, selection::readCandidates, err);
    if (read == null) {
      return VigieCommand.USAGE;
    }
    List<EventMention> wanted = selection.mentions(read.articles());
    if (mentions) {
      renderMentions(out, wanted);
    } else {
      List<Incident> incidents = new IncidentGrouper().group(wanted);
      if (format == Format.jsonl) {
        incidents.forEach(i -> out.println(ArticleJson.line(i)));
      } else {
        renderIncidents(out, incidents.stream().map(IncidentSummary::of).toList());
      }
    }
    out.flush();
    if (read.noInput()) {
      return VigieCommand.USAGE;
    }
    return read.failed() > 0 ? VigieCommand.SOME_FAILED : VigieCommand.OK;
  }

  /**
   * Whether the store's incident digest answers: every asserted incident listed without its
   * mentions. A filter groups its own mentions (a subtype, a place spelling or a period can split
   * an incident of the whole store), and jsonl prints every mention.
   */
  private boolean listsDigest(EventSelection selection) {
    return !mentions && format != Format.jsonl && selection.equals(EventSelection.ASSERTED);
  }

  /** Incidents as a table, CSV or GeoJSON (jsonl prints them whole, with their mentions). */
  private void renderIncidents(PrintWriter out, List<IncidentSummary> incidents)
      throws IOException {
    switch (format) {
      case csv -> {
        CsvWriter csv = new CsvWriter(out);
        csv.row(
            List.of(
                "type",
                "subtype",
                "place",
                "first",
                "last",
                "killedMin",
                "killedMax",
                "injuredMin",
                "injuredMax",
                "sources",
                "disagreements"));
        for (IncidentSummary i : incidents) {
          csv.row(
              Arrays.asList(
                  i.type(),
                  i.subtype(),
                  i.place(),
                  i.firstDate(),
                  i.lastDate(),
                  str(i.killedMin()),
                  str(i.killedMax()),
                  str(i.injuredMin()),
                  str(i.injuredMax()),
                  String.valueOf(i.sources()),
                  String.join(" | ", i.disagreements())));
        }
      }
      case geojson -> {
        List<Feature> features = new ArrayList<>();
        for (IncidentSummary i : incidents) {
          if (i.geo() != null) {
            features.add(
                new Feature(
                    i.geo(),
                    i.type(),
                    i.subtype(),
                    i.place(),
                    i.lastDate(),
                    i.killedMax(),
                    i.injuredMax(),
                    (int) i.sources()));
          }
        }
        out.println(geoJson(features));
      }
      default -> {
        out.printf(
            Locale.ROOT,
            "%-10s %-28s %-24s %9s %9s %4s  %s%n",
            "DATE",
            "EVENT",
            "PLACE",
            "KILLED",
            "INJURED",
            "SRC",
            "DISAGREEMENTS");
        for (IncidentSummary i : incidents) {
          out.printf(
              Locale.ROOT,
              "%-10s %-28s %-24s %9s %9s %4d  %s%n",
              i.lastDate(),
              i.type() + "/" + i.subtype(),
              clip(i.place(), 24),
              range(i.killedMin(), i.killedMax()),
              range(i.injuredMin(), i.injuredMax()),
              i.sources(),
              clip(String.join(" | ", i.disagreements()), 120));
        }
      }
    }
  }

  private void renderMentions(PrintWriter out, List<EventMention> all) throws IOException {
    switch (format) {
      case jsonl -> all.forEach(m -> out.println(ArticleJson.line(m)));
      case csv -> {
        CsvWriter csv = new CsvWriter(out);
        csv.row(
            List.of(
                "article",
                "outlet",
                "date",
                "type",
                "subtype",
                "modality",
                "trigger",
                "place",
                "killed",
                "injured",
                "cumulative",
                "reportedBy"));
        for (EventMention m : all) {
          Event e = m.event();
          csv.row(
              Arrays.asList(
                  m.article(),
                  m.outlet(),
                  e.date(),
                  e.type(),
                  e.subtype(),
                  e.modality().json(),
                  e.trigger(),
                  e.location(),
                  str(e.killed()),
                  str(e.injured()),
                  String.valueOf(e.cumulative()),
                  e.reportedBy()));
        }
      }
      case geojson -> {
        List<Feature> features = new ArrayList<>();
        for (EventMention m : all) {
          Event e = m.event();
          if (e.geo() != null) {
            features.add(
                new Feature(
                    e.geo(),
                    e.type(),
                    e.subtype(),
                    e.location(),
                    e.date(),
                    e.killed(),
                    e.injured(),
                    1));
          }
        }
        out.println(geoJson(features));
      }
      default -> {
        out.printf(
            Locale.ROOT,
            "%-10s %-28s %-12s %-20s %6s %6s  %s%n",
            "DATE",
            "EVENT",
            "MODALITY",
            "PLACE",
            "KILLED",
            "INJURED",
            "TRIGGER [ARTICLE]");
        for (EventMention m : all) {
          Event e = m.event();
          out.printf(
              Locale.ROOT,
              "%-10s %-28s %-12s %-20s %6s %6s  %s [%s]%n",
              e.date() == null ? "-" : e.date(),
              e.type() + "/" + e.subtype(),
              e.modality().json(),
              clip(e.location(), 20),
              cell(e.killed()),
              cell(e.injured()),
              clip(e.trigger(), 40),
              m.article());
        }
      }
    }
  }

  /** One map point: an incident or a mention with its place. */
  private record Feature(
      Geo geo,
      String type,
      String subtype,
      String place,
      String date,
      Integer killed,
      Integer injured,
      int sources) {}

  private static String geoJson(List<Feature> features) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
    ArrayNode array = collection.putArray("features");
    for (Feature f : features) {
      ObjectNode feature = array.addObject().put("type", "Feature");
      ObjectNode geometry = feature.putObject("geometry").put("type", "Point");
      geometry.putArray("coordinates").add(f.geo().lon()).add(f.geo().lat());
      ObjectNode p = feature.putObject("properties");
      p.put("type", f.type());
      p.put("subtype", f.subtype());
      p.put("place", f.place());
      p.put("date", f.date());
      p.put("killed", f.killed());
      p.put("injured", f.injured());
      p.put("sources", f.sources());
    }
    return json.writeValueAsString(collection);
  }

  private static String range(Integer min, Integer max) {
    if (min == null) {
      return "-";
    }
    return min.equals(max) ? String.valueOf(min) : min + "-" + max;
  }

  private static String cell(Integer v) {
    return v == null ? "-" : String.valueOf(v);
  }

  private static String str(Integer v) {
    return v == null ? null : String.valueOf(v);
  }

  /** Article text reaches a terminal: control characters out, long values cut. */
  private static String clip(String s, int max) {
    if (s == null) {
      return "-";
    }
    String one = s.replaceAll("\\p{Cntrl}", " ").strip();
    return one.length() > max ? one.substring(0, max - 1) + "…" : one;
  }
}
