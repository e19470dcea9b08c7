package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Geo;

class EventRowsTest {
  /** Every field set, with what a binary form gets wrong first: zero and null, accents, emoji. */
  private static Event full() {
    return new Event(
        "ASSAULT",
        "shelling",
        12,
        140,
        "bombardé",
        List.of("l'armée syrienne", "les forces loyalistes"),
        List.of("Homs"),
        "Bab Amr, à Homs",
        "2012-02-22",
        0,
        2_000_000_000,
        "l'Observatoire syrien des droits de l'homme",
        40,
        48,
        new Geo(34.7324, -36.7137, "SY", 169577L),
        true,
        List.of("civils 🕊"),
        EventModality.DENIED,
        true,
        "au moins",
        "au moins 20 civils");
  }

  /** Only the contract's fields: nulls everywhere they are allowed. */
  private static Event bare() {
    return new Event(
        "PROTEST", null, 0, 0, null, List.of(), List.of(), null, null, null, null, null);
  }

  @Test
  void everyFieldOfEveryEventComesBack() throws IOException {
    EventColumn.Row row =
        new EventColumn.Row(
            "a1",
            "Le Monde",
            "2012-02-23T10:00+01:00",
            "a0",
            List.of(
                full(),
                bare(),
                new Event(
                    full().type(),
                    null,
                    1,
                    2,
                    "x",
                    List.of(),
                    List.of(),
                    null,
                    null,
                    -3,
                    null,
                    null,
                    1,
                    2,
                    new Geo(0, 0, null, null),
                    false,
                    List.of(),
                    EventModality.PLANNED,
                    false,
                    null,
                    null)),
            List.of("Des obus sont tombés sur Bab Amr.", "", "Frappe « prévue »."));
    EventColumn.Row back = EventRows.decode(EventRows.encode(row), true);
    assertEquals(row, back);
  }

  @Test
  void anEventWhoseSpanTheTextDoesNotHoldKeepsANullSentence() throws IOException {
    List<String> sentences = new java.util.ArrayList<>();
    sentences.add(null);
    EventColumn.Row row = new EventColumn.Row("a", null, null, null, List.of(bare()), sentences);
    EventColumn.Row back = EventRows.decode(EventRows.encode(row), true);
    assertEquals(sentences, back.sentences());
  }

  @Test
  void aListingLeavesTheSentencesUnread() throws IOException {
    EventColumn.Row row =
        new EventColumn.Row(null, null, null, null, List.of(bare()), List.of("Une phrase."));
    EventColumn.Row back = EventRows.decode(EventRows.encode(row), false);
    assertEquals(row.events(), back.events());
    assertTrue(back.sentences().isEmpty());
  }
}
