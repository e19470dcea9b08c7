package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code vigie bench --spark}: the Spark job's throughput in {@code local[1]} and {@code local[2]}
 * and {@code vigie analyze --threads 2} on the same corpus, in one run, each repeated and reported
 * by its median. Every run is a child process started through the {@code vigie} launcher, as a user
 * would start it: Spark stays off this JVM's class path (its Jackson, Netty and Hadoop would meet
 * CoreNLP and Lucene), and each run pays its own JVM start, model load and template pass, so the
 * figures compare whole runs. The job's own timing (from the input listing to the last table,
 * without JVM and Spark session start) and its peak heap are read from its summary line. One run at
 * a time: the figures are of a machine with the cores to itself, or say so (load average).
 */
final class SparkBench {
  private static final Pattern ANALYZE =
      Pattern.compile("(\\d+) document\\(s\\) analysed, \\d+ failed, in ([\\d.]+) s");
  private static final Pattern SPARK =
      Pattern.compile(
          "(\\d+) article\\(s\\) analysed, \\d+ failed.* in ([\\d.]+) s.*peak heap (\\d+) MB"
              + "(?:, (-?\\d+) cpu s)?");

  /**
   * One measured run: wall-clock seconds, in-run seconds, documents, peak heap (MB, or -1) and CPU
   * seconds of the whole process (or -1).
   */
  record Run(
      String name,
      double wallSeconds,
      double runSeconds,
      long documents,
      long peakMb,
      long cpuSeconds) {
    double docsPerSecond() {
      return documents / wallSeconds;
    }
  }

  /** The job's phase timings, printed after its summary. */
  private static final Pattern PHASES = Pattern.compile("phases .*");

  private static final long POLL_MILLIS = 200;

  private final Path launcher;
  private final Path work;
  private final PrintWriter log;

  /** Where {@code taskset} is, or null: runs are then not pinned. */
  private final Path taskset;

  /**
   * {@code pin}: run each configuration on as many cores as it is given ({@code taskset -c}, when
   * the machine has it and the cores), so that local[1] means one core for everything its JVM does.
   * Unpinned, a short local[1] run keeps a second core busy with JIT compiling (Spark's code and
   * its generated classes) and its scaling to local[2] is understated.
   */
  SparkBench(Path launcher, Path work, PrintWriter log, boolean pin) {
    this.launcher = launcher;
    this.work = work;
    this.log = log;
    Path found = Path.of("/usr/bin/taskset");
    this.taskset = pin && Files.isExecutable(found) ? found : null;
  }

  /** Runs the three configurations {@code repeats} times, interleaved, and prints the medians. */
  int run(String corpus, int repeats, PrintWriter out) throws IOException, InterruptedException {
    List<List<Run>> runs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    out.printf(Locale.ROOT, "load before: %s%n", loadAverage());
    out.printf(
        Locale.ROOT,
        "%s%n",
        taskset == null
            ? "runs not pinned to cores"
            : "each run pinned to its cores (taskset -c 0 for local[1], 0-1 for the others)");
    for (int r = 0; r < repeats; r++) {
      runs.get(0).add(spark(corpus, 1, r));
      runs.get(1).add(spark(corpus, 2, r));
      runs.get(2).add(analyze(corpus, r));
    }
    out.printf(Locale.ROOT, "load after:  %s%n%n", loadAverage());
    out.printf(
        Locale.ROOT,
        "%-22s %6s %10s %10s %10s %10s %7s  %s%n",
        "run (median of " + repeats + ")",
        "docs",
        "wall s",
        "docs/s",
        "in-run s",
        "peak heap",
        "cpu s",
        "every wall s");
    Run[] medians = new Run[3];
    for (int i = 0; i < 3; i++) {
      List<Run> each = runs.get(i);
      medians[i] = median(each);
      Run m = medians[i];
      out.printf(
          Locale.ROOT,
          "%-22s %6d %10.1f %10.2f %10.1f %7s MB %7s  %s%n",
          m.name(),
          m.documents(),
          m.wallSeconds(),
          m.docsPerSecond(),
          m.runSeconds(),
          m.peakMb() < 0 ? "-" : String.valueOf(m.peakMb()),
          m.cpuSeconds() < 0 ? "-" : String.valueOf(m.cpuSeconds()),
          Arrays.toString(each.stream().mapToDouble(Run::wallSeconds).toArray()));
    }
    out.printf(
        Locale.ROOT,
        "%nscaling local[2] / local[1]: %.2f wall, %.2f in-run (target >= 1.7)%n",
        medians[0].wallSeconds() / medians[1].wallSeconds(),
        medians[0].runSeconds() / medians[1].runSeconds());
    out.printf(
        Locale.ROOT,
        "overhead local[2] vs analyze --threads 2: %+.0f %% wall, %+.0f %% in-run (target <= 20"
            + " %%)%n",
        100 * (medians[1].wallSeconds() / medians[2].wallSeconds() - 1),
        100 * (medians[1].runSeconds() / medians[2].runSeconds() - 1));
    if (medians[1].cpuSeconds() > 0 && medians[2].cpuSeconds() > 0) {
      // Work rather than time: on a shared machine the wall clock measures the other tenants too.
      out.printf(
          Locale.ROOT,
          "cpu local[1] / local[2] / analyze: %d / %d / %d s (local[2] %+.0f %% vs analyze)%n",
          medians[0].cpuSeconds(),
          medians[1].cpuSeconds(),
          medians[2].cpuSeconds(),
          100.0 * medians[1].cpuSeconds() / medians[2].cpuSeconds() - 100);
    }
    out.flush();
    return 0;
  }

