package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.search.ArticleFilter;
import org.vigie.store.search.SearchRequest;
import org.vigie.store.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie search}: full-text search of the store, with filters and facets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the store: French stemming, \"phrases\", AND/OR/NOT, +must -must-not, title:word.",
      "Words are all required unless OR says otherwise; * alone lists everything the filters keep.",
      "Near-duplicates are shown once (as their first-seen original) and counted once in facets."
    })
final class SearchCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (words are joined).")
  List<String> query;

  @Mixin StoreOption storeDir;

  @Option(names = "--speaker", description = "Only articles quoting this speaker (canonical name).")
  String speaker;

  @Option(names = "--entity", description = "Only articles naming this entity.")
  String entity;

  @Option(names = "--outlet", description = "Only articles from this outlet.")
  String outlet;

  @Option(names = "--type", description = "Only articles with an event of this PLOVER type.")
  String type;

  @Option(names = "--from", description = "Published on or after (YYYY-MM-DD, YYYY-MM, YYYY).")
  String from;

  @Option(names = "--to", description = "Published on or before (YYYY-MM-DD, YYYY-MM, YYYY).")
  String to;

  @Option(names = "--limit", defaultValue = "10", description = "Hits. Default: ${DEFAULT-VALUE}.")
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
    ArticleFilter filter =
        new ArticleFilter(
            speaker,
            entity,
            outlet,
            type,
            DateOption.parse(from, false),
            DateOption.parse(to, true),
            false,
            limit);
    try (VigieStore store = storeDir.open()) {
      List<String> unknown = store.unknownFilterValues(filter);
      if (!unknown.isEmpty()) {
        // A value no article has would give 0 hits in silence: say so, with the known values.
        unknown.forEach(line -> spec.commandLine().getErr().println("vigie: " + line));
        return VigieCommand.USAGE;
      }
      SearchResult result =
          store.search(new SearchRequest(String.join(" ", query), filter, limit, 10));
      if (format == Format.jsonl) {
        ObjectMapper json = new ObjectMapper();
        for (SearchResult.Hit h : result.hits()) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("id", h.id());
          line.put("title", h.title());
          line.put("score", h.score());
          line.put("snippet", h.snippet());
          line.put("published", h.published());
          line.put("outlet", h.outlet());
          line.put("story", h.story());
          out.println(json.writeValueAsString(line));
        }
      } else {
        out.printf(Locale.ROOT, "%d article(s)%n%n", result.total());
        for (SearchResult.Hit h : result.hits()) {
          out.printf(
              Locale.ROOT,
              "%6.2f  %s  %s  %s%n",
              h.score(),
              h.id(),
              h.published() == null ? "-" : h.published(),
              h.outlet() == null ? "-" : h.outlet());
          if (h.title() != null && !h.title().isBlank()) {
            out.printf(Locale.ROOT, "        %s%n", h.title());
          }
          // The terminal shows the snippet plain: <b> marks are for HTML (jsonl keeps them).
          out.printf(
              Locale.ROOT,
              "        %s%n%n",
              h.snippet().replace("<b>", "").replace("</b>", "").replace('\n', ' '));
        }
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : result.facets().entrySet()) {
          if (f.getValue().isEmpty()) {
            continue;
          }
          StringBuilder line = new StringBuilder();
          for (SearchResult.FacetCount c : f.getValue()) {
            line.append(line.length() == 0 ? "" : ", ")
                .append(c.value())
                .append(" (")
                .append(c.count())
                .append(')');
          }
          out.printf(Locale.ROOT, "%-8s %s%n", f.getKey(), line);
        }
      }
      out.flush();
      return VigieCommand.OK;
    }
  }
}
