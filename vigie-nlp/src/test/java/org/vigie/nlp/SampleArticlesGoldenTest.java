package org.vigie.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.model.Article;
import org.vigie.model.Diagnostic;
import org.vigie.model.Entity;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;
import org.vigie.testing.AnalyzerContract;

/**
 * End-to-end golden test on the bundled sample articles ({@code samples/}): each is analysed by the
 * full pipeline and rendered one annotation per line, compared with {@code
 * src/test/resources/golden/ID.txt}. A change shows as a readable diff; after reviewing it,
 * regenerate with {@code mvn test -pl vigie-nlp -Dvigie.golden.update=true}.
 */
class SampleArticlesGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("vigie.golden.update");
  private static List<Article> articles;

  @BeforeAll
  static void analyseSamples() {
    Path samples = Path.of(System.getProperty("vigie.samples", "../samples"));
    Analyzer analyzer = Engines.standard(AnalysisConfig.DEFAULT);
    articles = new ArrayList<>();
    try (InputScanner scanner =
        new InputScanner(List.of(samples.toString()), IngestLimits.DEFAULT, null)) {
      while (scanner.hasNext()) {
        IngestItem item = scanner.next();
        AnalysisOutcome outcome = analyzer.analyze(item);
        articles.add(((AnalysisOutcome.Analyzed) outcome).article());
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> eachSampleMatchesItsGoldenRendering() {
    assertEquals(5, articles.size(), "the five sample articles");
    return articles.stream()
        .map(a -> DynamicTest.dynamicTest(a.id(), () -> compare(a.id(), render(a))));
  }

  @TestFactory
  Stream<DynamicTest> eachSampleIsFrenchWithWordsAndEntities() {
    return articles.stream()
        .map(
            a ->
                DynamicTest.dynamicTest(
                    a.id(),
                    () -> {
                      assertEquals("fr", a.language());
                      assertTrue(a.tokens().size() > 200, "words from CoreNLP");
                      assertTrue(a.entities().size() > 3, "entities from CoreNLP");
                      // Parses are made on demand: a sample may need none (OnDemandParseTest).
                      AnalyzerContract.checkSpans(a);
                    }));
  }

  static String render(Article a) {
    StringBuilder out = new StringBuilder();
    out.append("language\t").append(a.language()).append('\n');
    out.append("title\t").append(a.title()).append('\n');
    out.append("published\t").append(a.published()).append('\n');
    long parsed = a.tokens().stream().filter(t -> t.deprel() != null).count();
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "text\t%d chars, %d sentences, %d words, %d parsed%n",
            a.text().length(),
            a.sentences().size(),
            a.tokens().size(),
            parsed));
    for (Sentence s : a.sentences()) {
      String first = a.text().substring(s.start(), s.end()).replace('\n', ' ');
      out.append("sentence\t")
          .append(s.start())
          .append('\t')
          .append(s.end())
          .append('\t')
          .append(first.length() > 60 ? first.substring(0, 60) + "…" : first)
          .append('\n');
    }
    for (Entity e : a.entities()) {
      out.append("entity\t")
          .append(e.start())
          .append('\t')
          .append(e.end())
          .append('\t')
          .append(e.type())
          .append('\t')
          .append(e.text())
          .append('\n');
    }
    for (Quote q : a.quotes()) {
      String words = q.text().replace('\n', ' ');
      out.append("quote\t")
          .append(q.start())
          .append('\t')
          .append(q.end())
          .append('\t')
          .append(q.kind().json())
          .append('\t')
          .append(q.speaker().text())
          .append(" = ")
          .append(q.speaker().canonical())
          .append(" (")
          .append(q.speaker().type())
          .append(")\t")
          .append(q.cue() == null ? "-" : q.cue().text())
          .append('\t')
          .append(q.date())
          .append('\t')
          .append(words.length() > 60 ? words.substring(0, 60) + "…" : words)
          .append('\n');
    }
    for (Diagnostic d : a.diagnostics()) {
      out.append("diagnostic\t")
          .append(d.severity().json())
          .append('\t')
          .append(d.code())
          .append('\t')
          .append(d.message())
          .append('\n');
    }
    return out.toString();
  }

  private static void compare(String id, String actual) throws IOException {
    Path file = GOLDEN.resolve(id + ".txt");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dvigie.golden.update");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + file);
  }
}
