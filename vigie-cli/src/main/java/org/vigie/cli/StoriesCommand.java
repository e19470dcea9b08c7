package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.search.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie stories}: the store's stories, largest first. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "List the stories of the store (articles grouped as they were ingested).")
final class StoriesCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Mixin StoreOption storeDir;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Format format;

  @Option(names = "--min-size", defaultValue = "1", description = "Smallest story listed.")
  int minSize;

  @Option(names = "--limit", defaultValue = "2147483647", description = "Stories listed.")
  int limit;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 0 || minSize < 0) {
      spec.commandLine().getErr().println("vigie: --limit and --min-size must be 0 or more");
      return VigieCommand.USAGE;
    }
    ObjectMapper json = new ObjectMapper();
    try (VigieStore store = storeDir.open()) {
      int n = 0;
      for (StorySummary s : store.stories()) {
        if (s.articles().size() < minSize || n++ >= limit) {
          continue;
        }
        if (format == Format.jsonl) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("story", s.story());
          line.put("title", s.title());
          line.put("articles", s.articles());
          line.put("outlets", s.outlets());
          line.put("first", s.first());
          line.put("last", s.last());
          line.put("duplicates", s.duplicates());
          out.println(json.writeValueAsString(line));
        } else {
          out.printf(
              Locale.ROOT,
              "%-28s %3d article(s) %s .. %s  %s%n    %s%n",
              s.story(),
              s.articles().size(),
              s.first() == null ? "?" : s.first(),
              s.last() == null ? "?" : s.last(),
              String.join(", ", s.outlets()),
              s.title());
        }
      }
      out.flush();
      return VigieCommand.OK;
    }
  }
}
