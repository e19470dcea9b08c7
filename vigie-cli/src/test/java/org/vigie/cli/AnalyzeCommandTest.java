package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The analyze command end to end, with the real models, on good and hostile inputs. */
class AnalyzeCommandTest {
  private static final String FRENCH =
      "« Il est regrettable que la situation dans la zone de conflit reste tendue », a déclaré"
          + " la porte-parole du ministère russe des Affaires étrangères, Maria Zakharova.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  @BeforeAll
  static void writeInputs() throws IOException {
    Files.writeString(dir.resolve("01-good.txt"), FRENCH, StandardCharsets.UTF_8);
    Files.write(dir.resolve("02-empty.txt"), new byte[0]);
    Files.write(dir.resolve("03-binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
    byte[] utf8 = FRENCH.getBytes(StandardCharsets.UTF_8);
    utf8[10] = (byte) 0xFF;
    Files.write(dir.resolve("04-invalid-utf8.txt"), utf8);
    Files.write(dir.resolve("05-latin1.txt"), FRENCH.getBytes(Charset.forName("windows-1252")));
    try (OutputStream big = Files.newOutputStream(dir.resolve("06-fifty-megabytes.txt"))) {
      byte[] chunk = "Le cessez-le-feu tient. ".repeat(4096).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += chunk.length) {
        big.write(chunk);
      }
    }
    Files.writeString(dir.resolve("07-long-line.txt"), "x".repeat(5 << 20), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("08-page.html"),
        "<html><head><title>Trêve</title><script>alert(1)</script></head><body><p>"
            + FRENCH
            + "</p></body></html>",
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("09-empty-dir"));
  }

  @Test
  void badInputsFailAloneWithOneLineEachAndTheRestIsPrinted() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run run =
        run(
            "analyze",
            "--quiet",
            "--out",
            out.toString(),
            dir.resolve("01-good.txt").toString(),
            dir.resolve("02-empty.txt").toString(),
            dir.resolve("03-binary.txt").toString(),
            dir.resolve("04-invalid-utf8.txt").toString(),
            dir.resolve("05-latin1.txt").toString(),
            dir.resolve("06-fifty-megabytes.txt").toString(),
            dir.resolve("07-long-line.txt").toString(),
            dir.resolve("08-page.html").toString(),
            dir.resolve("does-not-exist.txt").toString(),
            dir.resolve("09-empty-dir").toString());
    assertEquals(1, run.exit(), "some documents failed: " + run.err());
    List<String> errors = run.err().lines().toList();
    assertEquals(6, errors.size(), run.err());
    assertTrue(errors.get(0).endsWith("02-empty.txt: empty document"), errors.get(0));
    assertTrue(errors.get(1).contains("03-binary.txt: binary content"));
    assertTrue(errors.get(2).contains("06-fifty-megabytes.txt: too large: 52"));
    assertTrue(errors.get(3).contains("07-long-line.txt: no article text"), errors.get(3));
    assertTrue(errors.get(4).endsWith("does-not-exist.txt: no such file or directory"));
    assertTrue(errors.get(5).contains("09-empty-dir: no articles"));
    assertFalse(run.err().contains("Exception"), "no stack traces");

    List<JsonNode> articles = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      articles.add(JSON.readTree(line));
    }
    assertEquals(
        List.of("01-good", "04-invalid-utf8", "05-latin1", "08-page"),
        articles.stream().map(a -> a.get("id").asText()).toList());
    JsonNode good = articles.get(0);
    assertEquals("fr", good.get("language").asText());
    assertTrue(good.get("entities").toString().contains("Maria Zakharova"));
    assertEquals(FRENCH, articles.get(2).get("text").asText(), "Latin-1 decoded");
    assertTrue(articles.get(1).get("diagnostics").toString().contains("invalid-bytes"));
    assertEquals("Trêve", articles.get(3).get("title").asText());
    assertFalse(articles.get(3).get("text").asText().contains("alert"));
  }

  @Test
  void defect02AnalyzeIntoAFailingStandardOutputStopsWithExitTwo() {
    CommandLine cli = VigieCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(
        new PrintWriter(new StoreCommandsTest.FailingStream(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true));
    int exit =
        VigieCommand.execute(cli, "analyze", "--quiet", dir.resolve("01-good.txt").toString());
    assertEquals(2, exit, err.toString());
    assertTrue(err.toString().contains("cannot write to standard output"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }

  @Test
  void defect11AnOutputFileInAMissingDirectoryIsSaidInWords() {
    Run run =
        run(
            "analyze",
            "--quiet",
            "--out",
            "/nonexistent/dir/x.jsonl",
            dir.resolve("01-good.txt").toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("no such file or directory"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void everyContractFieldIsPresent() throws IOException {
    Path out = dir.resolve("contract.jsonl");
    Run run =
        run("analyze", "--quiet", "--out", out.toString(), dir.resolve("01-good.txt").toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode a = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
    for (String field :
        List.of(
            "id",
            "source",
            "language",
            "title",
            "published",
            "publishedInferred",
            "dateline",
            "text",
            "cleaning",
            "entities",
            "quotes",
            "timexes",
            "events",
            "story",
            "duplicateOf",
            "diagnostics")) {
      assertTrue(a.has(field), "field " + field);
    }
    for (String field : List.of("removed", "repairs", "damage")) {
      assertTrue(a.get("cleaning").get(field).isArray(), "cleaning." + field);
    }
  }

  @Test
  void nothingProcessableExitsWithTwo() {
    Run run = run("analyze", "--quiet", dir.resolve("does-not-exist.txt").toString());
    assertEquals(2, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void usageErrorsExitWithTwoAndNoStackTrace() {
    Run noPath = run("analyze");
    assertEquals(2, noPath.exit());
    Run badOption = run("analyze", "--frobnicate", "x");
    assertEquals(2, badOption.exit());
    assertTrue(badOption.err().contains("Unknown option"), badOption.err());
  }

  @Test
  void aConfigurationWithAnUnknownKeyIsRejectedByName() throws IOException {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"parse\": {\"selection\": \"ALL\", \"maxSentenceWordz\": 3}}");
    Run run = run("analyze", "--config", config.toString(), dir.resolve("01-good.txt").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("maxSentenceWordz"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "bench", "help"})
  void everyCommandHasHelp(String command) {
    Run run = run(command, "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: vigie " + command), run.out());
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
