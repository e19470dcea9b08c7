package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark bench's arithmetic over a stand-in launcher that prints the summary lines the real runs
 * print (local[1] in 20 s, local[2] in 11 s, analyze in 10 s): medians, scaling and overhead.
 */
class SparkBenchTest {
  @TempDir Path dir;

  @Test
  void scalingAndOverheadComeFromTheRunsOwnTimes() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path launcher = dir.resolve("vigie");
    Files.writeString(
        launcher,
        String.join(
            "\n",
            "#!/bin/sh",
            "if [ \"$1\" = spark ]; then",
            "  if [ \"$3\" = 'local[1]' ]; then t=20.0; else t=11.0; fi",
            "  echo \"vigie spark: 10 article(s) analysed, 0 failed; in $t s (0.50 docs/s);"
                + " peak heap 1500 MB, 30 cpu s (this JVM)\" >&2",
            "else",
            "  echo 'vigie: 10 document(s) analysed, 0 failed, in 10.0 s (1.00 docs/s)' >&2",
            "fi",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
    StringWriter out = new StringWriter();
    StringWriter log = new StringWriter();
    new SparkBench(launcher, dir, new PrintWriter(log, true), false)
        .run("corpus", 3, new PrintWriter(out, true));
    String report = out.toString();
    assertTrue(report.contains("1.82 in-run (target >= 1.7)"), report);
    assertTrue(report.contains("+10 % in-run (target <= 20 %)"), report);
    assertTrue(report.contains("1500 MB"), report);
    for (String run : Set.of("spark local[1]", "spark local[2]", "analyze --threads 2")) {
      assertTrue(report.contains(run), run);
    }
  }
}
