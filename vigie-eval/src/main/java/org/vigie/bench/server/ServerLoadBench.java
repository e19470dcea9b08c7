package org.vigie.bench.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.bench.store.SyntheticBases;
import org.vigie.bench.store.SyntheticCorpus;
import org.vigie.model.Article;
import org.vigie.server.ServerOptions;
import org.vigie.server.VigieServer;
import org.vigie.store.VigieStore;

/**
 * A bounded load test of the server: a store of {@code articles} synthetic articles ({@link
 * SyntheticCorpus} over the corpus's analysed articles, built once in the work directory and kept
 * there for the next run), the real server on a free port of 127.0.0.1, and {@code clients} threads
 * sending requests back to back for {@code duration}, each on its own keep-alive connection ({@link
 * KeepAliveClient}): searches (one or two words from the corpus, facets and snippets), a search
 * filtered by outlet and month (facet navigation), and an article by id, in a fixed mix. Every
 * answer that is not a 200 counts as an error. Stops by itself.
 */
public final class ServerLoadBench {
  private final int articles;
  private final int threads;
  private final int clients;
  private final Duration duration;
  private final Consumer<String> log;

  /** Latency of one kind of request, in milliseconds. */
  public record Latency(
      String kind, long requests, long errors, double p50, double p95, double p99, double max) {}

  /** What the run measured. */
  public record Report(
      int articles,
      int clients,
      double seconds,
      long requests,
      long errors,
      double requestsPerSecond,
      double loadAverage,
      int cores,
      double cpuMsPerRequest,
      double serverCpuMsPerRequest,
      Latency all,
      List<Latency> kinds,
      double buildSeconds) {
    public Report {
      kinds = List.copyOf(kinds);
    }

    /** The same report, with the seconds the store took to build (0: an earlier run built it). */
    Report built(double seconds) {
      return new Report(
          articles,
          clients,
          this.seconds,
          requests,
          errors,
          requestsPerSecond,
          loadAverage,
          cores,
          cpuMsPerRequest,
          serverCpuMsPerRequest,
          all,
          kinds,
          seconds);
    }

    public String table() {
      StringBuilder s = new StringBuilder();
      s.append(
          String.format(
              Locale.ROOT,
              "%d articles, %d clients, %.0f s: %d requests (%.0f/s), %d errors; machine load"
                  + " average %.1f on %d cores; %.1f ms of CPU per request (server %.1f, the"
                  + " rest the bench's HTTP client; GC and JIT aside)%s%n%n",
              articles,
              clients,
              seconds,
              requests,
              requestsPerSecond,
              errors,
              loadAverage,
              cores,
              cpuMsPerRequest,
              serverCpuMsPerRequest,
              buildSeconds > 0
                  ? String.format(Locale.ROOT, "; store built in %.0f s", buildSeconds)
                  : ""));
      s.append(
          String.format(
              Locale.ROOT,
              "%-10s %9s %7s %9s %9s %9s %9s%n",
              "request",
              "count",
              "errors",
              "p50 ms",
              "p95 ms",
              "p99 ms",
              "max ms"));
      List<Latency> rows = new ArrayList<>(kinds);
      rows.add(all);
      for (Latency l : rows) {
        s.append(
            String.format(
                Locale.ROOT,
                "%-10s %9d %7d %9.1f %9.1f %9.1f %9.1f%n",
                l.kind(),
                l.requests(),
                l.errors(),
                l.p50(),
                l.p95(),
                l.p99(),
                l.max()));
      }
      return s.toString();
    }
  }

