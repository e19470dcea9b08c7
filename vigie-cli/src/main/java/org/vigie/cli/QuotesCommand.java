package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.quote.SpeakerDirectory;
import org.vigie.quote.SpeakerNames;
import org.vigie.quote.Statement;
import org.vigie.store.export.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie quotes}: every statement of the inputs with its speaker (one name per speaker across
 * the articles), cue, kind, date, article and outlet.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "List the statements in articles: speaker, kind (direct, indirect, mixed), cue, date,",
      "article, outlet and the words reported. Spellings of one speaker across articles",
      "(Pashinian/Pashinyan, Lavrov/Sergueï Lavrov) are listed under one name."
    })
final class QuotesCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl,
    csv
  }

  @Mixin ArticleInputs inputs;

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Only this speaker's statements (any spelling: \"Pashinyan\", \"lavrov\").")
  String speaker;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, jsonl or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleInputs.Read read = inputs.read(ArticleInputs.Keep.QUOTES, err);
    if (read == null) {
      return VigieCommand.USAGE;
    }
    List<Article> articles = read.articles();
    SpeakerDirectory directory = new SpeakerDirectory();
    for (Article a : articles) {
      a.quotes().forEach(q -> directory.add(q.speaker().canonical(), q.speaker().type()));
    }
    String wanted = speaker == null ? null : SpeakerNames.key(speaker);
    List<Statement> statements = new ArrayList<>();
    for (Article a : articles) {
      for (Quote q : a.quotes()) {
        Statement s = Statement.of(a, q, directory);
        if (wanted == null || s.speaker() != null && matches(s.speaker(), wanted)) {
          statements.add(s);
        }
      }
    }
    if (wanted != null) {
      // A speaker's statements over time: oldest first, undated last.
      statements.sort(
          Comparator.comparing(
              Statement::date, Comparator.nullsLast(Comparator.<String>naturalOrder())));
    }
    render(out, statements);
    out.flush();
    if (articles.isEmpty()) {
      err.println(
          "vigie: no articles to list: "
              + (read.failed() > 0
                  ? "every input failed (see above)"
                  : "the store is empty (vigie ingest --data DIR PATH... fills it)"));
      return VigieCommand.USAGE;
    }
    return read.failed() > 0 ? VigieCommand.SOME_FAILED : VigieCommand.OK;
  }

  /** "lavrov" finds "Sergueï Lavrov"; "Pashinyan" finds "Nikol Pashinian". */
  private static boolean matches(String name, String wanted) {
    String key = SpeakerNames.key(name);
    return key.equals(wanted) || (" " + key + " ").contains(" " + wanted + " ");
  }

  private void render(PrintWriter out, List<Statement> statements) throws IOException {
    switch (format) {
      case jsonl:
        statements.forEach(s -> out.println(ArticleJson.line(s)));
        break;
      case csv:
        CsvWriter csv = new CsvWriter(out);
        csv.row(
            List.of(
                "article",
                "outlet",
                "published",
                "date",
                "speaker",
                "speakerType",
                "speakerText",
                "kind",
                "cue",
                "text"));
        for (Statement s : statements) {
          csv.row(
              Arrays.asList(
                  s.article(),
                  s.outlet(),
                  s.published(),
                  s.date(),
                  s.speaker(),
                  s.speakerType(),
                  s.speakerText(),
                  s.kind(),
                  s.cue(),
                  s.text()));
        }
        break;
      default:
        for (Statement s : statements) {
          out.printf(
              Locale.ROOT,
              "%-10s  %-28s  %-8s  %-20s  %s%n",
              s.date() == null
                  ? "-"
                  : s.date().length() > 10 ? s.date().substring(0, 10) : s.date(),
              clip(s.speaker() == null ? "(" + s.speakerText() + ")" : s.speaker(), 28),
              s.kind(),
              clip(s.cue() == null ? "-" : s.cue(), 20),
              clip(s.text().replace('\n', ' '), 100) + "  [" + s.article() + "]");
        }
    }
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
