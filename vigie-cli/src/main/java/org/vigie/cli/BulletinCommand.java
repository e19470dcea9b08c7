package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.bulletin.Bulletin;
import org.vigie.store.bulletin.BulletinBuilder;
import org.vigie.store.bulletin.BulletinRenderer;
import org.vigie.store.timeline.TimelineSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie bulletin}: a situation report of the stored articles for a day or a period. */
@Command(
    name = "bulletin",
    mixinStandardHelpOptions = true,
    description = {
      "A situation report for the --days days ending on --date: highlights, key figures by",
      "incident with each source's figures side by side, places (with a map in HTML), who said",
      "what, and the change since the period before. Only items dated in the period are in it."
    })
final class BulletinCommand implements Callable<Integer> {
  static final int MAX_DAYS = 366;

  enum Format {
    md,
    html,
    json
  }

  @Mixin StoreOption storeDir;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "DATE",
      description = "Last day (YYYY-MM-DD).")
  String date;

  @Option(
      names = "--days",
      defaultValue = "1",
      description = "Days covered, ending on --date (1..366). Default: ${DEFAULT-VALUE}.")
  int days;

  @Option(names = "--place", paramLabel = "NAME", description = "Articles naming this place.")
  String place;

  @Option(names = "--query", paramLabel = "QUERY", description = "Articles matching this query.")
  String query;

  @Mixin ReadLimit readLimit;

  @Option(
      names = "--format",
      defaultValue = "md",
      description = "md, html or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate last;
    try {
      last = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      err.println("vigie: --date must be a day (YYYY-MM-DD): " + date);
      return VigieCommand.USAGE;
    }
    if (days < 1 || days > MAX_DAYS) {
      err.println(
          "vigie: --days must be 1.." + MAX_DAYS + " (a bulletin covers up to a year): " + days);
      return VigieCommand.USAGE;
    }
    if (!readLimit.valid(err)) {
      return VigieCommand.USAGE;
    }
    LocalDate first = last.minusDays(days - 1L);
    try (VigieStore store = storeDir.open()) {
      // The period before is read too, for "what changed".
      TimelineSelection.Result selected =
          new TimelineSelection(
                  query, null, place, null, first.minusDays(days), last, readLimit.maxArticles)
              .read(store);
      readLimit.reportTruncation(
          selected.truncated(), err, "bulletin", "narrow with --place or --query");
      Bulletin bulletin = new BulletinBuilder().build(selected.articles(), first, last);
      String heading =
          "Bulletin "
              + (days == 1 ? "du " + last : "du " + first + " au " + last)
              + (place == null ? "" : " — " + place)
              + (query == null ? "" : " — " + query);
      out.print(
          switch (format) {
            case md -> BulletinRenderer.markdown(bulletin, heading);
            case html -> BulletinRenderer.html(bulletin, heading);
            case json -> BulletinRenderer.json(bulletin);
          });
      if (selected.articles().isEmpty()) {
        err.println(
            "vigie: no stored article for " + first + ".." + last + "; the bulletin is empty");
      }
      out.flush();
      return VigieCommand.OK;
    }
  }
}
