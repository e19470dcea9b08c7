package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.search.SimilarArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie similar}: articles like a stored one ("more like this"). */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description =
        "Articles most like the stored article ID (shared rare words, Lucene MoreLikeThis).")
final class SimilarCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Parameters(index = "0", paramLabel = "ID", description = "A stored article id.")
  String id;

  @Mixin StoreOption storeDir;

  @Option(names = "--limit", defaultValue = "10", description = "Articles listed.")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Format format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 0) {
      spec.commandLine().getErr().println("vigie: --limit must be 0 or more; got " + limit);
      return VigieCommand.USAGE;
    }
    ObjectMapper json = new ObjectMapper();
    try (VigieStore store = storeDir.open()) {
      for (SimilarArticle s : store.similar(id, limit)) {
        if (format == Format.jsonl) {
          out.println(json.writeValueAsString(s));
        } else {
          out.printf(
              Locale.ROOT,
              "%6.2f  %s  %s  %s%s%n        %s%n",
              s.score(),
              s.id(),
              s.published() == null ? "-" : s.published(),
              s.outlet() == null ? "-" : s.outlet(),
              s.duplicateOf() == null ? "" : "  (copy of " + s.duplicateOf() + ")",
              s.title());
        }
      }
      out.flush();
      return VigieCommand.OK;
    }
  }
}
