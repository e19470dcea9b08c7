package org.vigie.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.lexicon.Lexicon;
import org.vigie.text.boilerplate.RecurringLines;

/** Issue 22, defect 8: no article text is a failed document with its reason, in every case. */
class NoArticleTextTest {
  @TempDir Path dir;

  @Test
  void defect08DocumentsWithoutTextFailWithTheirReasonAndNeighboursAreAnalysed() throws Exception {
    write("a-script-only.html", "<html><head><script>var x = 1;</script></head><body></body>");
    write("b-one-character.txt", "x");
    write("c-whitespace.txt", "   \n\t \n");
    write("d-number.jsonl", "{\"id\":\"n\",\"text\":456}\n");
    write(
        "e-chinese.html",
        "<html><body><p>"
            + "亚美尼亚和阿塞拜疆在纳戈尔诺-卡拉巴赫地区的冲突再次升级，双方互相指责对方违反停火协议。".repeat(5)
            + "</p></body></html>");
    write(
        "f-good.txt",
        "Le ministre arménien des Affaires étrangères a déclaré jeudi que les pourparlers"
            + " reprendraient la semaine prochaine à Moscou.");
    List<String> failed = new ArrayList<>();
    List<String> analysed = new ArrayList<>();
    try (InputScanner in = new InputScanner(List.of(dir.toString()), IngestLimits.DEFAULT, null)) {
      new BatchAnalyzer(Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE), 2)
          .run(
              in,
              outcome -> {
                if (outcome instanceof AnalysisOutcome.Failed f) {
                  failed.add(Path.of(f.location()).getFileName() + ": " + f.oneLine());
                } else {
                  analysed.add(((AnalysisOutcome.Analyzed) outcome).article().id());
                }
              });
    }
    assertEquals(List.of("f-good"), analysed);
    assertEquals(5, failed.size(), failed.toString());
    assertTrue(failed.get(0).contains("no article text"), failed.get(0));
    assertTrue(failed.get(1).contains("no article text"), failed.get(1));
    assertTrue(failed.get(2).contains("only whitespace"), failed.get(2));
    assertTrue(failed.get(3).contains("\"text\" is a number"), failed.get(3));
    assertTrue(failed.get(4).contains("language zh not analysed"), failed.get(4));
  }

  private void write(String name, String content) throws Exception {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
