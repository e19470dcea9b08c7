package org.vigie.store.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Event;
import org.vigie.model.EventModality;

class IncidentGrouperTest {
  private static EventMention mention(
      String article, String outlet, String type, String place, String date, Integer killed) {
    return new EventMention(
        article,
        outlet,
        date,
        new Event(
            type,
            "drone-strike",
            0,
            10,
            "frappes",
            List.of(),
            List.of(),
            place,
            date,
            killed,
            null,
            null,
            0,
            7,
            null,
            false,
            List.of(),
            EventModality.ASSERTED,
            false,
            null,
            null));
  }

  @Test
  void sameTypePlaceAndCloseDatesAreOneIncidentWithTheSourcesDisagreement() {
    List<Incident> incidents =
        new IncidentGrouper()
            .group(
                List.of(
                    mention("a1", "Armenpress", "ASSAULT", "Haut-Karabakh", "2021-03-25", 3),
                    mention("a2", "Lagazette", "ASSAULT", "Haut-Karabagh", "2021-03-26", 2),
                    mention("a3", "Lagazette", "ASSAULT", "Haut-Karabakh", "2021-04-20", 1),
                    mention("a4", "Lagazette", "PROTEST", "Haut-Karabakh", "2021-03-25", null)));
    assertEquals(3, incidents.size());
    Incident strike = incidents.stream().filter(i -> i.sources() == 2).findFirst().orElseThrow();
    assertEquals(2, strike.killedMin());
    assertEquals(3, strike.killedMax());
    assertEquals(List.of("Armenpress: 3 killed; Lagazette: 2 killed"), strike.disagreements());
  }

  @Test
  void undatedUnplacedAndNotAssertedMentionsAreNotIncidents() {
    EventMention planned =
        new EventMention(
            "a",
            null,
            null,
            new Event(
                "CONSULT",
                "meeting",
                0,
                5,
                "réunion",
                List.of(),
                List.of(),
                "Genève",
                "2020-10-30",
                null,
                null,
                null,
                0,
                5,
                null,
                false,
                List.of(),
                EventModality.PLANNED,
                false,
                null,
                null));
    List<Incident> incidents =
        new IncidentGrouper()
            .group(
                List.of(
                    planned,
                    mention("b", null, "ASSAULT", null, "2020-10-30", 1),
                    mention("c", null, "ASSAULT", "Bakou", "XXXX-10-30", 1)));
    assertEquals(List.of(), incidents);
  }

  /** The day read digit by digit is what LocalDate.parse makes of the first ten characters. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "2020-11-10",
        "2020-11-10T14:30",
        "2020-11-10TNI",
        "2020-02-30",
        "2020-13-01",
        "0000-01-01",
        "2020-11-XX",
        "XXXX-10-30",
        "2020-11",
        "2020/11/10",
        "+2020-11-1",
        "2020-1-100",
        "２０２０-11-10"
      })
  void aDayIsWhatTheIsoParserReads(String value) {
    java.time.LocalDate expected;
    try {
      expected = java.time.LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    } catch (java.time.format.DateTimeParseException e) {
      expected = null;
    }
    assertEquals(expected, org.vigie.store.IsoDay.of(value));
  }
}