  /**
   * {@code threads}: for analysing the bases when the store must be built (the load itself runs on
   * the server's own pool).
   */
  public ServerLoadBench(
      int articles, int threads, int clients, Duration duration, Consumer<String> log) {
    if (articles < 1 || threads < 1 || clients < 1 || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "articles, threads, clients and duration must be positive");
    }
    this.articles = articles;
    this.threads = threads;
    this.clients = clients;
    this.duration = duration;
    this.log = log;
  }

  public Report run(Path corpus, Path work) throws Exception {
    Path data = SyntheticCorpus.storeDir(work, articles);
    List<Article> bases;
    double buildSeconds = 0;
    if (!SyntheticCorpus.complete(data, articles, log)) {
      bases = SyntheticBases.analysed(corpus, work, threads, log);
      log.accept("building a " + articles + "-article store from " + bases.size() + " texts");
      long t0 = System.nanoTime();
      SyntheticCorpus.fill(data, new SyntheticCorpus(bases, 7L), articles, log);
      buildSeconds = (System.nanoTime() - t0) / 1e9;
      log.accept(
          String.format(
              Locale.ROOT,
              "built in %.0f s (%.0f articles/s); kept in %s for the next run",
              buildSeconds,
              articles / buildSeconds,
              data));
    } else {
      // The store is reused: the bases only give the query words, from the cache when there is
      // one (no models loaded), else from the cleaned texts (the same texts).
      log.accept("reusing the store in " + data);
      bases =
          Files.isRegularFile(work.resolve(SyntheticBases.CACHE))
              ? SyntheticBases.analysed(corpus, work, threads, log)
              : SyntheticBases.cleaned(corpus);
    }
    List<String> words = vocabulary(bases);
    try (VigieStore store = VigieStore.open(data);
        VigieServer server =
            VigieServer.start(
                store,
                ServerOptions.defaults(0),
                () -> {
                  throw new IllegalStateException("no ingest in a load test");
                })) {
      log.accept("serving " + store.size() + " articles; warming up for " + WARMUP);
      load(server.port(), words, store.size(), WARMUP);
      log.accept(clients + " clients for " + duration);
      return load(server.port(), words, store.size(), duration).built(buildSeconds);
    }
  }

  private static final String[] KINDS = {"search", "facet", "article"};

  /** Unmeasured load first: JIT compilation and the index's first facet and highlight work. */
  static final Duration WARMUP = Duration.ofSeconds(15);

  private Report load(int port, List<String> words, int size, Duration duration)
      throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    List<List<double[]>> samples = new ArrayList<>();
    long[][] errors = new long[clients][KINDS.length];
    List<Thread> threads = new ArrayList<>();
    long serverStart = threadsCpuNanos();
    long[] clientCpu = new long[clients];
    for (int c = 0; c < clients; c++) {
      final int client = c;
      List<double[]> mine = new ArrayList<>();
      samples.add(mine);
      long[] myErrors = errors[c];
      Random random = new Random(31L * c + 7);
      Thread t =
          new Thread(
              () -> {
                try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", port, 30_000)) {
                  // Bounded: the deadline, and at most a million requests per client.
                  for (int n = 0; n < 1_000_000 && System.nanoTime() < end; n++) {
                    int kind = pick(random);
                    String path = path(kind, random, words, size);
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                      ok = http.get(path) == 200;
                    } catch (java.io.IOException | RuntimeException e) {
                      ok = false;
                    }
                    mine.add(new double[] {kind, (System.nanoTime() - t0) / 1e6});
                    if (!ok) {
                      myErrors[kind]++;
                    }
                  }
                }
                clientCpu[client] = ownCpuNanos();
              },
              "load-" + c);
      threads.add(t);
      t.start();
    }
    long start = System.nanoTime();
    for (Thread t : threads) {
      t.join();
    }
    // The client threads have ended (their own CPU time was kept as each finished): the live
    // threads are the server's.
    long server = threadsCpuNanos() - serverStart;
    long client = 0;
    for (long c : clientCpu) {
      client += c;
    }
    long cpu = server + client;
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Latency> kinds = new ArrayList<>();
    List<Double> everything = new ArrayList<>();
    long totalErrors = 0;
    for (int k = 0; k < KINDS.length; k++) {
      List<Double> millis = new ArrayList<>();
      long kindErrors = 0;
      for (int c = 0; c < clients; c++) {
        for (double[] s : samples.get(c)) {
          if ((int) s[0] == k) {
            millis.add(s[1]);
          }
        }
        kindErrors += errors[c][k];
      }
      everything.addAll(millis);
      totalErrors += kindErrors;
      kinds.add(latency(KINDS[k], millis, kindErrors));
    }
    Latency all = latency("all", everything, totalErrors);
    // The machine's load during the run: latency on a shared machine is read against it.
    double loadAverage =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return new Report(
        size,
        clients,
        seconds,
        all.requests(),
        totalErrors,
        all.requests() / seconds,
        loadAverage,
        Runtime.getRuntime().availableProcessors(),
        all.requests() == 0 ? 0 : cpu / 1e6 / all.requests(),
        all.requests() == 0 ? 0 : server / 1e6 / all.requests(),
        all,
        kinds,
        0);
  }

  /**
   * CPU time of the live Java threads (GC and JIT aside), 0 where the JVM does not measure it: on a
   * machine shared with other work, CPU per request varies far less than latency does.
   */
  private static long threadsCpuNanos() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    if (!mx.isThreadCpuTimeSupported()) {
      return 0;
    }
    long sum = 0;
    for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null) {
        sum += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    return sum;
  }

  private static long ownCpuNanos() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    return mx.isThreadCpuTimeSupported() ? Math.max(0, mx.getCurrentThreadCpuTime()) : 0;
  }

  /** The mix: 60 % searches, 20 % facet navigation, 20 % articles. */
  private static int pick(Random random) {
    int r = random.nextInt(10);
    return r < 6 ? 0 : r < 8 ? 1 : 2;
  }

  private static final List<String> OUTLETS =
      List.of("Le Monde", "AFP", "Reuters", "Le Figaro", "France 24", "Libération");

  private static String path(int kind, Random random, List<String> words, int size) {
    return switch (kind) {
      case 0 -> {
        String q = words.get(random.nextInt(words.size()));
        if (random.nextBoolean()) {
          q += " " + words.get(random.nextInt(words.size()));
        }
        yield "/api/search?facets=10&q=" + enc(q);
      }
      case 1 ->
          "/api/search?q=*&facets=10&outlet="
              + enc(OUTLETS.get(random.nextInt(OUTLETS.size())))
              + "&from="
              + (2011 + random.nextInt(4));
      default -> "/api/articles/syn-" + random.nextInt(Math.max(1, size));
    };
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Latency latency(String kind, List<Double> millis, long errors) {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return new Latency(kind, 0, errors, 0, 0, 0, 0);
    }
    return new Latency(
        kind,
        sorted.length,
        errors,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Words of 6 to 12 letters from the bases: query terms that exist in the index. */
  private static List<String> vocabulary(List<Article> bases) {
    Set<String> words = new LinkedHashSet<>();
    for (Article a : bases) {
      for (String w : a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 6 && w.length() <= 12 && words.size() < 3000) {
          words.add(w);
        }
      }
    }
    return new ArrayList<>(words);
  }
}
