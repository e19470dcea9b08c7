package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.Geo;
import org.vigie.model.Sentence;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;
import org.vigie.time.TimeExpressions;

/** Spans, order, threads, participants and hostile input of the event extractor. */
class EventContractTest {
  private static final String ARTICLE =
      "Les frappes de drones azéris ont tué 3 soldats de l'Artsakh et en ont blessé 15 autres."
          + " Mardi, une attaque contre Parukh a fait 11 morts et 33 blessés, selon l'ONU."
          + " Le ministère a accusé Bakou de violer le cessez-le-feu.";

  @Test
  void spansLieInsideTheTextAndAreSorted() {
    List<Event> events = Sentences.events(ARTICLE);
    assertTrue(events.size() >= 4, events.toString());
    int previous = 0;
    for (Event e : events) {
      assertTrue(e.start() >= previous && e.end() <= ARTICLE.length());
      assertTrue(e.start() <= e.triggerStart() && e.triggerEnd() <= e.end());
      assertEquals(e.trigger(), ARTICLE.substring(e.triggerStart(), e.triggerEnd()));
      previous = e.start();
    }
  }

  @Test
  void eightThreadsGiveTheSameEvents() throws Exception {
    List<Event> one = Sentences.events(ARTICLE);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Event>>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        futures.add(pool.submit(() -> Sentences.events(ARTICLE)));
      }
      for (Future<List<Event>> f : futures) {
        assertEquals(one, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void participantsPlaceDateAndSourceComeFromTheLayers() {
    String text = "Mardi, les forces de Bakou ont bombardé Stepanakert, selon Human Rights Watch.";
    int bakou = text.indexOf("Bakou");
    int city = text.indexOf("Stepanakert");
    int hrw = text.indexOf("Human Rights Watch");
    List<Entity> entities =
        List.of(
            new Entity(
                bakou,
                bakou + 5,
                "Bakou",
                EntityType.LOCATION,
                "Bakou",
                null,
                null,
                "AZ",
                true,
                false),
            new Entity(
                city,
                city + 11,
                "Stepanakert",
                EntityType.LOCATION,
                "Stepanakert",
                new Geo(39.8, 46.75, "AZ", 174875L)),
            new Entity(
                hrw,
                hrw + 18,
                "Human Rights Watch",
                EntityType.ORGANIZATION,
                "Human Rights Watch",
                null));
    TimeExpressions time =
        new TimeExpressions(
            List.of(new Timex(0, 5, "Mardi", TimexType.DATE, "2020-10-27")), "2020-10-30", false);
    Event e =
        Sentences.EXTRACTOR
            .extract(text, List.of(new Sentence(0, text.length(), 0, 0)), entities, time, List.of())
            .events()
            .get(0);
    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("Bakou"), e.actors());
    assertEquals("Stepanakert", e.location());
    assertEquals("AZ", e.geo().country());
    assertEquals("2020-10-27", e.date());
    assertEquals(false, e.dateInferred());
    assertEquals("Human Rights Watch", e.reportedBy());
  }

  @Test
  void withoutADateInItsSentenceAnEventTakesThePublicationDateFlagged() {
    Event e = Sentences.ofType("Les rebelles ont attaqué la caserne.", "ASSAULT");
    assertEquals("2020-11-10", e.date());
    assertTrue(e.dateInferred());
  }

  @Test
  void absurdFigureIsNotCountedAndIsReported() {
    EventExtractor.Result r = Sentences.extract("L'attaque a fait 1.000.000.000.000 morts.");
    assertTrue(r.events().stream().allMatch(e -> e.killed() == null), r.toString());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("implausible-count")));
  }

  @Test
  void negativeAndOtherScriptDigitsNeverGiveANegativeCount() {
    for (Event e : Sentences.events("L'attaque a fait -5 morts et ٣ blessés.")) {
      assertTrue(e.killed() == null || e.killed() == 5, e.toString());
      assertTrue(e.injured() == null || e.injured() == 3, e.toString());
    }
  }

  @Test
  void fiveHundredNumbersInASentenceStayBounded() {
    StringBuilder s = new StringBuilder("Le bilan fait état de ");
    Random r = new Random(7);
    for (int i = 0; i < 500; i++) {
      s.append(r.nextInt(100_000)).append(i % 2 == 0 ? " morts, " : " blessés, ");
    }
    s.append("selon le ministère.");
    String text = s.toString();
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Sentences.extract(text));
  }

  @Test
  void tenThousandPlaceNamesStayBounded() {
    StringBuilder s = new StringBuilder();
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      int at = s.length();
      s.append("Ville").append(i);
      entities.add(new Entity(at, s.length(), s.substring(at), EntityType.LOCATION, null, null));
      s.append(i % 20 == 19 ? ", bombardée. " : ", ");
    }
    String text = s.toString();
    List<Sentence> sentences = Sentences.of(text);
    List<Event> events =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () ->
                Sentences.EXTRACTOR
                    .extract(text, sentences, entities, TimeExpressions.EMPTY, List.of())
                    .events());
    assertTrue(events.size() <= EventExtractor.MAX_EVENTS);
  }

  @Test
  void emptyTextHasNoEvent() {
    assertTrue(Sentences.events("").isEmpty());
    assertNull(Sentences.extract(" ").events().stream().findFirst().orElse(null));
  }
}
