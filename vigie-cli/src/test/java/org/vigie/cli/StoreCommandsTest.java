package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The store commands end to end with the real pipeline: ingest the samples twice, then search,
 * stories, similar, outlets and export in their contract shapes, and the one-line errors.
 */
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path data;
  static String samples;

  @BeforeAll
  static void ingestTwice() {
    data = dir.resolve("data");
    samples = System.getProperty("vigie.samples", "../samples");
    Run first = run("ingest", "--quiet", "--data", data.toString(), samples);
    assertEquals(0, first.exit(), first.err());
    Run second = run("ingest", "--data", data.toString(), samples);
    assertEquals(0, second.exit(), second.err());
    assertTrue(second.err().contains("5 already stored"), second.err());
    assertTrue(second.err().contains("5 article(s) in"), second.err());
  }

  @Test
  void searchPrintsTheContractShape() throws IOException {
    Run run = run("search", "--data", data.toString(), "--format", "jsonl", "Zakharova");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> hits = lines(run.out());
    assertFalse(hits.isEmpty());
    for (JsonNode h : hits) {
      for (String field : List.of("id", "title", "score", "snippet")) {
        assertTrue(h.has(field), field + " in " + h);
      }
      assertTrue(h.get("snippet").asText().contains("<b>Zakharova</b>"), h.toString());
    }
  }

  @Test
  void storiesPrintTheContractShapeAndCoverEveryArticle() throws IOException {
    Run run = run("stories", "--data", data.toString(), "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    int articles = 0;
    for (JsonNode s : lines(run.out())) {
      assertTrue(s.has("story") && s.has("title") && s.get("articles").isArray(), s.toString());
      articles += s.get("articles").size();
      assertFalse(s.get("title").asText().isBlank(), "untitled stories get opening words: " + s);
    }
    assertEquals(5, articles);
  }

  @Test
  void exportWritesRfc4180CsvWithAHeader() {
    Run run = run("export", "--data", data.toString(), "--what", "entities", "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("article,published,outlet,text,canonical,type,start,end\r\n"));
    Run articles = run("export", "--data", data.toString(), "--what", "articles");
    assertEquals(5, articles.out().lines().count());
  }

  @Test
  void similarAndOutletsRun() {
    String id =
        lines(run("search", "--data", data.toString(), "--format", "jsonl", "*").out())
            .get(0)
            .get("id")
            .asText();
    Run similar = run("similar", "--data", data.toString(), id);
    assertEquals(0, similar.exit(), similar.err());
    assertFalse(similar.out().isBlank());
    Run outlets = run("outlets", "--data", data.toString(), "--min-outlets", "1");
    assertEquals(0, outlets.exit(), outlets.err());
    // Armenpress writes "Artsakh" where Lagazette writes "Haut-Karabagh": one entity, two forms.
    assertTrue(outlets.out().contains("LOCATION  Haut-Karabakh"), outlets.out());
    assertTrue(outlets.out().contains("Artsakh"), outlets.out());
  }

  @Test
  void badQueriesAndForeignDirectoriesGetOneLine() throws IOException {
    Run quotes = run("search", "--data", data.toString(), "\"cessez le feu");
    assertEquals(2, quotes.exit());
    assertEquals(1, quotes.err().lines().count(), quotes.err());
    Run many = run("search", "--data", data.toString(), "mot ".repeat(10_000));
    assertEquals(2, many.exit());
    assertEquals(1, many.err().lines().count(), many.err());
    Path foreign = dir.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
    Run refused = run("ingest", "--data", foreign.toString(), samples);
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("not a Vigie store"), refused.err());
    assertEquals(1, Files.list(foreign).count());
    Run missing = run("search", "--data", dir.resolve("nothing").toString(), "x");
    assertEquals(2, missing.exit());
    assertEquals(1, missing.err().lines().count(), missing.err());
  }

  @Test
  void defect02ExportIntoAFailingStandardOutputExitsTwoWithoutClaimingSuccess() {
    CommandLine cli = VigieCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new FailingStream(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true));
    int exit = VigieCommand.execute(cli, "export", "--data", data.toString());
    assertEquals(2, exit, err.toString());
    assertTrue(err.toString().contains("cannot write to standard output"), err.toString());
    assertFalse(err.toString().contains("exported"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }

  /** The full-output test: a real JVM whose stdout is /dev/full, or a pipe closed by its reader. */
  @Test
  void fullOutputStandardOutputToDevFullOrAClosedPipeExitsTwo() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(VigieCommand.class.getName());
    command.addAll(List.of("export", "--data", data.toString()));
    Path devFull = Path.of("/dev/full");
    if (Files.exists(devFull)) {
      Process full =
          new ProcessBuilder(command)
              .redirectOutput(devFull.toFile())
              .redirectError(dir.resolve("full.err").toFile())
              .start();
      int exit = full.waitFor();
      String err = Files.readString(dir.resolve("full.err"), StandardCharsets.UTF_8);
      assertEquals(2, exit, err);
      assertTrue(err.contains("cannot write to standard output"), err);
    }
    Process closed =
        new ProcessBuilder(command).redirectError(dir.resolve("pipe.err").toFile()).start();
    closed.getInputStream().close();
    int exit = closed.waitFor();
    String err = Files.readString(dir.resolve("pipe.err"), StandardCharsets.UTF_8);
    assertEquals(2, exit, err);
    assertTrue(err.contains("cannot write to standard output"), err);
  }

  @Test
  void defect10SearchKarabakhFindsAllFiveSeedsWhateverTheirSpelling() {
    Run run =
        run("search", "--data", data.toString(), "--format", "jsonl", "--limit", "20", "Karabakh");
    assertEquals(0, run.exit(), run.err());
    assertEquals(5, run.out().lines().count(), run.out());
  }

  @Test
  void defect10TheExonymArtsakhFindsTheHautKarabakhEntityThroughTheEntityDirectory() {
    java.util.function.Function<String, Run> entity =
        name ->
            run(
                "search",
                "--data",
                data.toString(),
                "--format",
                "jsonl",
                "--limit",
                "20",
                "--entity",
                name,
                "*");
    Run karabakh = entity.apply("Haut-Karabakh");
    Run artsakh = entity.apply("Artsakh");
    assertEquals(0, artsakh.exit(), artsakh.err());
    // Only Armenpress writes "Artsakh"; asking for the entity finds every article about it.
    assertTrue(karabakh.out().lines().count() > 1, karabakh.out());
    assertEquals(karabakh.out(), artsakh.out());
  }

  @Test
  void defect12AnUnknownOutletOrTypeIsSaidWithTheKnownOnes() {
    Run outlet = run("search", "--data", data.toString(), "--outlet", "Le Nouvelliste", "*");
    assertEquals(2, outlet.exit(), outlet.err());
    assertTrue(
        outlet.err().contains("no stored article has the outlet 'Le Nouvelliste'"), outlet.err());
    assertTrue(outlet.err().contains("known outlets: "), outlet.err());
    assertTrue(outlet.err().contains("Lagazette"), outlet.err());
    Run type = run("search", "--data", data.toString(), "--type", "PICNIC", "*");
    assertEquals(2, type.exit(), type.err());
    assertTrue(type.err().contains("event type 'PICNIC'; known event types: "), type.err());
    Run known = run("search", "--data", data.toString(), "--outlet", "lagazette", "*");
    assertEquals(0, known.exit(), known.err());
    assertTrue(
        known.out().startsWith("1 article(s)") || !known.out().startsWith("0 "), known.out());
  }

  @Test
  void defect12CsvHeadersFollowOneNamingScheme() {
    java.util.regex.Pattern camel = java.util.regex.Pattern.compile("[a-z]+(?:[A-Z][a-z]*)*");
    List<String[]> commands =
        List.of(
            new String[] {"export", "--what", "articles", "--format", "csv"},
            new String[] {"export", "--what", "quotes", "--format", "csv"},
            new String[] {"export", "--what", "entities", "--format", "csv"},
            new String[] {"export", "--what", "events", "--format", "csv"},
            new String[] {"quotes", "--format", "csv"},
            new String[] {"entities", "--format", "csv"},
            new String[] {"events", "--format", "csv"},
            new String[] {"events", "--mentions", "--format", "csv"});
    for (String[] command : commands) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--data", data.toString()));
      Run run = run(args.toArray(String[]::new));
      assertEquals(0, run.exit(), String.join(" ", command) + ": " + run.err());
      String header = run.out().lines().findFirst().orElse("");
      for (String name : header.split(",")) {
        assertTrue(
            camel.matcher(name).matches(),
            String.join(" ", command) + ": header '" + name + "' is not camelCase: " + header);
      }
    }
  }

  @Test
  void defect12AMinusWordExcludesInsteadOfFailingAsAnOption() {
    Run all = run("search", "--data", data.toString(), "--format", "jsonl", "Karabakh");
    Run without =
        run("search", "--data", data.toString(), "--format", "jsonl", "Karabakh", "-Zakharova");
    assertEquals(0, without.exit(), without.err());
    assertTrue(
        without.out().lines().count() < all.out().lines().count(), without.out() + all.out());
  }

  @Test
  void defect11MessagesSayWhatIsWrongAndWhatToDo() throws IOException {
    Path empty = dir.resolve("empty-store");
    org.vigie.store.VigieStore.openForWriting(empty).close();
    Run quotes = run("quotes", "--data", empty.toString());
    assertEquals(2, quotes.exit());
    assertTrue(quotes.err().contains("no articles to list: the store is empty"), quotes.err());
    Run zero = run("ingest", "--max-bytes", "0", "--data", dir.resolve("z").toString(), samples);
    assertEquals(2, zero.exit());
    assertTrue(zero.err().contains("--max-bytes must be between 1 and"), zero.err());
  }

  @Test
  void defect12CommandLineConsistency() {
    Run eval = run("eval");
    assertEquals(2, eval.exit(), eval.err());
    Run negative = run("search", "--data", data.toString(), "--limit", "-1", "x");
    assertEquals(2, negative.exit());
    assertTrue(negative.err().contains("--limit must be 0 or more"), negative.err());
    Run stories = run("stories", "--data", data.toString(), "--limit", "-3");
    assertEquals(2, stories.exit());
    Path missing = dir.resolve("never-created");
    Run ingest = run("ingest", "--data", missing.toString(), dir.resolve("nope.txt").toString());
    assertEquals(2, ingest.exit());
    assertFalse(Files.exists(missing), "a failed ingest of a missing path creates no store");
    Run table = run("search", "--data", data.toString(), "Zakharova");
    assertEquals(0, table.exit(), table.err());
    assertFalse(table.out().contains("<b>"), table.out());
    assertFalse(table.out().contains("\n        \n"), "no blank title line: " + table.out());
  }

  @Test
  void defect03CheckReportsASoundStore() {
    Run run = run("check", "--data", data.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("is sound") && run.out().contains("5 article(s)"), run.out());
  }

  /** An output stream on a full device. */
  static final class FailingStream extends java.io.OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private static List<JsonNode> lines(String out) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      try {
        nodes.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError(line, e);
      }
    }
    return nodes;
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = VigieCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
