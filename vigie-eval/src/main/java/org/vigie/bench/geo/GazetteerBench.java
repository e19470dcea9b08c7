package org.vigie.bench.geo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Place;
import org.vigie.names.NameKeys;

/**
 * Measures the gazetteer as the pipeline uses it: loading it from the class path (median of several
 * loads), the heap it keeps, and lookups per second of names (mixed hits and misses) through {@link
 * Gazetteer#lookup}. The baseline, built in the same run, is the obvious alternative: a {@code
 * HashMap} from every key to its places, as Java objects.
 */
public final class GazetteerBench {
  /** The figures of one run. */
  public record Result(
      int places,
      int keys,
      double loadSecondsMedian,
      long heapBytes,
      double lookupsPerSecond,
      double hitRate,
      double baselineLoadSeconds,
      long baselineHeapBytes,
      double baselineLookupsPerSecond) {
    /** A few lines for the terminal. */
    public String table() {
      return String.format(
          Locale.ROOT,
          "gazetteer: %,d places, %,d name keys%n"
              + "  vigie    load %.2f s (median of 5)  heap %,d MB  lookups %,.0f/s (hits %.0f%%)%n"
              + "  hashmap  load %.2f s                heap %,d MB  lookups %,.0f/s%n"
              + "  ratio    lookups %.2f×  heap %.2f×%n",
          places,
          keys,
          loadSecondsMedian,
          heapBytes >> 20,
          lookupsPerSecond,
          100 * hitRate,
          baselineLoadSeconds,
          baselineHeapBytes >> 20,
          baselineLookupsPerSecond,
          lookupsPerSecond / baselineLookupsPerSecond,
          (double) heapBytes / baselineHeapBytes);
    }
  }

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Consumer<String> progress;

  public GazetteerBench(Consumer<String> progress) {
    this.progress = progress;
  }

  /**
   * Runs the benchmark with {@code lookups} lookups per timed round; {@code names} are the query
   * names (e.g. capitalised words of a corpus), or empty for names sampled from the gazetteer
   * itself, half of them altered into misses.
   */
  public Result run(List<String> names, int lookups) {
    double[] loads = new double[5];
    long before = usedHeap();
    for (int i = 0; i < loads.length - 1; i++) {
      long start = System.nanoTime();
      load();
      loads[i] = (System.nanoTime() - start) / 1e9;
    }
    long start = System.nanoTime();
    Gazetteer gazetteer = load();
    loads[loads.length - 1] = (System.nanoTime() - start) / 1e9;
    long heap = usedHeap() - before;
    Arrays.sort(loads);
    progress.accept(String.format(Locale.ROOT, "loaded in %.2f s (median)", loads[2]));
    List<String> keys = gazetteer.keys();
    List<String> queries = names.isEmpty() ? sample(keys) : names;

    int hits = 0;
    for (String q : queries) {
      hits += gazetteer.lookup(q).isEmpty() ? 0 : 1;
    }
    double rate = median(() -> time(gazetteer, queries, lookups), lookups);
    progress.accept(String.format(Locale.ROOT, "%,.0f lookups/s", rate));

    long baseStart = System.nanoTime();
    long baseBefore = usedHeap();
    Map<String, List<Place>> map = new HashMap<>(keys.size() * 2);
    for (String key : keys) {
      map.put(key, gazetteer.lookup(key));
    }
    double baseLoad = (System.nanoTime() - baseStart) / 1e9;
    long baseHeap = usedHeap() - baseBefore;
    double baseRate = median(() -> time(map, queries, lookups), lookups);
    int keyCount = keys.size();
    int places = gazetteer.size();
    return new Result(
        places,
        keyCount,
        loads[2],
        heap,
        rate,
        (double) hits / queries.size(),
        baseLoad,
        baseHeap,
        baseRate);
  }

  /**
   * Capitalised words and two-word names of the text files under these paths, as queries: what the
   * entity stage asks the gazetteer about a corpus (most are not places).
   */
  public static List<String> namesIn(List<Path> paths) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    Pattern name = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?");
    for (Path root : paths) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = name.matcher(text);
        while (m.find() && names.size() < 50_000) {
          names.add(m.group());
        }
      }
    }
    return List.copyOf(names);
  }

  /** A fresh load each call (not {@link Gazetteer#shared}): the load is what is timed. */
  private static Gazetteer load() {
    return Gazetteer.fromClasspath()
        .orElseThrow(
            () -> new IllegalStateException("no gazetteer on the class path (vigie-gazetteer)"));
  }

  /** Names as they appear in text: real keys given capitals back, every other one altered. */
  private static List<String> sample(List<String> keys) {
    Random random = new Random(20261122);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String key = keys.get(random.nextInt(keys.size()));
      String name = Character.toUpperCase(key.charAt(0)) + key.substring(1);
      names.add(i % 2 == 0 ? name : name + "q");
    }
    return names;
  }

  private interface Round {
    long nanos();
  }

  /** Lookups per second, median of five timed rounds after two warm-up rounds. */
  private static double median(Round round, int lookups) {
    round.nanos();
    round.nanos();
    double[] rates = new double[5];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = lookups / (round.nanos() / 1e9);
    }
    Arrays.sort(rates);
    return rates[2];
  }

  private static long time(Gazetteer gazetteer, List<String> queries, int lookups) {
    long start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < lookups; i++) {
      found += gazetteer.lookup(queries.get(i % queries.size())).size();
    }
    blackhole = found;
    return System.nanoTime() - start;
  }

  private static long time(Map<String, List<Place>> map, List<String> queries, int lookups) {
    long start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < lookups; i++) {
      List<Place> places = map.get(NameKeys.key(queries.get(i % queries.size())));
      found += places == null ? 0 : places.size();
    }
    blackhole = found;
    return System.nanoTime() - start;
  }

  @SuppressWarnings("unused")
  private static volatile int blackhole;

  private long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
