package org.vigie.text.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.model.Removal;
import org.vigie.text.Block;
import org.vigie.text.PageBlocks;

/**
 * Hostile and degenerate pages: every one gives a result within bounded time, never an exception or
 * a stack overflow; and the reader is deterministic and thread-safe.
 */
class HostileHtmlTest {
  // A hang guard, not a speed target (benchmarks measure speed): generous for loaded CI machines.
  private static final Duration BOUND = Duration.ofMinutes(2);
  private final HtmlArticleReader reader = new HtmlArticleReader();

  private PageBlocks readBounded(String raw) {
    PageBlocks page = assertTimeoutPreemptively(BOUND, () -> reader.read(raw));
    checkInvariants(raw, page);
    return page;
  }

  private static void checkInvariants(String raw, PageBlocks page) {
    for (Block b : page.blocks()) {
      assertTrue(!b.text().isBlank(), "no blank block");
      assertTrue(b.text().indexOf('\n') < 0, "no line break in a block");
      assertTrue(b.rawStart() >= 0 && b.rawEnd() <= raw.length(), "block inside the page");
    }
    for (Removal r : page.removed()) {
      assertTrue(r.rawEnd() <= raw.length(), "removal inside the page: " + r);
    }
  }

  @Test
  void hundredThousandNestedDivs() {
    String raw =
        "<html><body>"
            + "<div>".repeat(100_000)
            + "<p>"
            + HtmlArticleReaderTest.P1
            + "</p><p>"
            + HtmlArticleReaderTest.P2
            + "</p>"
            + "</div>".repeat(100_000)
            + "</body></html>";
    PageBlocks page = readBounded(raw);
    String all = String.join(" ", page.blocks().stream().map(Block::text).toList());
    assertTrue(all.contains("Le gouvernement a annoncé"), "deep text is still read: " + all);
  }

  @ParameterizedTest
  @ValueSource(strings = {"span", "b", "a", "table", "li", "blockquote", "font"})
  void hundredThousandNestedElementsOfOneKind(String tag) {
    String raw =
        "<html><body>"
            + ("<" + tag + ">").repeat(100_000)
            + "Texte au fond de la page, assez long pour compter comme un paragraphe."
            + ("</" + tag + ">").repeat(50_000)
            + "</body></html>";
    readBounded(raw);
  }

  @Test
  void twentyMegabytesOnOneLine() {
    StringBuilder line = new StringBuilder(20_000_100);
    line.append("<html><body><p>");
    while (line.length() < 20_000_000) {
      line.append("la trêve tient depuis mardi, selon les observateurs sur place. ");
    }
    line.append("</p></body></html>");
    String raw = line.toString();
    PageBlocks page = readBounded(raw);
    assertEquals(1, page.blocks().size());
    assertEquals(BlockSegmenter.MAX_BLOCK_CHARS, page.blocks().get(0).text().length());
    assertTrue(
        page.removed().stream().anyMatch(r -> r.reason().equals("limit")),
        "the cut text is recorded");
  }

  @Test
  void manyParagraphsAreCapped() {
    String raw =
        "<html><body>" + "<p>Un paragraphe de la page, avec une phrase.</p>".repeat(200_000);
    PageBlocks page = readBounded(raw);
    assertTrue(page.blocks().size() <= BlockSegmenter.MAX_BLOCKS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "<html>",
        "<html><body></body></html>",
        "<body><p></p><div> </div>&nbsp;</body>",
        "<<<<>>>><p<p<p>></",
        "<html><body><script>document.write('<p>Texte injecté</p>')</script></body></html>",
        "<body><p>Texte <b>mal <i>fermé</b> ici</i> et <table><p>là</table></body>",
        "<body><nav><ul><li><a href=/>Accueil</a></li><li><a href=/m>Monde</a></li></ul></nav></body>",
        "&eacute;&#9999999999;&#x110000;&amp&;&;&#;&#x;",
        "<p>\u0000\u0001\uFFFE\uD800 texte</p>",
        "<script type=\"application/ld+json\">{{{{</script><p>Texte</p>",
        "<form><input value=x><textarea>Saisir un commentaire</textarea></form>",
        "<svg><p>dans le svg</p></svg><math><p>maths</p></math>",
        "<template><p>modèle</p></template><noscript><p>Activez JavaScript</p></noscript>",
      })
  void malformedOrEmptyPagesGiveAResult(String raw) {
    readBounded(raw);
  }

  @Test
  void scriptInTheBodyIsNeverText() {
    PageBlocks page =
        readBounded(
            "<html><body><script>var x = '<p>Texte injecté dans la page par un script</p>';"
                + "</script><p>"
                + HtmlArticleReaderTest.P1
                + "</p></body></html>");
    assertTrue(page.blocks().stream().noneMatch(b -> b.text().contains("injecté")));
  }

  @Test
  void seededJunkNeverThrows() {
    Random random = new Random(42);
    String[] pieces = {
      "<p>", "</p>", "<div class=\"comments\">", "</div>", "<br>", "<a href=x>", "</a>", "&eacute;",
      "<h2>", "</h2>", "<li>", "<ul>", "<table><td>", "<figure><figcaption>", "<script>",
          "</script>",
      "<!--", "-->", " la trêve ", "Lire aussi", "», ", "<time datetime=2024>", "\u00a0",
          "&#x1F600;",
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder raw = new StringBuilder();
      int n = random.nextInt(200);
      for (int i = 0; i < n; i++) {
        raw.append(pieces[random.nextInt(pieces.length)]);
      }
      readBounded(raw.toString());
    }
  }

  @Test
  void sameResultUnderEightThreads() throws Exception {
    String raw =
        HtmlArticleReaderTest.page(
            "<meta property=og:title content=Titre>",
            HtmlArticleReaderTest.article(
                "<p>"
                    + HtmlArticleReaderTest.P1
                    + "</p><p>"
                    + HtmlArticleReaderTest.P2
                    + "</p><p>"
                    + HtmlArticleReaderTest.P3
                    + "</p>"));
    PageBlocks expected = reader.read(raw);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<PageBlocks>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> reader.read(raw)));
      }
      for (Future<PageBlocks> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
