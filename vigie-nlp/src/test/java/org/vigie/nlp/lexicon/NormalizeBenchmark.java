package org.vigie.nlp.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.vigie.lexicon.Lexicon;
import org.vigie.text.normalize.GluedWordSplitter;
import org.vigie.text.normalize.TypographyNormalizer;

/**
 * Throughput and memory of the cleaning steps, single thread, on the seed articles repeated to 20
 * MB. Run alone, in a fresh JVM, so that the lexicon load is measured:
 *
 * <pre>mvn -o -pl vigie-core,vigie-nlp -am test -Dtest=NormalizeBenchmark -Dvigie.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "vigie.bench", matches = "true")
class NormalizeBenchmark {
  private static final int RUNS = 7;

  @Test
  void printsThroughputAndMemory() throws IOException {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long loadStart = System.nanoTime();
    Lexicon lexicon = FrenchLexicon.instance();
    lexicon.contains("mars");
    double loadMs = (System.nanoTime() - loadStart) / 1e6;
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();

    String seeds = seeds();
    String text = seeds.repeat(Math.max(1, 20_000_000 / seeds.length()));
    double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    TypographyNormalizer normalizer = new TypographyNormalizer();
    GluedWordSplitter splitter = new GluedWordSplitter(lexicon);
    String normalized = normalizer.normalize(text).text();

    double normalize = median(() -> normalizer.normalize(text), megabytes);
    double split = median(() -> splitter.split(normalized), megabytes);
    List<String> words =
        Arrays.stream(normalized.split("[^\\p{L}']+"))
            .limit(1_000_000)
            .collect(Collectors.toList());
    double lookups = median(() -> words.forEach(lexicon::analyses), words.size());

    System.out.printf(
        Locale.ROOT,
        "normalize %.1f MB/s, split %.1f MB/s (median of %d runs on %.1f MB); lexicon %.0f"
            + " lookups/s, loaded in %.0f ms, %.1f MB of heap%n",
        normalize,
        split,
        RUNS,
        megabytes,
        lookups,
        loadMs,
        (heapAfter - heapBefore) / 1e6);
    assertTrue(normalize > 0 && split > 0);
  }

  private static double median(Runnable work, double units) {
    double[] rates = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      work.run();
      rates[run] = units / ((System.nanoTime() - start) / 1e9);
    }
    Arrays.sort(rates);
    return rates[RUNS / 2];
  }

  private static String seeds() throws IOException {
    Path dir = Path.of(System.getProperty("vigie.shared", "../shared"), "seeds");
    try (Stream<Path> files = Files.list(dir)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8)).append("\n\n");
      }
      return all.toString();
    }
  }
}
