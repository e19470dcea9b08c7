package org.vigie.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.SeedArticles;
import org.vigie.model.EntityType;
import org.vigie.nlp.Engines;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * Guards the hand annotation against typos: every gold file parses, and against the seed's cleaned
 * text (samples/ at the repository root, else ../shared/seeds) each surface occurs at least as
 * often as it is listed, and the mentions occur in the order listed. Cleaning alone is run: the
 * gold annotates the cleaned text, which is what the entity stages see.
 */
class SeedGoldTest {
  private static final Path GOLD_DIR = goldDir();

  private static Path goldDir() {
    try {
      return Path.of(SeedGold.class.getResource("seeds").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> goldDocs() throws IOException {
    try (Stream<Path> files = Files.list(GOLD_DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    }
  }

  private static Path seedFolder() {
    Path samples = Path.of(System.getProperty("vigie.samples", "../samples"));
    if (Files.isDirectory(samples)) {
      return samples;
    }
    return Path.of(System.getProperty("vigie.shared", "../../shared")).resolve("seeds");
  }

  @Test
  void everyGoldFileParsesAndIsConsistent() throws IOException {
    List<String> docs = goldDocs();
    assertEquals(5, docs.size(), "one gold file per seed: " + docs);
    for (String doc : docs) {
      SeedGold gold = SeedGold.forDocument(doc).orElseThrow();
      assertEquals(doc, gold.doc());
      assertFalse(gold.mentions().isEmpty(), doc);
      Set<String> places = new HashSet<>();
      gold.places().forEach(p -> assertTrue(places.add(p.name()), doc + ": place twice " + p));
      for (SeedGold.GoldMention m : gold.mentions()) {
        if (m.type() == EntityType.LOCATION) {
          assertTrue(places.contains(m.canonical()), doc + ": no place for " + m);
        }
      }
      for (SeedGold.GoldPlace p : gold.places()) {
        assertTrue(
            p.located() || p.kind().equals("country") || p.kind().equals("region"),
            doc + ": a point without coordinates " + p);
        if (p.located()) {
          assertTrue(Math.abs(p.lat()) <= 90 && Math.abs(p.lon()) <= 180, doc + " " + p);
        }
      }
    }
  }

  @Test
  void everySurfaceOccursInTheCleanedTextInOrder() throws IOException {
    Path folder = seedFolder();
    assumeTrue(Files.isDirectory(folder), "no seeds at " + folder);
    Analyzer cleaning = Analyzer.cleaningOnly(Engines.frenchLexicon(), RecurringLines.NONE);
    List<String> problems = new ArrayList<>();
    for (String doc : goldDocs()) {
      Path article = folder.resolve(doc + ".txt");
      assumeTrue(Files.isRegularFile(article), "no seed " + article);
      String text = Mention.normalize(SeedArticles.analyze(article, cleaning).text());
      SeedGold gold = SeedGold.forDocument(doc).orElseThrow();
      Map<String, Integer> listed = new HashMap<>();
      int from = 0;
      for (SeedGold.GoldMention m : gold.mentions()) {
        String surface = m.mention().text();
        listed.merge(surface, 1, Integer::sum);
        int at = text.indexOf(surface, from);
        if (at < 0) {
          problems.add(doc + ": «" + surface + "» not found after offset " + from);
        } else {
          from = at + surface.length();
        }
      }
      listed.forEach(
          (surface, n) -> {
            int found = occurrences(text, surface);
            if (found < n) {
              problems.add(doc + ": «" + surface + "» listed " + n + " times, in text " + found);
            }
          });
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  private static int occurrences(String text, String surface) {
    int n = 0;
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      n++;
    }
    return n;
  }
}
