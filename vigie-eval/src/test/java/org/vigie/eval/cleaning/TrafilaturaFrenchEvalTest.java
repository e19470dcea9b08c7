package org.vigie.eval.cleaning;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.CharsetDecoder;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Source;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineResult;
import org.vigie.text.Block;
import org.vigie.text.BlockType;
import org.vigie.text.ExtractedText;
import org.vigie.text.PageBlocks;
import org.vigie.text.TextExtractor;
import org.vigie.text.html.HtmlArticleReader;

/**
 * trafilatura's French development pages ({@code ../shared/eval/trafilatura-fr}) through {@link
 * HtmlArticleReader}: prints precision, recall, F1, title and date accuracy with the failures per
 * page, the old whole-page extractor's figures for comparison, and read() throughput; fails below a
 * floor a little under the figures reached. Skipped when the shared data is absent.
 */
class TrafilaturaFrenchEvalTest {
  private static final double F1_FLOOR = 0.93;
  private static final double DATE_FLOOR = 0.9;

  private final HtmlArticleReader reader = new HtmlArticleReader();

  @Test
  void htmlArticleReaderOnTrafilaturaFrenchPages() throws IOException {
    Path dir = dataDir();
    TrafilaturaEval.Result result = TrafilaturaEval.run(dir, (html, url) -> clean(html));
    System.out.println("HtmlArticleReader on trafilatura-fr: " + result.report());

    TextExtractor old = new TextExtractor();
    TrafilaturaEval.Result before = TrafilaturaEval.run(dir, (html, url) -> oldClean(old, html));
    System.out.println(
        String.format(
            Locale.ROOT,
            "old HtmlTextExtractor (whole page): P %.3f R %.3f F1 %.3f title %.3f date %.3f",
            before.precision(),
            before.recall(),
            before.f1(),
            before.titleAccuracy(),
            before.dateAccuracy()));
    System.out.println(throughput(dir));

    assertTrue(result.f1() >= F1_FLOOR, "F1 " + result.f1() + " below " + F1_FLOOR);
    assertTrue(
        result.dateAccuracy() >= DATE_FLOOR,
        "date accuracy " + result.dateAccuracy() + " below " + DATE_FLOOR);
  }

  /**
   * The page's text as the pipeline will have it: blocks joined by blank lines, without the heading
   * that repeats the title (the later title stage removes it; trafilatura's text has no title).
   */
  private TrafilaturaEval.CleanedPage clean(String html) {
    PageBlocks page = reader.read(html);
    String title = page.metadata().title();
    String comparableTitle = title == null ? null : TrafilaturaEval.normalize(title);
    List<String> parts = new ArrayList<>();
    for (Block b : page.blocks()) {
      boolean titleRepeat =
          b.type() == BlockType.HEADING
              && comparableTitle != null
              && TrafilaturaEval.normalize(b.text()).equalsIgnoreCase(comparableTitle);
      if (!titleRepeat) {
        parts.add(b.text());
      }
    }
    return new TrafilaturaEval.CleanedPage(
        String.join("\n\n", parts), title, page.metadata().published());
  }

  private static TrafilaturaEval.CleanedPage oldClean(TextExtractor old, String html) {
    RawArticle article =
        new RawArticle(
            "eval",
            new Source(null, null, null),
            InputFormat.HTML,
            html,
            null,
            null,
            null,
            List.of());
    PipelineResult result = Pipeline.of(List.of(old)).run(article);
    ExtractedText text = ((PipelineResult.Completed) result).document().get(ExtractedText.LAYER);
    return new TrafilaturaEval.CleanedPage(text.text(), text.title(), text.published());
  }

  /** Single-thread read() throughput over the pages: median of several timed passes. */
  private String throughput(Path dir) throws IOException {
    List<String> pages = new ArrayList<>();
    long bytes = 0;
    CharsetDecoder decoder = new CharsetDecoder();
    try (Stream<Path> files = Files.list(dir.resolve("pages"))) {
      for (Path p : files.sorted().collect(Collectors.toList())) {
        byte[] raw = Files.readAllBytes(p);
        bytes += raw.length;
        pages.add(decoder.decode(raw, true).text());
      }
    }
    for (int warm = 0; warm < 5; warm++) {
      pages.forEach(reader::read);
    }
    double[] seconds = new double[9];
    for (int run = 0; run < seconds.length; run++) {
      long start = System.nanoTime();
      pages.forEach(reader::read);
      seconds[run] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[seconds.length / 2];
    return String.format(
        Locale.ROOT,
        "read() throughput: %.1f MB/s (%d pages, %.2f MB, median of %d passes %.1f ms)",
        bytes / 1e6 / median,
        pages.size(),
        bytes / 1e6,
        seconds.length,
        median * 1000);
  }

  private static Path dataDir() {
    Path shared = Path.of(System.getProperty("vigie.shared", "../../shared"));
    Path dir = shared.resolve("eval").resolve("trafilatura-fr");
    assumeTrue(Files.isDirectory(dir), "no trafilatura-fr data at " + dir);
    assumeTrue(
        Files.exists(dir.resolve("evaldata-fr.json")),
        "no evaldata-fr.json in " + dir + " " + StandardCharsets.UTF_8);
    return dir;
  }
}
