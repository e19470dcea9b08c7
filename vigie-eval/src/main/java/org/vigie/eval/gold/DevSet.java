package org.vigie.eval.gold;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.analysis.CorpusLearner;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.json.ArticleJson;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The hand-annotated dev set ({@code ../shared/eval/ml-crisis-gold}): its gold files, the raw
 * articles they annotate, and their analysis the way a user runs it. The articles are fed to the
 * pipeline exactly as the reference scorer's {@code gold-input} writes them (JSON Lines: id = path
 * with {@code /} as {@code __}, the raw file as text, the folder date as published, language fr)
 * and go through {@code vigie analyze}'s path: the input scanner, the corpus template pass over the
 * split's articles, then the pipeline. Not thread-safe; read-only once built.
 */
public final class DevSet {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One annotated article: its id, corpus path, date, gold annotation and raw lines. */
  public record Document(String id, String doc, String dct, JsonNode gold, List<String> rawLines) {
    public Document {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(doc, "doc");
      Objects.requireNonNull(gold, "gold");
      rawLines = List.copyOf(rawLines);
    }

    /** Raw line {@code n} (1-based, as the gold counts), or "" past the end. */
    public String line(int n) {
      return n >= 1 && n <= rawLines.size() ? rawLines.get(n - 1) : "";
    }

    /** The raw file as read (lines joined back). */
    public String raw() {
      return String.join("\n", rawLines);
    }
  }

  private final DevSplit split;
  private final List<Document> documents;

  private DevSet(DevSplit split, List<Document> documents) {
    this.split = split;
    this.documents = List.copyOf(documents);
  }

  /**
   * Reads the gold files of {@code split} from {@code goldDir}, and their articles from {@code
   * corpusDir}, sorted by gold file name.
   */
  public static DevSet read(Path goldDir, Path corpusDir, DevSplit split) {
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path file :
          files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        if (!split.includes(file.getFileName().toString())) {
          continue;
        }
        JsonNode gold = JSON.readTree(file.toFile());
        String doc = gold.path("doc").asText();
        // Python reads text files with universal newlines: \r\n and \r become \n.
        String raw =
            Files.readString(corpusDir.resolve(doc), StandardCharsets.UTF_8)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        docs.add(
            new Document(
                idOf(doc),
                doc,
                gold.path("dct").asText(),
                gold,
                Arrays.asList(raw.split("\n", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dev set in " + goldDir, e);
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(
          "no gold files of split " + split.label() + " in " + goldDir);
    }
    return new DevSet(split, docs);
  }

  /** The article id the reference scorer gives a corpus path ("libya/2011-03-22/ext_48.txt"). */
  static String idOf(String doc) {
    String flat = doc.replace("/", "__");
    int dot = flat.lastIndexOf('.');
    return dot < 0 ? flat : flat.substring(0, dot);
  }

  public DevSplit split() {
    return split;
  }

  public List<Document> documents() {
    return documents;
  }

  /** The JSON Lines input of {@code score.py gold-input}, written to {@code file}. */
  public Path writeInput(Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Document d : documents) {
        ObjectNode row = JSON.createObjectNode();
        row.put("id", d.id());
        row.put("text", d.raw());
        row.put("published", d.dct());
        row.put("language", "fr");
        out.write(JSON.writeValueAsString(row));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /**
   * Analyses every article as {@code vigie analyze} does its JSON Lines input, and returns each
   * Article's JSON (CONTRACT.md) by id. {@code engine} builds the analyser from the template lines
   * the corpus pass learnt. A failed article is absent from the map (it scores as empty, as in the
   * reference).
   */
  public Map<String, JsonNode> analyze(Function<RecurringLines, Analyzer> engine, int threads) {
    Path input = null;
    try {
      input = writeInput(Files.createTempFile("vigie-devset-", ".jsonl"));
      List<String> paths = List.of(input.toString());
      RecurringLines recurring;
      try (InputScanner scanner = new InputScanner(paths, IngestLimits.DEFAULT, null)) {
        recurring = new CorpusLearner().learn(scanner);
      }
      Analyzer analyzer = engine.apply(recurring);
      Map<String, JsonNode> out = new LinkedHashMap<>();
      try (InputScanner scanner = new InputScanner(paths, IngestLimits.DEFAULT, null)) {
        new BatchAnalyzer(analyzer, threads)
            .run(
                scanner,
                outcome -> {
                  if (outcome instanceof AnalysisOutcome.Analyzed a) {
                    out.put(a.article().id(), parse(ArticleJson.line(a.article())));
                  }
                });
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the dev set's input", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the dev set", e);
    } finally {
      if (input != null) {
        try {
          Files.deleteIfExists(input);
        } catch (IOException ignored) {
          // A temporary file left behind is harmless.
        }
      }
    }
  }

  /** Reads a JSON Lines file of Articles (as {@code vigie analyze} prints them) by id. */
  public static Map<String, JsonNode> readOutput(Path jsonl) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    try (Stream<String> lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
      lines
          .filter(l -> !l.isBlank())
          .forEach(
              l -> {
                JsonNode d = parse(l);
                out.put(d.path("id").asText(), d);
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    return out;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "not JSON: " + json.substring(0, Math.min(80, json.length())), e);
    }
  }
}
