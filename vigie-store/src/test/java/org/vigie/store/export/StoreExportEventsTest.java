package org.vigie.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Source;

/** Exported events: every mention, its modality marked, figures only for what happened. */
class StoreExportEventsTest {
  @Test
  void everyEventIsExportedWithItsModality() {
    String text = "L'armée n'a pas bombardé la ville. Des frappes ont tué 3 soldats.";
    Event denied = event(text, 0, EventModality.DENIED, null);
    Event asserted = event(text, 35, EventModality.ASSERTED, 3);
    List<Map<String, Object>> rows =
        StoreExport.rows(StoreExport.What.events, article(text, List.of(denied, asserted)));
    assertEquals(List.of("denied", "asserted"), rows.stream().map(r -> r.get("modality")).toList());
    assertNull(rows.get(0).get("killed"));
    assertEquals(3, rows.get(1).get("killed"));
    assertEquals(StoreExport.header(StoreExport.What.events), List.copyOf(rows.get(0).keySet()));
  }

  private static Event event(String text, int start, EventModality modality, Integer killed) {
    int end = text.indexOf('.', start) + 1;
    return new Event(
        "ASSAULT",
        "shelling",
        start,
        end,
        "x",
        List.of(),
        List.of(),
        null,
        null,
        killed,
        null,
        null,
        start,
        start + 1,
        null,
        false,
        List.of(),
        modality,
        false,
        null,
        null);
  }

  private static Article article(String text, List<Event> events) {
    return new Article(
        "a",
        new Source("a.txt", null, "X"),
        "fr",
        null,
        null,
        "2020-11-10",
        false,
        null,
        text,
        Cleaning.NONE,
        List.of(),
        List.of(),
        List.of(),
        events,
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }
}
