package org.vigie.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.event.EventExtractor;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Article;
import org.vigie.model.Source;
import org.vigie.time.TimeExpressions;

/**
 * Events and casualties on the ml-crisis-gold dev set ({@code eval/ml-crisis-gold}): each gold
 * file's article (raw text, folder date as publication date, as {@code score.py gold-input} builds
 * it) is analysed, or read from a saved {@code vigie analyze} output, and scored with {@link
 * EventScores}; the trigger lexicon alone is scored in the same run as a baseline. Split: tune =
 * even article number, check = odd.
 */
public final class GoldEventEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One annotated article of the dev set. */
  public record GoldDoc(
      String id,
      String path,
      String dct,
      List<EventScores.Gold> events,
      List<EventScores.Gold> casualties) {}

  /** The system's and the baseline's scores. */
  public record Report(EventScores system, EventScores baseline, int docs, int missing) {}

  private final EventExtractor extractor = new EventExtractor();

  /** The gold files of {@code split} (tune, check, all), sorted by name. */
  public static List<GoldDoc> read(Path goldDir, String split) {
    List<GoldDoc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        if (!inSplit(f.getFileName().toString(), split)) {
          continue;
        }
        JsonNode g = JSON.readTree(f.toFile());
        String doc = g.path("doc").asText();
        String id = doc.replace("/", "__").replaceAll("\\.[^.]*$", "");
        docs.add(
            new GoldDoc(
                id,
                doc,
                g.path("dct").asText(null),
                golds(g.path("events")),
                golds(g.path("casualties"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** tune = even ext_N/gv_N number, check = odd (the README's split). */
  static boolean inSplit(String fileName, String split) {
    if (split.equals("all")) {
      return true;
    }
    String last = fileName.substring(fileName.lastIndexOf('_') + 1).replaceAll("\\D", "");
    int n = last.isEmpty() ? 0 : Integer.parseInt(last.substring(Math.max(0, last.length() - 6)));
    return split.equals("tune") == (n % 2 == 0);
  }

  /** Gold items of a seed's or dev-set file's list ("events" or "casualties"). */
  public static List<EventScores.Gold> golds(JsonNode list) {
    List<EventScores.Gold> out = new ArrayList<>();
    for (JsonNode e : list) {
      out.add(
          new EventScores.Gold(
              e.path("type").asText(null),
              e.path("subtype").asText(null),
              e.path("snippet").asText(""),
              e.hasNonNull("killed") ? e.get("killed").asInt() : null,
              e.hasNonNull("injured") ? e.get("injured").asInt() : null,
              e.path("unsure").asBoolean(false)));
    }
    return out;
  }

  /** Analyses the dev set's articles from the corpus. */
  public static Map<String, Article> analyze(List<GoldDoc> docs, Path corpus, Analyzer analyzer) {
    Map<String, Article> out = new LinkedHashMap<>();
    for (GoldDoc d : docs) {
      try {
        String raw = Files.readString(corpus.resolve(d.path()), StandardCharsets.UTF_8);
        RawArticle article =
            new RawArticle(
                d.id(),
                new Source(d.path(), null, null),
                InputFormat.TEXT,
                raw,
                null,
                d.dct(),
                "fr",
                List.of());
        if (analyzer.analyze(article) instanceof AnalysisOutcome.Analyzed a) {
          out.put(d.id(), a.article());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Articles of a saved {@code vigie analyze --format jsonl} output, by id. */
  public static Map<String, Article> load(Path output) {
    Map<String, Article> out = new LinkedHashMap<>();
    try (Stream<String> lines = Files.lines(output, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (!line.isBlank()) {
          Article a = JSON.readValue(line, Article.class);
          out.put(a.id(), a);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Scores the articles, and the trigger-lexicon baseline on the same sentences. */
  public Report score(List<GoldDoc> docs, Map<String, Article> articles) {
    EventScores system = new EventScores();
    EventScores baseline = new EventScores();
    int missing = 0;
    for (GoldDoc d : docs) {
      Article a = articles.get(d.id());
      if (a == null) {
        missing++;
      }
      system.add(d.id(), d.events(), d.casualties(), a);
      baseline.add(d.id(), d.events(), d.casualties(), a == null ? null : baseline(a));
    }
    return new Report(system, baseline, docs.size(), missing);
  }

  /** The article with its events from the lexicon alone. */
  public Article baseline(Article a) {
    return withEvents(a, b -> extractor.lexiconOnly(b.text(), b.sentences()));
  }

  /** The article with its events extracted again from its saved layers (rule development). */
  public Article reextract(Article a) {
    return withEvents(
        a,
        b ->
            extractor
                .extract(
                    b.text(),
                    b.sentences(),
                    b.entities(),
                    new TimeExpressions(b.timexes(), b.published(), false),
                    b.quotes())
                .events());
  }

  private static Article withEvents(
      Article a, Function<Article, List<org.vigie.model.Event>> events) {
    return new Article(
        a.id(),
        a.source(),
        a.language(),
        a.title(),
        a.author(),
        a.published(),
        a.publishedInferred(),
        a.dateline(),
        a.text(),
        a.cleaning(),
        a.entities(),
        a.quotes(),
        a.timexes(),
        events.apply(a),
        a.story(),
        a.duplicateOf(),
        a.diagnostics(),
        a.sentences(),
        a.tokens());
  }
}
