package org.vigie.eval.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.SeedArticles;
import org.vigie.eval.gold.DevScores;
import org.vigie.eval.gold.DevSet;
import org.vigie.eval.gold.DevSetScorer;
import org.vigie.eval.gold.DevSplit;
import org.vigie.event.EventExtractor;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.nlp.Engines;
import org.vigie.time.TimeExpressions;

/**
 * Events and casualties scored as the reference scorer does ({@link DevSetScorer}), on the dev set
 * or the seeds' expected events and casualties, beside the trigger lexicon alone (a baseline: one
 * event per trigger word, no modality, merging or figures) on the same articles. Not thread-safe.
 */
public final class GoldEventEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The system's and the baseline's figures on one set. */
  public record Report(
      DevScores.Events events,
      DevScores.Casualties casualties,
      DevScores.Events baselineEvents,
      DevScores.Casualties baselineCasualties) {}

  /** With the French lexicon, as the analysis's events stage reads (re-extraction must agree). */
  private final EventExtractor extractor = new EventExtractor(Engines.frenchLexicon());

  /**
   * Scores {@code out} (Article JSON by id) on {@code set}, errors into {@code errors} if given.
   */
  public Report score(DevSet set, Map<String, JsonNode> out, List<String> errors) {
    Map<String, JsonNode> baseline = new LinkedHashMap<>();
    out.forEach((id, a) -> baseline.put(id, json(baseline(article(a)))));
    return new Report(
        DevSetScorer.events(set, out, errors),
        DevSetScorer.casualties(set, out, errors),
        DevSetScorer.events(set, baseline, null),
        DevSetScorer.casualties(set, baseline, null));
  }

  /** The seeds' expected events and casualties, as a dev set, with their analysed articles. */
  public Report seeds(java.nio.file.Path folder, Analyzer analyzer) {
    List<DevSet.Document> docs = new ArrayList<>();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (SeedArticles.Annotated seed : SeedArticles.read(folder)) {
      Article a = SeedArticles.analyze(seed.article(), analyzer);
      try {
        String raw = Files.readString(seed.article(), StandardCharsets.UTF_8);
        docs.add(
            new DevSet.Document(
                a.id(),
                seed.article().toString(),
                a.published(),
                seed.expected(),
                List.of(raw.split("\n", -1))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.put(a.id(), json(a));
    }
    return score(DevSet.of(DevSplit.ALL, docs), out, null);
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

  /** An Article read back from its JSON. */
  public static Article article(JsonNode json) {
    try {
      return JSON.treeToValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an Article: " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON of an Article, as {@code vigie analyze} prints it. */
  public static JsonNode json(Article a) {
    try {
      return JSON.readTree(ArticleJson.line(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Article withEvents(Article a, Function<Article, List<Event>> events) {
    return a.withEvents(events.apply(a));
  }
}
