package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigie serve} refuses what it cannot serve safely with one line and exit code 2, before it
 * listens: a short token, an unreadable token file, a directory that is not a store. (The server
 * itself is tested in vigie-server, against a real port and a real browser.)
 */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aShortTokenIsRefused() throws Exception {
    Path token = dir.resolve("token");
    Files.writeString(token, "short\n", StandardCharsets.UTF_8);
    Run run = run("serve", "--data", dir.toString(), "--token-file", token.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("at least 16 characters"), run.err());
  }

  @Test
  void aMissingTokenFileIsRefused() {
    Run run = run("serve", "--data", dir.toString(), "--token-file", dir.resolve("no").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("vigie: cannot read --token-file"), run.err());
  }

  @Test
  void aDirectoryWithoutAStoreIsRefused() {
    Run run = run("serve", "--data", dir.resolve("empty").toString(), "--port", "0");
    assertEquals(2, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    CommandLine cli = VigieCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), err.toString());
  }
}