  private Run spark(String corpus, int cores, int repeat) throws IOException, InterruptedException {
    String name = "spark local[" + cores + "]";
    Path out = work.resolve("spark-" + cores + "-" + repeat);
    Launched run =
        launch(
            name,
            cores,
            List.of(
                "spark",
                "--master",
                "local[" + cores + "]",
                "--in",
                corpus,
                "--out",
                out.toString(),
                "--no-corpus-tables"),
            SPARK);
    return new Run(
        name,
        run.wallSeconds(),
        Double.parseDouble(run.summary().group(2)),
        Long.parseLong(run.summary().group(1)),
        Long.parseLong(run.summary().group(3)),
        run.summary().group(4) == null
            ? Math.round(run.cpuSeconds())
            : Long.parseLong(run.summary().group(4)));
  }

  private Run analyze(String corpus, int repeat) throws IOException, InterruptedException {
    String name = "analyze --threads 2";
    Path out = work.resolve("analyze-" + repeat + ".jsonl");
    Launched run =
        launch(
            name,
            2,
            List.of("analyze", "--threads", "2", "--out", out.toString(), corpus),
            ANALYZE);
    return new Run(
        name,
        run.wallSeconds(),
        Double.parseDouble(run.summary().group(2)),
        Long.parseLong(run.summary().group(1)),
        -1,
        Math.round(run.cpuSeconds()));
  }

  /** A finished child run: its wall-clock and CPU seconds and its summary line, matched. */
  private record Launched(double wallSeconds, double cpuSeconds, Matcher summary) {}

  private Launched launch(String name, int cores, List<String> args, Pattern summary)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (taskset != null && cores <= Runtime.getRuntime().availableProcessors()) {
      command.addAll(List.of(taskset.toString(), "-c", cores == 1 ? "0" : "0-" + (cores - 1)));
    }
    command.add(launcher.toString());
    command.addAll(args);
    Path err = Files.createTempFile(work, "run", ".err");
    log.println("bench: " + name + " ...");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    // The child's CPU time, read while it runs (a finished process no longer tells it): the last
    // reading misses at most one polling interval.
    double cpu = -1;
    while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      cpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(cpu);
    }
    int code = process.exitValue();
    double wall = (System.nanoTime() - start) / 1e9;
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    if (code > 1) {
      throw new IOException(
          name + " exited with " + code + ": " + String.join(" | ", tail(lines, 5)));
    }
    log.printf(Locale.ROOT, "bench: %s: %.1f s, %.0f cpu s%n", name, wall, cpu);
    for (String line : lines) {
      Matcher m = summary.matcher(line);
      if (m.find()) {
        Matcher phases = PHASES.matcher(line);
        if (phases.find()) {
          log.println("bench: " + name + ": " + phases.group());
        }
        log.flush();
        return new Launched(wall, cpu, m);
      }
    }
    log.flush();
    throw new IOException(name + ": no summary line in its output: " + tail(lines, 3));
  }

  private static List<String> tail(List<String> lines, int n) {
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }

  private static Run median(List<Run> runs) {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
    return sorted.get(sorted.size() / 2);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
