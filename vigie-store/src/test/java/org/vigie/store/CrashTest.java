package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;

/**
 * The crash test of issue 22: an ingest in a child JVM killed with kill -9 (SIGKILL, no shutdown
 * hook) at random points after commits, at least five times, then run to completion. After every
 * kill the store opens, its index is clean (CheckIndex), every article is present once; at the end
 * stories and near-duplicates are those of an uninterrupted run.
 */
class CrashTest {
  private static final int ARTICLES = 48;
  private static final int BATCH = 4;
  private static final String[] TOPICS = {
    "Le cessez-le-feu au Haut-Karabakh a été violé près de Stepanakert, selon Erevan.",
    "La banque centrale européenne a relevé ses taux directeurs à Francfort jeudi.",
    "Le Conseil de sécurité des Nations unies s'est réuni à New York sur la Syrie.",
    "Les inondations ont frappé la vallée du Rhône, des centaines d'habitants évacués.",
    "Le championnat de France de football a repris au Parc des Princes samedi soir.",
    "Une éruption volcanique en Islande perturbe le trafic aérien européen depuis lundi.",
  };

  @TempDir Path dir;

  @Test
  void killedFiveTimesTheIngestEndsAsAnUninterruptedOne() throws Exception {
    Path input = corpus();
    Path reference = dir.resolve("reference");
    assertEquals(0, child(reference, input, -1, new Random(0)));
    Map<String, String> expected = corpusFields(reference);
    assertEquals(ARTICLES, expected.size());

    Path data = dir.resolve("data");
    Random random = new Random(22);
    int kills = 0;
    for (int attempt = 0; attempt < 20 && kills < 6; attempt++) {
      int exit = child(data, input, 1 + random.nextInt(ARTICLES / 3), random);
      if (exit == 0) {
        break; // finished before the kill: nothing left to interrupt
      }
      kills++;
      assertClean(data);
    }
    assertTrue(kills >= 5, "killed " + kills + " times");
    assertEquals(0, child(data, input, -1, random));
    assertClean(data);
    assertEquals(expected, corpusFields(data), "stories and near-duplicates as uninterrupted");
  }

  /** Runs the child; kills it with SIGKILL after {@code killAfter} stored lines (-1: never). */
  private int child(Path data, Path input, int killAfter, Random random) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(KillableIngest.class.getName());
    command.add(data.toString());
    command.add(input.toString());
    command.add(String.valueOf(BATCH));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder log = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      int stored = 0;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        log.append(line).append('\n');
        if (line.startsWith("stored ") && ++stored == killAfter) {
          p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close
          break;
        }
      }
    }
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "child hangs: " + log);
    int exit = p.exitValue();
    if (killAfter < 0) {
      assertEquals(0, exit, log.toString());
      assertTrue(log.toString().contains("done"), log.toString());
    }
    return exit;
  }

  /** The store opens, its index is clean, and no article is there twice. */
  private static void assertClean(Path data) {
    assertTrue(StoreCheck.run(data, false).clean(), "index clean after kill -9");
    try (VigieStore store = VigieStore.open(data)) {
      Set<String> ids = new HashSet<>();
      store.forEach(a -> assertTrue(ids.add(a.id()), "twice: " + a.id()));
      assertEquals(store.size(), ids.size());
    }
  }

  /** Each article's story and original, by id. */
  private static Map<String, String> corpusFields(Path data) {
    Map<String, String> fields = new HashMap<>();
    try (VigieStore store = VigieStore.open(data)) {
      store.forEach((Article a) -> fields.put(a.id(), a.story() + " | " + a.duplicateOf()));
    }
    return fields;
  }

  /** Articles on six topics, every fourth one a near-copy of the one before (a duplicate). */
  private Path corpus() throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    Random random = new Random(7);
    String previous = null;
    for (int i = 0; i < ARTICLES; i++) {
      String text;
      if (i % 4 == 3) {
        text = previous.replace("selon", "d'après");
      } else {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        text =
            topic
                + " Le bilan provisoire fait état de "
                + (i + 2)
                + " personnes concernées, a précisé un responsable local. "
                + topic.replace(".", ", a-t-on appris de source officielle.")
                + " Les discussions doivent reprendre dans "
                + (i % 9 + 2)
                + " jours, selon un communiqué numéro "
                + i
                + ".";
      }
      previous = text;
      Files.writeString(
          input.resolve(String.format(java.util.Locale.ROOT, "a%03d.txt", i)),
          text,
          StandardCharsets.UTF_8);
    }
    return input;
  }
}
