package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Source;

/**
 * The contract every analyzer (and so every stage in it) keeps, after Lucene's {@code
 * BaseTokenStreamTestCase}: spans inside the text and sorted, empty input handled, deterministic,
 * identical under 8 threads, seeded junk never throws. Modules that add stages subclass it with
 * their pipeline.
 */
public abstract class AnalyzerContract {
  /** French examples of the kinds of sentences Vigie meets. */
  protected static final List<String> FRENCH =
      List.of(
          "La Russie fait des efforts vigoureux pour le règlement du conflit du Haut-Karabagh,"
              + " a souligné la porte-parole du ministère russe des Affaires étrangères, Maria"
              + " Zakharova, lors d’un briefing tenu aujourd’hui.",
          "« Il est regrettable que la situation reste tendue », a-t-elle déclaré.\n\nSelon lui,"
              + " la trêve du 10 novembre tient au Haut-Karabakh.",
          "EREVAN, 26 MARS, ARMENPRESS. Les drones BayraktarTB2dans la région de Kelbajar ont"
              + " frappé les positions arméniennes les 24 et 25mars.",
          "Loading...\nL'info de A à Z Voir Plus");

  protected abstract Analyzer analyzer();

  @Test
  void spansLieInsideTheTextAndAreSorted() {
    for (String text : FRENCH) {
      checkSpans(analyzeOk(text));
    }
  }

  @Test
  void emptyAndBlankInputGiveAnArticleNotAnException() {
    for (String text : List.of("", " ", "\n\n\t")) {
      Article article = analyzeOk(text);
      assertEquals("", article.text());
      checkSpans(article);
    }
  }

  @Test
  void resultsAreDeterministic() {
    for (String text : FRENCH) {
      assertEquals(analyzeOk(text), analyzeOk(text));
    }
  }

  @Test
  void eightThreadsGiveTheSameResultsAsOne() throws Exception {
    List<Article> sequential = new ArrayList<>();
    for (String text : FRENCH) {
      sequential.add(analyzeOk(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String text : FRENCH) {
          futures.add(pool.submit(() -> analyzeOk(text)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % FRENCH.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void seededJunkNeverThrows() {
    Random random = new Random(20201110L);
    for (int i = 0; i < 30; i++) {
      String junk = junk(random, 1 + random.nextInt(i < 25 ? 300 : 5000));
      InputFormat format = random.nextBoolean() ? InputFormat.TEXT : InputFormat.HTML;
      RawArticle raw =
          new RawArticle(
              "junk" + i, new Source(null, null, null), format, junk, null, null, null, List.of());
      AnalysisOutcome outcome;
      try {
        outcome = analyzer().analyze(raw);
      } catch (RuntimeException e) {
        throw new AssertionError("junk " + i + " threw: " + junk, e);
      }
      if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
        checkSpans(analyzed.article());
        ArticleJson.line(analyzed.article());
      }
    }
  }

  protected Article analyzeOk(String text) {
    AnalysisOutcome outcome = analyzer().analyze(RawArticle.ofText("t", text));
    assertInstanceOf(AnalysisOutcome.Analyzed.class, outcome, () -> outcome.toString());
    return ((AnalysisOutcome.Analyzed) outcome).article();
  }

  /** Every span of every layer is inside the text, and each layer is sorted by span. */
  public static void checkSpans(Article a) {
    int n = a.text().length();
    List<List<int[]>> layers =
        List.of(
            spans(a.entities(), e -> e.start(), e -> e.end()),
            spans(a.sentences(), s -> s.start(), s -> s.end()),
            spans(a.tokens(), t -> t.start(), t -> t.end()),
            spans(a.quotes(), q -> q.start(), q -> q.end()),
            spans(a.timexes(), t -> t.start(), t -> t.end()),
            spans(a.events(), e -> e.start(), e -> e.end()),
            spans(a.cleaning().repairs(), r -> r.start(), r -> r.end()),
            spans(a.cleaning().damage(), d -> d.start(), d -> d.end()));
    for (List<int[]> layer : layers) {
      int previous = 0;
      for (int[] span : layer) {
        if (span[0] < 0 || span[1] > n || span[1] < span[0]) {
          fail("span [" + span[0] + ", " + span[1] + ") outside text of length " + n);
        }
        assertTrue(span[0] >= previous, "spans sorted");
        previous = span[0];
      }
    }
    a.entities().forEach(e -> assertEquals(e.text(), a.text().substring(e.start(), e.end())));
    a.timexes().forEach(t -> assertEquals(t.text(), a.text().substring(t.start(), t.end())));
    for (var e : a.events()) {
      assertTrue(e.start() <= e.triggerStart() && e.triggerEnd() <= e.end(), "trigger in sentence");
      assertEquals(e.trigger(), a.text().substring(e.triggerStart(), e.triggerEnd()));
    }
    for (var q : a.quotes()) {
      var speaker = q.speaker();
      assertEquals(speaker.text(), a.text().substring(speaker.start(), speaker.end()));
      if (q.cue() != null) {
        assertEquals(q.cue().text(), a.text().substring(q.cue().start(), q.cue().end()));
      }
    }
    a.sentences()
        .forEach(
            s -> {
              assertTrue(s.endToken() <= a.tokens().size());
              if (s.endToken() > s.firstToken()) {
                assertEquals(s.start(), a.tokens().get(s.firstToken()).start());
              }
            });
  }

  private static <T> List<int[]> spans(
      List<T> annotations, ToIntFunction<T> start, ToIntFunction<T> end) {
    return annotations.stream()
        .map(x -> new int[] {start.applyAsInt(x), end.applyAsInt(x)})
        .toList();
  }

  private static String junk(Random random, int length) {
    String[] pieces = {
      "a",
      "é",
      "«",
      "»",
      "\"",
      "'",
      "’",
      " ",
      "\n",
      "\t",
      "<p>",
      "</p>",
      "<script>",
      "&amp;",
      "&#x1F600;",
      "&",
      ";",
      "\u0000",
      "\u00a0",
      "\u200b",
      "\uD83D\uDE00",
      "\uD800",
      "\uDC00",
      "1",
      "26mars",
      "-t-il",
      ".",
      ",",
      "<",
      ">",
      "Zakharova",
      "  ",
      "\r\n",
      "\u202f",
      "…"
    };
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    return out.toString();
  }
}
