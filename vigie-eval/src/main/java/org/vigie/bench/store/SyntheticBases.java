package org.vigie.bench.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The base articles of a synthetic store: the corpus's articles of more than {@value #MIN_CHARS}
 * characters, either only cleaned (texts for a vocabulary) or through the whole pipeline (entities,
 * quotes, time expressions and events for {@link SyntheticCorpus} to carry into every variant). The
 * analysed ones are kept in a JSON Lines file of the work directory ({@value #CACHE}), so the
 * models run once per work directory, not once per bench run.
 */
public final class SyntheticBases {
  static final int MIN_CHARS = 200;

  /** The analysed bases, one article per line, in the work directory. */
  public static final String CACHE = "bases-analysed.jsonl";

  private static final ObjectMapper READER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SyntheticBases() {}

  /** The corpus's inputs, read into memory. */
  public static List<IngestItem> read(Path corpus) {
    List<IngestItem> items = new ArrayList<>();
    try (InputScanner scanner =
        new InputScanner(List.of(corpus.toString()), IngestLimits.DEFAULT, null)) {
      scanner.forEachRemaining(items::add);
    }
    return items;
  }

  /** The corpus's texts through the cleaning stages only. */
  public static List<Article> cleaned(Path corpus) {
    List<IngestItem> items = read(corpus);
    RecurringLines templates = new CorpusLearner().learn(items.iterator());
    Analyzer cleaning = Analyzer.cleaningOnly(Engines.frenchLexicon(), templates);
    List<Article> bases = new ArrayList<>();
    for (IngestItem item : items) {
      if (item instanceof RawArticle raw
          && cleaning.analyze(raw) instanceof AnalysisOutcome.Analyzed done) {
        keep(done.article(), bases);
      }
    }
    return nonEmpty(bases, corpus);
  }

  /**
   * The corpus analysed by the full pipeline on {@code threads} threads, read from {@code work}'s
   * cache when an earlier run left one there (then the models are not loaded at all).
   */
  public static List<Article> analysed(Path corpus, Path work, int threads, Consumer<String> log)
      throws IOException {
    Path cache = work.resolve(CACHE);
    if (Files.isRegularFile(cache)) {
      List<Article> bases = new ArrayList<>();
      for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          bases.add(READER.readValue(line, Article.class));
        }
      }
      log.accept("read " + bases.size() + " analysed base articles from " + cache);
      return nonEmpty(bases, corpus);
    }
    List<IngestItem> items = read(corpus);
    log.accept("analysing the " + items.size() + " base articles once (kept in " + cache + ")");
    RecurringLines templates = new CorpusLearner().learn(items.iterator());
    Analyzer analyzer = Engines.standard(AnalysisConfig.DEFAULT, templates);
    List<Article> bases = new ArrayList<>();
    try {
      new BatchAnalyzer(analyzer, threads)
          .run(
              items.iterator(),
              o -> {
                if (o instanceof AnalysisOutcome.Analyzed a) {
                  keep(slim(a.article()), bases);
                }
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the bases", e);
    }
    Files.createDirectories(work);
    Path partial = work.resolve(CACHE + ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (Article a : bases) {
        out.write(ArticleJson.line(a));
        out.newLine();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // Whole or absent: a run killed while writing leaves no half cache behind.
    Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING);
    return nonEmpty(bases, corpus);
  }

  private static void keep(Article a, List<Article> bases) {
    if (a.text().length() > MIN_CHARS) {
      bases.add(a);
    }
  }

  /** Without the backend's tokens and sentences, which the store does not keep either. */
  private static Article slim(Article a) {
    return a.withoutWords();
  }

  private static List<Article> nonEmpty(List<Article> bases, Path corpus) {
    if (bases.isEmpty()) {
      throw new IllegalArgumentException(
          "no article of more than " + MIN_CHARS + " characters in " + corpus);
    }
    return bases;
  }
}
