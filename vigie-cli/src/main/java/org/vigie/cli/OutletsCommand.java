package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.search.NamingChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie outlets}: how outlets name the same entity. */
@Command(
    name = "outlets",
    mixinStandardHelpOptions = true,
    description = {
      "Per-outlet naming choices for the same entity (Artsakh / Haut-Karabakh, Pachinian /",
      "Pashinyan): names grouped by the entity they resolve to and by spelling, one line per",
      "outlet and form as written. Near-duplicates count once."
    })
final class OutletsCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Mixin StoreOption storeDir;

  @Option(
      names = "--min-outlets",
      defaultValue = "2",
      description = "Outlets per entity, at least.")
  int minOutlets;

  @Option(names = "--limit", defaultValue = "50", description = "Entities listed.")
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
      int n = 0;
      for (NamingChoice c : store.namingChoices(minOutlets)) {
        if (n++ >= limit) {
          break;
        }
        if (format == Format.jsonl) {
          out.println(json.writeValueAsString(c));
        } else {
          out.println(c.type() + "  " + c.entity());
          for (NamingChoice.OutletForm f : c.forms()) {
            out.printf(Locale.ROOT, "    %-24s %-32s %d%n", f.outlet(), f.form(), f.articles());
          }
        }
      }
      out.flush();
      return VigieCommand.OK;
    }
  }
}
