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
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.CharsetDecoder;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;
import org.vigie.text.html.HtmlArticleReader;

/**
 * trafilatura's French development pages ({@code ../shared/eval/trafilatura-fr}) through the whole
 * cleaning pipeline (as {@code vigie eval cleaning} runs it): prints precision, recall, F1, title
 * and date accuracy with the failures per page, and {@link HtmlArticleReader#read} throughput;
 * fails below a floor a little under the figures reached. Skipped when the shared data is absent.
 */
class TrafilaturaFrenchEvalTest {
  private static final double F1_FLOOR = 0.93;
  private static final double DATE_FLOOR = 0.9;

  private final HtmlArticleReader reader = new HtmlArticleReader();

  @Test
  void cleaningOnTrafilaturaFrenchPages() throws IOException {
    Path dir = dataDir();
    TrafilaturaEval.Result result =
        TrafilaturaEval.run(
            dir,
            new PipelinePageCleaner(
                Analyzer.cleaningOnly(Engines.frenchLexicon(), RecurringLines.NONE)));
    System.out.println("Cleaning pipeline on trafilatura-fr: " + result.report());

    System.out.println(throughput(dir));

    assertTrue(result.f1() >= F1_FLOOR, "F1 " + result.f1() + " below " + F1_FLOOR);
    assertTrue(
        result.dateAccuracy() >= DATE_FLOOR,
        "date accuracy " + result.dateAccuracy() + " below " + DATE_FLOOR);
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
