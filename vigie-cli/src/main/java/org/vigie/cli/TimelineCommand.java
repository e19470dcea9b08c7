package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.timeline.StoreTimeline;
import org.vigie.store.timeline.Timeline;
import org.vigie.store.timeline.TimelineBuilder;
import org.vigie.store.timeline.TimelineRenderer;
import org.vigie.store.timeline.TimelineSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie timeline}: the most important days of a selection of stored articles. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "The N most important days of the stored articles (or of those matching QUERY and the",
      "filters), each with the sentences that say what happened and every article stating them.",
      "Days are ranked by how many articles point at them; one line per incident."
    })
final class TimelineCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl,
    md,
    html
  }

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "vigie-data", description = "Store.")
  Path data;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Full-text query (optional).")
  String query;

  @Option(names = "--entity", paramLabel = "NAME", description = "Articles naming this entity.")
  String entity;

  @Option(names = "--place", paramLabel = "NAME", description = "Articles naming this place.")
  String place;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Articles with an event of this PLOVER type or subtype (ASSAULT, airstrike).")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY[-MM[-DD]]).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY[-MM[-DD]]).")
  String to;

  @Option(
      names = "--dates",
      defaultValue = "10",
      description = "Days in the timeline (1..1000). Default: ${DEFAULT-VALUE}.")
  int dates;

  @Option(
      names = "--lines",
      defaultValue = "2",
      description = "Lines per day (1..5). Default: ${DEFAULT-VALUE}.")
  int lines;

  @Option(
      names = "--max-articles",
      defaultValue = "20000",
      description = "Articles read at most. Default: ${DEFAULT-VALUE}.")
  int maxArticles;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, jsonl, md or html. Default: ${DEFAULT-VALUE}.")
  Format format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dates < 1 || dates > 1000 || lines < 1 || lines > 5 || maxArticles < 1) {
      err.println("vigie: --dates must be 1..1000, --lines 1..5 and --max-articles positive");
      return VigieCommand.USAGE;
    }
    LocalDate first = DateOption.parse(from, false);
    LocalDate last = DateOption.parse(to, true);
    if (first != null && last != null && first.isAfter(last)) {
      err.println("vigie: --from " + from + " is after --to " + to);
      return VigieCommand.USAGE;
    }
    try (VigieStore store = VigieStore.open(data)) {
      StoreTimeline.Result built =
          StoreTimeline.build(
              store,
              new TimelineSelection(query, entity, place, type, first, last, maxArticles),
              new TimelineBuilder.Config(dates, lines, first, last));
      if (built.truncated()) {
        err.println(
            "vigie: more than "
                + maxArticles
                + " articles match; the timeline uses the first "
                + maxArticles
                + " by date (narrow the query or raise --max-articles)");
      }
      Timeline timeline = built.timeline();
      String heading = "Chronologie" + (query == null ? "" : " : " + query);
      out.print(
          switch (format) {
            case table -> TimelineRenderer.table(timeline);
            case jsonl -> TimelineRenderer.jsonl(timeline);
            case md -> TimelineRenderer.markdown(timeline, heading);
            case html -> TimelineRenderer.html(timeline, heading);
          });
      if (timeline.entries().isEmpty()) {
        err.println(
            "vigie: no stored article matches with a dated sentence; the timeline is empty");
      }
      out.flush();
      return VigieCommand.OK;
    }
  }
}
