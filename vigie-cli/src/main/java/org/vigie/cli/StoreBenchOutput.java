package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.vigie.bench.store.StoreBench;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigie bench --store}: runs {@link StoreBench} and prints its figures. */
final class StoreBenchOutput {
  private StoreBenchOutput() {}

  static int run(
      CommandSpec spec,
      List<String> paths,
      Path seeds,
      Path work,
      int threads,
      int real,
      int synthetic,
      String format)
      throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // A work directory the user names is kept (its analysed bases and synthetic store are reused
    // by the next run); a temporary one is deleted.
    boolean temporary = work == null;
    Path dir = temporary ? Files.createTempDirectory("vigie-bench-store") : work;
    StoreBench.Report r;
    try {
      r =
          new StoreBench(threads, real, synthetic, line -> err.println("bench: " + line))
              .run(Path.of(paths.get(0)), seeds, dir);
    } finally {
      if (temporary) {
        StoreBench.delete(dir);
      }
    }
    if (format.equals("json")) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
      return VigieCommand.OK;
    }
    out.printf(
        Locale.ROOT,
        "Real pipeline, %d ML-Crisis articles, %d thread(s):%n"
            + "  analyze %.1f s (%.3f docs/s, mean of two runs alternating with ingest, after a warm-up pass)%n"
            + "  ingest  %.1f s (%.3f docs/s)  ingest/analyze throughput %.3f%n"
            + "  index size %d bytes per analysed article%n%n",
        r.realDocuments(),
        r.threads(),
        r.analyzeSeconds(),
        r.analyzeDocsPerSecond(),
        r.ingestSeconds(),
        r.ingestDocsPerSecond(),
        r.ingestOverAnalyze(),
        r.realIndexBytesPerArticle());
    out.printf(
        Locale.ROOT,
        "Seeds ingested twice: %d article(s) stored%n%n",
        r.seedsStoredAfterTwoIngests());
    out.printf(
        Locale.ROOT,
        "Synthetic index (ML-Crisis articles analysed once, with controlled variation):%n"
            + "  %d articles %s%n"
            + "  index %.1f MB, %d bytes per article; %d near-duplicates marked, %d stories%n"
            + "  search latency over %d queries (facets + snippets): p50 %.1f ms, p95 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms%n"
            + "  timeline (10 days, whole store or a query's selection) over %d: median %.0f ms,"
            + " max %.0f ms; CPU median %.0f ms%n"
            + "  bulletin (one day) over %d: median %.0f ms, max %.0f ms; CPU median %.0f ms%n",
        r.syntheticArticles(),
        Double.isNaN(r.syntheticSeconds())
            ? "reused from the work directory (built by an earlier run)"
            : String.format(
                Locale.ROOT,
                "stored in %.1f s (%.0f articles/s, near-duplicates + stories + index, one"
                    + " thread)",
                r.syntheticSeconds(),
                r.syntheticArticlesPerSecond()),
        r.syntheticIndexBytes() / 1e6,
        r.syntheticBytesPerArticle(),
        r.syntheticDuplicates(),
        r.syntheticStories(),
        r.queries(),
        r.p50Millis(),
        r.p95Millis(),
        r.p99Millis(),
        r.maxMillis(),
        StoreBench.VIEWS,
        r.timelineMedianMillis(),
        r.timelineMaxMillis(),
        r.timelineCpuMedianMillis(),
        StoreBench.VIEWS,
        r.bulletinMedianMillis(),
        r.bulletinMaxMillis(),
        r.bulletinCpuMedianMillis());
    out.flush();
    return VigieCommand.OK;
  }
}
