package org.vigie.store.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Article text is untrusted in every rendering of a timeline. */
class TimelineRendererTest {
  private static final String HOSTILE =
      "<script>alert(1)</script><img src=x onerror=alert(2)> \u001b[31mrouge\u001b[0m **gras**";

  private static Timeline hostile() {
    Timeline.Line line =
        new Timeline.Line(
            HOSTILE,
            "a1",
            "<b>Outlet</b>",
            List.of(new Timeline.Source("a1", "<b>Outlet</b>", LocalDate.parse("2011-03-20"))),
            DatedSentence.DateSource.MENTIONED,
            null,
            3,
            null);
    return new Timeline(
        List.of(new Timeline.Entry(LocalDate.parse("2011-03-19"), 2.0, 1, List.of(line))), 1, 1);
  }

  @Test
  void htmlEscapesTextAndOutlets() {
    String html = TimelineRenderer.html(hostile(), "<i>titre</i>");
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>"), html);
    assertFalse(html.contains("<i>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertTrue(html.contains("[3 tués]"), html);
  }

  @Test
  void terminalAndMarkdownLoseControlCharactersAndMarkup() {
    String table = TimelineRenderer.table(hostile());
    assertFalse(table.contains("\u001b"), table);
    String md = TimelineRenderer.markdown(hostile(), "t");
    assertFalse(md.contains("\u001b"), md);
    assertTrue(md.contains("\\*\\*gras\\*\\*"), md);
    assertTrue(md.contains("\\<script\\>"), md);
  }

  @Test
  void jsonLinesHoldOneDayPerLine() {
    String jsonl = TimelineRenderer.jsonl(hostile());
    assertTrue(jsonl.startsWith("{\"day\":\"2011-03-19\""), jsonl);
    assertTrue(jsonl.endsWith("}\n"), jsonl);
  }
}
