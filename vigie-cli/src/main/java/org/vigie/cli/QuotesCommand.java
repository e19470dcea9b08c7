package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.quote.SpeakerDirectory;
import org.vigie.quote.SpeakerNames;
import org.vigie.quote.Statement;
import org.vigie.store.export.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories or -.")
  List<String> paths = List.of();

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Read the statements of the store in DIR (vigie ingest) instead of PATHs.")
  Path data;

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

  @Option(names = "--threads", description = "Analysis threads. Default: the number of cores.")
  Integer threads;

  @Option(names = "--config", paramLabel = "FILE", description = "Analysis configuration (JSON).")
  Path config;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisConfig settings = config == null ? AnalysisConfig.DEFAULT : AnalysisConfig.read(config);
    int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (poolSize < 1) {
      err.println("vigie: --threads must be at least 1");
      return VigieCommand.USAGE;
    }
    if ((data == null) == paths.isEmpty()) {
      err.println("vigie: give either PATHs to analyse or --data DIR to read a store");
      return VigieCommand.USAGE;
    }
    ArticleInputs.Read read =
        ArticleInputs.read(paths, data, settings, poolSize, err, QuotesCommand::withoutWords);
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
      return VigieCommand.USAGE;
    }
    return read.failed() > 0 ? VigieCommand.SOME_FAILED : VigieCommand.OK;
  }

  /** "lavrov" finds "Sergueï Lavrov"; "Pashinyan" finds "Nikol Pashinian". */
  private static boolean matches(String name, String wanted) {
    String key = SpeakerNames.key(name);
    return key.equals(wanted) || (" " + key + " ").contains(" " + wanted + " ");
  }

  /** Words and sentences are not needed to list statements; drop them to keep memory small. */
  private static Article withoutWords(Article a) {
    return new Article(
        a.id(),
        a.source(),
        a.language(),
        a.title(),
        a.author(),
        a.published(),
        a.publishedInferred(),
        a.dateline(),
        "",
        a.cleaning(),
        List.of(),
        a.quotes(),
        List.of(),
        List.of(),
        a.story(),
        a.duplicateOf(),
        List.of(),
        List.of(),
        List.of());
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
                "speaker_type",
                "speaker_text",
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
