package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {
  @TempDir Path dir;

  @Test
  void defect05AFifoIsReportedNotReadAndNothingIsSkippedInSilence() throws Exception {
    write("good.txt", "Un article.");
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");
    Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
    List<IngestItem> items =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10),
            () -> {
              List<IngestItem> all = scan(List.of(fifo.toString(), dir.toString()));
              return all;
            });
    List<String> failures = new ArrayList<>();
    for (IngestItem item : items) {
      if (item instanceof IngestFailure f) {
        failures.add(dir.relativize(Path.of(f.location())) + ": " + f.reason());
      }
    }
    assertEquals(
        List.of(
            "pipe.txt: not a regular file (a FIFO, socket or device): only regular files are read",
            "loop.txt: broken or looping symbolic link",
            "pipe.txt: not a regular file (a FIFO, socket or device): only regular files are read"),
        failures);
    assertEquals(
        List.of("good"), ids(items.stream().filter(RawArticle.class::isInstance).toList()));
  }

  @Test
  void defect06Utf16WithoutBomAndStrayNulsAreTextButBinaryIsRefused() throws IOException {
    String text = "Le cessez-le-feu a été violé à l'aube, selon le ministère arménien.";
    Files.write(dir.resolve("a-utf16.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    byte[] nuls = text.getBytes(StandardCharsets.UTF_8);
    nuls[10] = 0;
    nuls[40] = 0;
    Files.write(dir.resolve("b-nuls.txt"), nuls);
    Files.write(dir.resolve("c-elf.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
    byte[] random = new byte[4096];
    new java.util.Random(22).nextBytes(random);
    Files.write(dir.resolve("d-random.txt"), random);
    List<IngestItem> items = scan(List.of(dir.toString()));
    RawArticle utf16 = (RawArticle) items.get(0);
    assertEquals(text, utf16.content());
    RawArticle stray = (RawArticle) items.get(1);
    assertEquals(-1, stray.content().indexOf('\0'));
    assertTrue(stray.diagnostics().toString().contains("2 stray NUL byte(s) dropped"));
    assertTrue(((IngestFailure) items.get(2)).reason().startsWith("binary content"));
    assertTrue(((IngestFailure) items.get(3)).reason().startsWith("binary content"));
  }

  @Test
  void defect07JsonLinesFieldsAreValidatedOneByOne() throws IOException {
    String text = "\"text\":\"Le ministre a parlé.\"";
    write(
        "feed.jsonl",
        "{\"id\":\"a\",\"published\":true,"
            + text
            + "}\n"
            + "{\"id\":\"b\",\"published\":\"not-a-date\",\"title\":[1,2],"
            + text
            + "}\n"
            + "{\"id\":\"\",\"outlet\":{\"x\":1},"
            + text
            + "}\n"
            + "{\"id\":\"c\\u0000d\\ne\","
            + text
            + "}\n"
            + "{\"id\":\"a\",\"title\":\"x\\ud800y\","
            + text
            + "}\n"
            + "{\"id\":\"f\",\"text\":456}\n"
            + "{\"id\":\"g\",\"published\":\"2011-03-02\","
            + text
            + "}\n");
    List<IngestItem> items = scan(List.of(dir.resolve("feed.jsonl").toString()));
    RawArticle a = (RawArticle) items.get(0);
    assertEquals(null, a.published());
    assertTrue(a.diagnostics().toString().contains("\"published\" is a boolean, not a string"));
    RawArticle b = (RawArticle) items.get(1);
    assertEquals(null, b.published());
    assertEquals(null, b.title());
    assertTrue(b.diagnostics().toString().contains("\"published\" is not a date"));
    assertTrue(b.diagnostics().toString().contains("\"title\" is an array"));
    RawArticle empty = (RawArticle) items.get(2);
    assertEquals(InputScanner.contentId("Le ministre a parlé."), empty.id());
    assertEquals(null, empty.source().outlet());
    RawArticle control = (RawArticle) items.get(3);
    assertEquals(InputScanner.contentId("Le ministre a parlé."), control.id());
    assertTrue(control.diagnostics().toString().contains("control character"));
    RawArticle again = (RawArticle) items.get(4);
    assertEquals("x\uFFFDy", again.title());
    assertTrue(again.diagnostics().toString().contains("lone UTF-16 surrogate"));
    assertTrue(
        again.diagnostics().toString().contains("also on line 1: this later record (line 5) wins"));
    IngestFailure number = (IngestFailure) items.get(5);
    assertEquals("\"text\" is a number, not a string", number.reason());
    assertTrue(number.location().endsWith("feed.jsonl:6"));
    assertEquals("2011-03-02", ((RawArticle) items.get(6)).published());
  }

  @Test
  void defect12TheSameFileGivenTwiceIsReadOnce() throws IOException {
    write("a.txt", "Un article.");
    String a = dir.resolve("a.txt").toString();
    assertEquals(List.of("a"), ids(scan(List.of(a, a, dir.toString()))));
  }

  @Test
  void directoriesAreWalkedRecursivelyInOrderKeepingArticleFilesOnly() throws IOException {
    write("b/002.txt", "Deuxième article.");
    write("a/001.html", "<p>Premier article.</p>");
    write("a/notes.md", "pas un article");
    write("c.jsonl", "{\"id\":\"x1\",\"text\":\"Troisième.\"}\n");
    List<IngestItem> items = scan(List.of(dir.toString()));
    assertEquals(List.of("001", "002", "x1"), ids(items));
    assertEquals(InputFormat.HTML, ((RawArticle) items.get(0)).format());
  }

  @Test
  void jsonLinesCarryTheirMetadataAndLinesWithoutIdGetAContentHash() throws IOException {
    write(
        "feed.jsonl",
        "{\"id\":\"a\",\"text\":\"Selon lui.\",\"url\":\"https://e.org/a\",\"title\":\"T\","
            + "\"published\":\"2020-10-30\",\"outlet\":\"Lagazette\",\"language\":\"fr\"}\n"
            + "\n"
            + "{\"html\":\"<p>Sans id</p>\"}\n");
    List<IngestItem> items = scan(List.of(dir.resolve("feed.jsonl").toString()));
    RawArticle first = (RawArticle) items.get(0);
    assertEquals("a", first.id());
    assertEquals("T", first.title());
    assertEquals("2020-10-30", first.published());
    assertEquals("Lagazette", first.source().outlet());
    assertEquals("https://e.org/a", first.source().url());
    assertEquals("fr", first.language());
    assertTrue(first.location().endsWith("feed.jsonl:1"));
    RawArticle second = (RawArticle) items.get(1);
    assertEquals(InputScanner.contentId("<p>Sans id</p>"), second.id());
    assertEquals(InputFormat.HTML, second.format());
    assertTrue(second.location().endsWith("feed.jsonl:3"), "line numbers count blank lines");
  }

  @Test
  void badJsonLinesFailAloneAndTheRestIsRead() throws IOException {
    write(
        "mixed.jsonl",
        "{\"id\":\"ok1\",\"text\":\"Un.\"}\n"
            + "{pas du json\n"
            + "[1,2]\n"
            + "{\"id\":\"no-text\"}\n"
            + "{\"id\":\"ok2\",\"text\":\"Deux.\"}\n");
    List<IngestItem> items = scan(List.of(dir.resolve("mixed.jsonl").toString()));
    assertEquals(5, items.size());
    assertEquals("ok1", ((RawArticle) items.get(0)).id());
    assertTrue(((IngestFailure) items.get(1)).reason().startsWith("invalid JSON"));
    assertEquals("not a JSON object", ((IngestFailure) items.get(2)).reason());
    assertEquals("no \"text\" or \"html\" field", ((IngestFailure) items.get(3)).reason());
    assertEquals("ok2", ((RawArticle) items.get(4)).id());
  }

  @Test
  void hostileFilesEachGiveAOneLineFailure() throws IOException {
    write("empty.txt", "");
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2});
    write("blank.txt", "  \n\n  ");
    write("big.txt", "x".repeat(2000));
    Files.createDirectories(dir.resolve("nothing-here"));
    write("nothing-here/readme.md", "no articles");
    List<IngestItem> items =
        new ArrayList<>(
            scan(
                List.of(
                    dir.resolve("empty.txt").toString(),
                    dir.resolve("binary.txt").toString(),
                    dir.resolve("blank.txt").toString(),
                    dir.resolve("big.txt").toString(),
                    dir.resolve("missing.txt").toString(),
                    dir.resolve("nothing-here").toString()),
                new IngestLimits(1000)));
    List<String> reasons = items.stream().map(i -> ((IngestFailure) i).reason()).toList();
    assertEquals("empty document", reasons.get(0));
    assertTrue(reasons.get(1).startsWith("binary content"));
    assertEquals("no text (only whitespace)", reasons.get(2));
    assertTrue(reasons.get(3).startsWith("too large: 2000 bytes"));
    assertEquals("no such file or directory", reasons.get(4));
    assertTrue(reasons.get(5).startsWith("no articles"));
    reasons.forEach(r -> assertTrue(r.lines().count() == 1, "one line: " + r));
  }

  @Test
  void anOverlongJsonLineFailsWithoutBeingHeldInMemory() throws IOException {
    write(
        "long.jsonl",
        "{\"text\":\"" + "y".repeat(5000) + "\"}\n{\"id\":\"after\",\"text\":\"ok\"}\n");
    List<IngestItem> items =
        scan(List.of(dir.resolve("long.jsonl").toString()), new IngestLimits(1000));
    assertTrue(((IngestFailure) items.get(0)).reason().startsWith("too large"));
    assertEquals("after", ((RawArticle) items.get(1)).id());
  }

  @Test
  void standardInputIsSniffedForJsonLinesOrText() {
    InputStream json =
        new ByteArrayInputStream(
            "{\"id\":\"s1\",\"text\":\"Un.\"}\n{\"id\":\"s2\",\"text\":\"Deux.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("s1", "s2"), ids(scan(List.of("-"), IngestLimits.DEFAULT, json)));
    InputStream text =
        new ByteArrayInputStream("Selon lui, la trêve tient.".getBytes(StandardCharsets.UTF_8));
    IngestItem item = scan(List.of("-"), IngestLimits.DEFAULT, text).get(0);
    assertInstanceOf(RawArticle.class, item);
    assertEquals(InputScanner.contentId("Selon lui, la trêve tient."), ((RawArticle) item).id());
  }

  @Test
  void bytesReadCountsFilesAndJsonLinesForProgress() throws IOException {
    write("a.txt", "Premier.");
    write("b.jsonl", "{\"text\":\"Un.\"}\n\n{\"text\":\"Deux.\"}\n");
    long total = Files.size(dir.resolve("a.txt")) + Files.size(dir.resolve("b.jsonl"));
    try (InputScanner scanner =
        new InputScanner(
            List.of(dir.toString()), IngestLimits.DEFAULT, InputStream.nullInputStream())) {
      scanner.forEachRemaining(item -> {});
      assertEquals(total, scanner.bytesRead());
    }
  }

  @Test
  void defect11TheEtaCountsOnlyTheBytesThatAreRead() throws IOException {
    write("a.txt", "Premier article.");
    write("b.jsonl", "{\"text\":\"Un.\"}\n");
    write("photo.jpg", "x".repeat(5_000)); // not an article: never read
    write("big.txt", "y".repeat(2_000)); // over the limit: turned away unread
    write("sub/c.html", "<p>Deuxième article.</p>");
    IngestLimits limits = new IngestLimits(1_000);
    List<String> paths = List.of(dir.toString(), dir.resolve("a.txt").toString());
    long expected =
        Files.size(dir.resolve("a.txt"))
            + Files.size(dir.resolve("b.jsonl"))
            + Files.size(dir.resolve("sub/c.html"));
    assertEquals(expected, InputBytes.of(paths, limits));
    try (InputScanner scanner = new InputScanner(paths, limits, InputStream.nullInputStream())) {
      scanner.forEachRemaining(item -> {});
      assertEquals(expected, scanner.bytesRead(), "progress ends at 100 %");
    }
    assertEquals(0, InputBytes.of(List.of("-", dir.toString()), limits), "stdin: size unknown");
  }

  @Test
  void idsAreStableAcrossRuns() throws IOException {
    write("x.jsonl", "{\"text\":\"Même texte.\"}\n");
    assertEquals(ids(scan(List.of(dir.toString()))), ids(scan(List.of(dir.toString()))));
  }

  @Test
  void givenBytesAndStreamsReadAsTheFilesWould() throws IOException {
    write("page.html", "<p>Premier article.</p>");
    write("empty.txt", "");
    write("feed.jsonl", "{\"id\":\"j1\",\"text\":\"Un.\"}\n\n{pas du json\n");
    InputScanner given = new InputScanner(List.of(), IngestLimits.DEFAULT, null);
    for (String name : List.of("page.html", "empty.txt")) {
      Path file = dir.resolve(name);
      assertEquals(
          scan(List.of(file.toString())),
          List.of(given.readFile(file.toString(), Files.readAllBytes(file))),
          name);
    }
    Path feed = dir.resolve("feed.jsonl");
    List<IngestItem> streamed = new ArrayList<>();
    given
        .readJsonLines(feed.toString(), new ByteArrayInputStream(Files.readAllBytes(feed)))
        .forEachRemaining(streamed::add);
    assertEquals(scan(List.of(feed.toString())), streamed);
    assertEquals(
        streamed.get(0),
        given.readJsonRecord(
            feed + ":1", "{\"id\":\"j1\",\"text\":\"Un.\"}".getBytes(StandardCharsets.UTF_8)));
  }

  private void write(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }

  private static List<IngestItem> scan(List<String> paths) {
    return scan(paths, IngestLimits.DEFAULT);
  }

  private static List<IngestItem> scan(List<String> paths, IngestLimits limits) {
    return scan(paths, limits, InputStream.nullInputStream());
  }

  private static List<IngestItem> scan(List<String> paths, IngestLimits limits, InputStream in) {
    List<IngestItem> items = new ArrayList<>();
    try (InputScanner scanner = new InputScanner(paths, limits, in)) {
      scanner.forEachRemaining(items::add);
    }
    return items;
  }

  private static List<String> ids(List<IngestItem> items) {
    return items.stream().map(i -> ((RawArticle) i).id()).toList();
  }
}
