package org.vigie.store.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Source;

/** The one event filter of {@code vigie events} and {@code /api/events}. */
class EventSelectionTest {
  static final String TEXT =
      "Une frappe de drone a tué trois soldats à Stepanakert. Bakou a démenti toute attaque.";

  static Event event(
      String type, String subtype, String place, String date, EventModality modality, int start) {
    int end = TEXT.indexOf('.', start) + 1;
    return new Event(
        type,
        subtype,
        start,
        end,
        "frappe",
        List.of("armée azerbaïdjanaise"),
        List.of(),
        place,
        date,
        null,
        null,
        null,
        start,
        start + 6,
        null,
        false,
        List.of("soldats"),
        modality,
        false,
        null,
        null);
  }

  static final Event STRIKE =
      event("ASSAULT", "drone-strike", "Stepanakert", "2020-10-04", EventModality.ASSERTED, 0);
  static final Event DENIED =
      event(
          "ASSAULT",
          "airstrike",
          "Bakou",
          "2020-10-05",
          EventModality.DENIED,
          TEXT.indexOf("Bakou"));

  static Article article(String id, String duplicateOf, Event... events) {
    return new Article(
        id,
        new Source("t/" + id, null, "Agence"),
        "fr",
        "t",
        null,
        "2020-10-05",
        false,
        null,
        TEXT,
        Cleaning.NONE,
        List.of(),
        List.of(),
        List.of(),
        List.of(events),
        List.of(),
        null,
        duplicateOf,
        List.of(),
        List.of(),
        List.of());
  }

  static int count(EventSelection s) {
    return s.mentions(List.of(article("a", null, STRIKE, DENIED))).size();
  }

  @ParameterizedTest(name = "type={0} place={1} entity={2} from={3} to={4} any={5}: {6}")
  @CsvSource({
    ",,,,,false,1",
    ",,,,,true,2",
    "assault,,,,,false,1",
    "DRONE-STRIKE,,,,,false,1",
    "PROTEST,,,,,true,0",
    ",stepanakert,,,,false,1",
    ",Bakou,,,,false,0",
    ",Bakou,,,,true,1",
    ",,azerbaidjanaise,,,true,2",
    ",,Soldats,,,false,1",
    ",,Erevan,,,true,0",
    ",,,2020-10-05,,true,1",
    ",,,,2020-10-04,true,1",
    ",,,2020-10-04,2020-10-04,false,1",
  })
  void filters(
      String type, String place, String entity, String from, String to, boolean any, int n) {
    LocalDate first = from == null ? null : LocalDate.parse(from);
    LocalDate last = to == null ? null : LocalDate.parse(to);
    assertEquals(n, count(new EventSelection(type, place, entity, first, last, any)));
  }

  @Test
  void mentionsCarryTheirSentenceAndSkipSyndicatedCopies() {
    List<EventMention> m =
        EventSelection.ASSERTED.mentions(
            List.of(article("a", null, STRIKE), article("copy", "a", STRIKE)));
    assertEquals(1, m.size());
    assertEquals("Une frappe de drone a tué trois soldats à Stepanakert.", m.get(0).sentence());
  }

  @Test
  void anUndatedEventIsOutOfAnyPeriodAndABackwardPeriodIsRefused() {
    Event undated = event("ASSAULT", "airstrike", "Stepanakert", null, EventModality.ASSERTED, 0);
    EventSelection october =
        new EventSelection(null, null, null, LocalDate.of(2020, 10, 1), null, false);
    assertEquals(0, october.mentions(List.of(article("u", null, undated))).size());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EventSelection(
                null, null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1), false));
  }
}
