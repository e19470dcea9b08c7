package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.timeline.StoreTimeline;
import org.vigie.store.timeline.Timeline;
import org.vigie.store.timeline.TimelineBuilder;
import org.vigie.store.timeline.TimelineRenderer;
import org.vigie.store.timeline.TimelineSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin StoreOption storeDir;

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

  @Mixin ReadLimit readLimit;

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
    if (dates < 1 || dates > 1000 || lines < 1 || lines > 5) {
      err.println("vigie: --dates must be 1..1000 and --lines 1..5");
      return VigieCommand.USAGE;
    }
    if (!readLimit.valid(err)) {
      return VigieCommand.USAGE;
    }
    LocalDate first = DateOption.parse(from, false);
    LocalDate last = DateOption.parse(to, true);
    if (first != null && last != null && first.isAfter(last)) {
      err.println("vigie: --from " + from + " is after --to " + to);
      return VigieCommand.USAGE;
    }
    try (VigieStore store = storeDir.open()) {
      StoreTimeline.Result built =
          StoreTimeline.build(
              store,
              new TimelineSelection(query, entity, place, type, first, last, readLimit.maxArticles),
              new TimelineBuilder.Config(dates, lines, first, last));
      readLimit.reportTruncation(built.truncated(), err, "timeline", "by date; narrow the query");
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
