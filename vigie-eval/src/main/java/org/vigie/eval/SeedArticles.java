package org.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.model.Article;

/**
 * Annotated articles laid out as {@code ../shared/seeds}: the articles, and {@code expected/*.json}
 * naming each one ({@code doc}) with what a correct analysis finds. Every evaluation over such a
 * folder reads it through here.
 */
public final class SeedArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One annotated article: its file and its expected analysis. */
  public record Annotated(Path article, JsonNode expected) {
    /** The three-character seed number ("002"), for reports. */
    public String label() {
      String name = article.getFileName().toString();
      return name.length() >= 3 ? name.substring(0, 3) : name;
    }
  }

  private SeedArticles() {}

  /** The annotated articles of {@code folder}, sorted by expected file name. */
  public static List<Annotated> read(Path folder) {
    List<Annotated> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder.resolve("expected"))) {
      for (Path gold : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode expected = JSON.readTree(gold.toFile());
        all.add(new Annotated(folder.resolve(expected.path("doc").asText()), expected));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** Analyses one article file; a failure is an error of the evaluation, not a score. */
  public static Article analyze(Path file, Analyzer analyzer) {
    try (InputScanner scanner =
        new InputScanner(List.of(file.toString()), IngestLimits.DEFAULT, null)) {
      AnalysisOutcome outcome = analyzer.analyze(scanner.next());
      if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
        return analyzed.article();
      }
      throw new IllegalStateException("article " + file + " failed: " + outcome);
    }
  }
}
