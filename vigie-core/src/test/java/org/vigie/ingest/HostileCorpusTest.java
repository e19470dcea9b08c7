package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.analysis.BatchAnalyzer;
import org.vigie.lexicon.Lexicon;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The hostile corpus of issue 22: some seventy kinds of bad, odd or malicious input generated here
 * (empty, binary, random bytes, every encoding, huge lines, deep HTML, billion laughs, NULs, bidi,
 * links that loop, unreadable files, FIFOs, hostile JSON Lines), each followed by a good article,
 * through the scanner and the cleaning analyzer. No exception escapes, nothing hangs, every bad
 * item is reported on one line, every good neighbour is analysed.
 */
class HostileCorpusTest {
  private static final String GOOD =
      "Le ministre des Affaires étrangères a déclaré jeudi à Erevan que les pourparlers"
          + " reprendraient la semaine prochaine, selon un communiqué publié dans la soirée.";

  /** What a kind of input must give. */
  private enum Expect {
    ANALYSED,
    REPORTED,
    EITHER
  }

  @TempDir Path dir;
  private final Map<String, Expect> kinds = new LinkedHashMap<>();
  private int n;

  @Test
  void seventyKindsOfHostileInputEachFailAloneOnOneLine() throws Exception {
    generate();
    assertTrue(kinds.size() >= 60, kinds.size() + " kinds");
    List<AnalysisOutcome> outcomes = new ArrayList<>();
    IngestLimits limits = new IngestLimits(1 << 20);
    assertTimeoutPreemptively(
        Duration.ofMinutes(4),
        () -> {
          try (InputScanner in = new InputScanner(List.of(dir.toString()), limits, null)) {
            new BatchAnalyzer(Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE), 2)
                .run(in, outcomes::add);
          }
        });
    Map<String, List<AnalysisOutcome>> byFile = new LinkedHashMap<>();
    for (AnalysisOutcome o : outcomes) {
      String file = Path.of(o.location().replaceAll(":\\d+$", "")).getFileName().toString();
      byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(o);
      if (o instanceof AnalysisOutcome.Failed f) {
        assertFalse(f.oneLine().contains("\n") || f.oneLine().contains("\r"), f.oneLine());
        assertFalse(f.oneLine().contains("Exception"), "no internals: " + f.oneLine());
      }
    }
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Expect> kind : kinds.entrySet()) {
      List<AnalysisOutcome> got = byFile.getOrDefault(kind.getKey(), List.of());
      assertFalse(got.isEmpty(), "no outcome, not even a report, for " + kind.getKey());
      boolean failed = got.stream().anyMatch(AnalysisOutcome.Failed.class::isInstance);
      if (kind.getValue() == Expect.ANALYSED && failed
          || kind.getValue() == Expect.REPORTED && !failed) {
        wrong.add(kind.getKey() + " " + got);
      }
    }
    assertEquals(List.of(), wrong);
    long neighbours =
        byFile.entrySet().stream()
            .filter(e -> e.getKey().endsWith("-good.txt"))
            .filter(e -> e.getValue().get(0) instanceof AnalysisOutcome.Analyzed)
            .count();
    assertEquals(n, neighbours, "every good neighbour analysed");
  }

  private void generate() throws Exception {
    String latinText = GOOD;
    Random random = new Random(22);
    file("empty.txt", Expect.REPORTED, new byte[0]);
    text("whitespace.txt", Expect.REPORTED, "  \n\t\n   ");
    text("one-character.txt", Expect.REPORTED, "x");
    text("punctuation-only.txt", Expect.REPORTED, "... !!! ??? ;;; --- «» ");
    text("digits-only.txt", Expect.REPORTED, "1234567890 42 2020");
    file("binary-elf.txt", Expect.REPORTED, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0});
    byte[] randomBytes = new byte[8192];
    random.nextBytes(randomBytes);
    file("random-bytes.txt", Expect.REPORTED, randomBytes);
    file("random-bytes.html", Expect.REPORTED, randomBytes);
    byte[] png = new byte[512];
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    file("png-renamed.txt", Expect.REPORTED, png);
    file("nul-run.txt", Expect.REPORTED, concat(utf8(GOOD), new byte[64], utf8(GOOD)));
    byte[] stray = utf8(GOOD);
    stray[5] = 0;
    stray[50] = 0;
    file("stray-nuls.txt", Expect.ANALYSED, stray);
    file("utf16le-no-bom.txt", Expect.ANALYSED, GOOD.getBytes(StandardCharsets.UTF_16LE));
    file("utf16be-no-bom.txt", Expect.ANALYSED, GOOD.getBytes(StandardCharsets.UTF_16BE));
    file("utf16-bom.txt", Expect.ANALYSED, GOOD.getBytes(StandardCharsets.UTF_16));
    file(
        "utf8-bom.txt",
        Expect.ANALYSED,
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(GOOD)));
    file("latin1.txt", Expect.ANALYSED, latinText.getBytes(StandardCharsets.ISO_8859_1));
    file("windows-1252.txt", Expect.ANALYSED, GOOD.getBytes(Charset.forName("windows-1252")));
    file(
        "windows-1252-symbols.txt",
        Expect.EITHER,
        (GOOD + " « œuvre » … €").getBytes(Charset.forName("windows-1252")));
    byte[] invalid = utf8(GOOD);
    invalid[20] = (byte) 0xFF;
    file("invalid-utf8.txt", Expect.ANALYSED, invalid);
    file("truncated-utf8.txt", Expect.EITHER, concat(utf8(GOOD), new byte[] {(byte) 0xC3}));
    file(
        "overlong-utf8.txt",
        Expect.EITHER,
        concat(utf8(GOOD), new byte[] {(byte) 0xC0, (byte) 0xAF}));
    file("utf32.txt", Expect.EITHER, GOOD.getBytes(Charset.forName("UTF-32LE")));
    file(
        "shift-jis-lie.html",
        Expect.EITHER,
        utf8(
            "<html><head><meta charset=\"shift_jis\"></head><body><p>"
                + GOOD
                + "</p></body></html>"));
    file(
        "unknown-charset.html",
        Expect.EITHER,
        utf8("<meta charset=\"x-no-such\"><p>" + GOOD + "</p>"));
    text("huge-line.txt", Expect.EITHER, "x".repeat(300_000));
    text(
        "huge-word-in-prose.txt",
        Expect.EITHER,
        GOOD + " " + "anticonstitutionnellement".repeat(10_000) + " " + GOOD);
    text("many-short-lines.txt", Expect.EITHER, "ligne\n".repeat(50_000));
    text(
        "many-blank-lines.txt",
        Expect.ANALYSED,
        "\n".repeat(100_000) + GOOD + "\n".repeat(100_000));
    text("crlf.txt", Expect.ANALYSED, GOOD.replace(", ", ",\r\n") + "\r\n");
    text("cr-only.txt", Expect.ANALYSED, GOOD.replace(", ", ",\r") + "\r");
    text("form-feeds.txt", Expect.ANALYSED, GOOD.replace(" ", "\f "));
    text("tabs.txt", Expect.ANALYSED, GOOD.replace(" ", "\t"));
    text("bidi-controls.txt", Expect.ANALYSED, "\u202E" + GOOD + "\u202C \u2066" + GOOD + "\u2069");
    text("zero-width.txt", Expect.ANALYSED, GOOD.replace("e", "e\u200B").replace("a", "\u200Da"));
    text("combining-flood.txt", Expect.EITHER, GOOD + " e" + "\u0301".repeat(50_000));
    text("emoji.txt", Expect.ANALYSED, "🇦🇲🇦🇿 👍🏽 😀 " + GOOD);
    text("terminal-escapes.txt", Expect.ANALYSED, "\u001B[31m\u001B]0;pwned\u0007" + GOOD);
    text("homoglyphs.txt", Expect.ANALYSED, GOOD.replace("o", "о")); // Cyrillic o
    text(
        "cyrillic.txt",
        Expect.EITHER,
        "Министр иностранных дел заявил в четверг, что переговоры возобновятся.");
    text(
        "arabic.txt",
        Expect.EITHER,
        "وقال وزير الخارجية يوم الخميس إن المحادثات ستستأنف الأسبوع المقبل.");
    text(
        "chinese.html",
        Expect.REPORTED,
        "<html><body><p>" + "外交部长星期四表示，谈判将于下周恢复。".repeat(8) + "</p></body></html>");
    text("quotes-flood.txt", Expect.EITHER, "« ".repeat(20_000) + GOOD);
    text("punctuation-flood.txt", Expect.EITHER, ". , ; : ! ? ".repeat(30_000));
    text(
        "script-only.html",
        Expect.REPORTED,
        "<html><head><script>var a = '"
            + "x".repeat(1000)
            + "';</script></head><body></body></html>");
    text(
        "style-only.html",
        Expect.REPORTED,
        "<html><head><style>p { color: red; }</style></head><body></body></html>");
    text("comment-only.html", Expect.REPORTED, "<html><body><!-- " + GOOD + " --></body></html>");
    text("deep-html.html", Expect.EITHER, "<div>".repeat(20_000) + GOOD + "</div>".repeat(20_000));
    text(
        "unclosed-tags.html",
        Expect.EITHER,
        "<html><body><p><b><i><span>" + GOOD + "<p><div><table><tr><td>" + GOOD);
    text(
        "billion-laughs.html",
        Expect.EITHER,
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><html><body><p>&lol3;</p><p>"
            + GOOD
            + "</p></body></html>");
    text(
        "entity-flood.html",
        Expect.EITHER,
        "<p>" + "&amp;&lt;&#x41;&eacute;".repeat(40_000) + "</p><p>" + GOOD + "</p>");
    text(
        "attribute-flood.html",
        Expect.EITHER,
        "<p " + "a=\"b\" ".repeat(20_000) + ">" + GOOD + "</p>");
    text(
        "cdata.html",
        Expect.EITHER,
        "<html><body><![CDATA[" + GOOD + "]]><p>" + GOOD + "</p></body></html>");
    text(
        "xhtml.xhtml",
        Expect.EITHER,
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>"
            + GOOD
            + "</p></body></html>");
    text(
        "page.htm",
        Expect.ANALYSED,
        "<html><body><article><p>" + GOOD + "</p></article></body></html>");
    text(
        "iframe-srcdoc.html",
        Expect.EITHER,
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p>" + GOOD + "</p>");
    file("too-large.txt", Expect.REPORTED, utf8(("Le cessez-le-feu tient. ").repeat(60_000)));
    text("jsonl-not-object.jsonl", Expect.REPORTED, "[1, 2, 3]\n");
    text("jsonl-invalid.jsonl", Expect.REPORTED, "{\"text\": \"ouvert\n");
    text("jsonl-text-number.jsonl", Expect.REPORTED, "{\"text\": 456}\n");
    text("jsonl-text-array.jsonl", Expect.REPORTED, "{\"text\": [\"" + GOOD + "\"]}\n");
    text("jsonl-no-text.jsonl", Expect.REPORTED, "{\"title\": \"Titre seul\"}\n");
    text("jsonl-empty-text.jsonl", Expect.REPORTED, "{\"text\": \"   \"}\n");
    text(
        "jsonl-published-true.jsonl",
        Expect.ANALYSED,
        "{\"published\": true, \"text\": \"" + GOOD + "\"}\n");
    text(
        "jsonl-published-garbage.jsonl",
        Expect.ANALYSED,
        "{\"published\": \"not-a-date\", \"text\": \"" + GOOD + "\"}\n");
    text("jsonl-empty-id.jsonl", Expect.ANALYSED, "{\"id\": \"\", \"text\": \"" + GOOD + "\"}\n");
    text(
        "jsonl-control-id.jsonl",
        Expect.ANALYSED,
        "{\"id\": \"a\\u0000b\\nc\", \"text\": \"" + GOOD + "\"}\n");
    text(
        "jsonl-huge-id.jsonl",
        Expect.ANALYSED,
        "{\"id\": \""
            + "i".repeat(50_000)
            + "\", \"url\": \"https://e.org/"
            + "u".repeat(50_000)
            + "\", \"text\": \""
            + GOOD
            + "\"}\n");
    text(
        "jsonl-lone-surrogate.jsonl",
        Expect.ANALYSED,
        "{\"title\": \"a\\ud800b\", \"text\": \"" + "\\udc00 " + GOOD + "\"}\n");
    text(
        "jsonl-duplicate-ids.jsonl",
        Expect.ANALYSED,
        "{\"id\": \"d\", \"text\": \""
            + GOOD
            + "\"}\n{\"id\": \"d\", \"text\": \""
            + GOOD
            + " Bis.\"}\n");
    text("jsonl-blank-lines.ndjson", Expect.ANALYSED, "\n\n{\"text\": \"" + GOOD + "\"}\n\n\n");
    text("jsonl-crlf.jsonl", Expect.ANALYSED, "{\"text\": \"" + GOOD + "\"}\r\n");
    text("jsonl-deep-nesting.jsonl", Expect.REPORTED, "[".repeat(5_000) + "]".repeat(5_000) + "\n");
    text(
        "jsonl-line-too-long.jsonl",
        Expect.REPORTED,
        "{\"text\": \"" + "mot ".repeat(300_000) + "\"}\n");
    text("jsonl-bom.jsonl", Expect.EITHER, "\uFEFF{\"text\": \"" + GOOD + "\"}\n");
    special();
  }

  /** Links that loop or dangle, an unreadable file, a FIFO: where the platform allows them. */
  private void special() throws Exception {
    Path loop = dir.resolve(name("link-loop.txt"));
    Files.createSymbolicLink(loop, loop);
    kinds.put(loop.getFileName().toString(), Expect.REPORTED);
    neighbour();
    Path dangling = dir.resolve(name("link-dangling.txt"));
    Files.createSymbolicLink(dangling, dir.resolve("nowhere.txt"));
    kinds.put(dangling.getFileName().toString(), Expect.REPORTED);
    neighbour();
    Path unreadable = dir.resolve(name("unreadable.txt"));
    Files.writeString(unreadable, GOOD, StandardCharsets.UTF_8);
    boolean locked = unreadable.toFile().setReadable(false, false) && !Files.isReadable(unreadable);
    kinds.put(unreadable.getFileName().toString(), locked ? Expect.REPORTED : Expect.EITHER);
    neighbour();
    Path fifo = dir.resolve(name("fifo.txt"));
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      kinds.put(fifo.getFileName().toString(), Expect.REPORTED);
      neighbour();
    }
  }

  private String name(String kind) {
    return String.format(Locale.ROOT, "k%03d-%s", kinds.size(), kind);
  }

  private void text(String kind, Expect expect, String content) throws Exception {
    file(kind, expect, utf8(content));
  }

  private void file(String kind, Expect expect, byte[] bytes) throws Exception {
    String name = name(kind);
    Files.write(dir.resolve(name), bytes);
    kinds.put(name, expect);
    neighbour();
  }

  /** A good article right after the kind (file names sort them together). */
  private void neighbour() throws Exception {
    n++;
    String name = String.format(Locale.ROOT, "k%03d-zz-good.txt", kinds.size() - 1);
    Files.writeString(dir.resolve(name), GOOD, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
