package org.vigie.eval.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.CorpusAnalysis;
import org.vigie.model.Article;
import org.vigie.store.ArticleCodec;
import org.vigie.store.VigieStore;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * One ML-Crisis topic's articles ({@code corpus/ml-crisis-fr/TOPIC/DATE/*.txt}) as a store gives
 * them back: analysed with the folder date as publication date (the corpus README says to),
 * ingested into a temporary store (near-duplicates marked, as for a user), and read back. Or the
 * same articles taken from an earlier analysis (JSON Lines of Articles whose ids are the corpus
 * paths with {@code /} as {@code __}, as {@code score.py gold-input} names them).
 */
public final class TopicArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TopicArticles() {}

  /** The topics that have a reference timeline ({@code reference/TOPIC.txt}), sorted. */
  public static List<String> topics(Path corpus) {
    try (Stream<Path> files = Files.list(corpus.resolve("reference"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no reference timelines under " + corpus, e);
    }
  }

  /**
   * Analyses the topic's articles, then ingests them into a temporary store and reads them back.
   */
  public static List<Article> analyse(
      Path corpus, String topic, Function<RecurringLines, Analyzer> engine, int threads)
      throws IOException, InterruptedException {
    Path input = Files.createTempFile("vigie-topic-", ".jsonl");
    try {
      writeInput(corpus, topic, input);
      List<Article> analysed = new ArrayList<>();
      CorpusAnalysis.run(input, engine, threads, analysed::add);
      return throughStore(analysed);
    } finally {
      Files.deleteIfExists(input);
    }
  }

  /** The topic's articles from an earlier analysis, through a temporary store. */
  public static List<Article> fromAnalysis(Path jsonl, String topic) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<String> lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        if (node.path("id").asText().startsWith(topic + "__")) {
          articles.add(ArticleCodec.read(line, node.path("text").asText()));
        }
      }
    }
    return throughStore(articles);
  }

  static void writeInput(Path corpus, String topic, Path file) throws IOException {
    List<Path> texts;
    try (Stream<Path> walk = Files.walk(corpus.resolve(topic))) {
      texts = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Path p : texts) {
        String doc = corpus.relativize(p).toString().replace('\\', '/');
        ObjectNode row = JSON.createObjectNode();
        row.put("id", doc.substring(0, doc.length() - 4).replace("/", "__"));
        row.put("text", Files.readString(p, StandardCharsets.UTF_8));
        row.put("published", p.getParent().getFileName().toString());
        row.put("language", "fr");
        out.write(JSON.writeValueAsString(row));
        out.write('\n');
      }
    }
  }

  private static List<Article> throughStore(List<Article> articles) throws IOException {
    Path dir = Files.createTempDirectory("vigie-timeline-eval-");
    try {
      try (VigieStore store = VigieStore.openForWriting(dir)) {
        for (Article a : articles) {
          store.put(a, null);
        }
        store.commit();
      }
      List<Article> back = new ArrayList<>();
      try (VigieStore store = VigieStore.open(dir)) {
        store.forEach(back::add);
      }
      return back;
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
