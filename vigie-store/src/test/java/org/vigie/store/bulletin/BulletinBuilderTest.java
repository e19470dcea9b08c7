package org.vigie.store.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Cue;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Geo;
import org.vigie.model.Quote;
import org.vigie.model.QuoteKind;
import org.vigie.model.Source;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;

/** Incidents counted once, sources side by side, undated items left out, text escaped. */
class BulletinBuilderTest {
  private static final LocalDate DAY = LocalDate.parse("2011-03-20");

  /** An event of the whole text, as the event layer states it (one place to adapt the model). */
  static Event event(
      String text, String type, String subtype, String place, String date, Integer killed) {
    return event(text, type, subtype, place, date, killed, false);
  }

  /** {@code inferred}: the date is the publication's, the sentence naming no day. */
  static Event event(
      String text,
      String type,
      String subtype,
      String place,
      String date,
      Integer killed,
      boolean inferred) {
    Geo geo = "Misrata".equals(place) ? new Geo(32.37, 15.09, "LY", 2214846L) : null;
    return new Event(
        type,
        subtype,
        0,
        text.length(),
        "x",
        List.of(),
        List.of(),
        place,
        date,
        killed,
        null,
        null,
        0,
        text.length(),
        geo,
        inferred,
        List.of(),
        EventModality.ASSERTED,
        false,
        null,
        null);
  }

  static Article article(
      String id,
      String outlet,
      String published,
      String text,
      List<Event> events,
      List<Quote> quotes) {
    List<Entity> entities = new ArrayList<>();
    int at = text.indexOf("Misrata");
    if (at >= 0) {
      entities.add(
          new Entity(
              at,
              at + 7,
              "Misrata",
              EntityType.LOCATION,
              "Misrata",
              new Geo(32.37, 15.09, "LY", 2214846L)));
    }
    return new Article(
        id,
        new Source(id + ".txt", null, outlet),
        "fr",
        null,
        null,
        published,
        false,
        null,
        text,
        Cleaning.NONE,
        entities,
        quotes,
        List.of(),
        events,
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  private static List<Article> corpus() {
    String a = "Des tirs d'artillerie ont tué 12 civils à Misrata dimanche.";
    String b = "Le pilonnage de Misrata a fait 15 morts dimanche, selon des médecins.";
    String c = "Des frappes ont visé la ville la semaine dernière, à une date non précisée.";
    String q = "« Nous ne céderons pas », a déclaré le porte-parole <script>x</script>.";
    Quote quote =
        new Quote(
            0,
            24,
            "Nous ne céderons pas <script>",
            QuoteKind.DIRECT,
            new Cue(27, 39, "a déclaré"),
            new Speaker("le porte-parole", "Moussa Ibrahim", SpeakerType.PERSON, 40, 55),
            "2011-03-20");
    return List.of(
        article(
            "a",
            "Le Monde",
            "2011-03-21",
            a,
            List.of(event(a, "ASSAULT", "shelling", "Misrata", "2011-03-20", 12)),
            List.of()),
        article(
            "b",
            "Reuters",
            "2011-03-21",
            b,
            List.of(event(b, "ASSAULT", "shelling", "Misrata", "2011-03-20", 15)),
            List.of()),
        article(
            "c",
            "RTBF",
            "2011-03-20",
            c,
            List.of(event(c, "ASSAULT", "airstrike", null, null, null)),
            List.of()),
        article("d", "AFP", "2011-03-20", q, List.of(), List.of(quote)));
  }

  @Test
  void oneIncidentFromTwoOutletsIsCountedOnceWithBothFigures() {
    Bulletin b = new BulletinBuilder().build(corpus(), DAY, DAY);
    assertEquals(1, b.incidents().size(), b.incidents().toString());
    org.vigie.store.incident.Incident i = b.incidents().get(0).incident();
    assertEquals(2, i.sources());
    assertFalse(i.disagreements().isEmpty());
    assertEquals(12, b.totals().killedLow());
    assertEquals(15, b.totals().killedHigh());
    assertEquals(32.37, i.geo().lat(), 1e-9);
  }

  @Test
  void aSentenceStatingTwoEventsIsOneHighlight() {
    String s =
        "Les rebelles ont accepté dimanche une trêve et une visite des observateurs à Misrata.";
    Article a =
        article(
            "e",
            "RTBF",
            "2011-03-20",
            s,
            List.of(
                event(s, "AGREE", "ceasefire", "Misrata", "2011-03-20", null),
                event(s, "CONSULT", "visit", "Misrata", "2011-03-20", null)),
            List.of());
    Bulletin b = new BulletinBuilder().build(List.of(a), DAY, DAY);
    assertEquals(2, b.incidents().size());
    assertEquals(
        1, b.highlights().stream().filter(h -> h.contains(s)).count(), b.highlights().toString());
  }

  @Test
  void anUndatedEventIsNotPresentedAsOfTheDay() {
    Bulletin b = new BulletinBuilder().build(corpus(), DAY, DAY);
    assertFalse(b.incidents().stream().anyMatch(r -> "airstrike".equals(r.incident().subtype())));
    assertEquals(1, b.totals().incidents());
  }

  @Test
  void aTollDatedOnlyByPublicationIsNotTheDays() {
    String s = "Les tombes des 24 autres victimes de Misrata sont de l'autre côté du cimetière.";
    Article a =
        article(
            "f",
            "RTBF",
            "2011-03-20",
            s,
            List.of(event(s, "ASSAULT", "attack", "Misrata", "2011-03-20", 24, true)),
            List.of());
    Bulletin b = new BulletinBuilder().build(List.of(a), DAY, DAY);
    assertEquals(0, b.totals().incidents(), b.incidents().toString());
    assertEquals(0, b.totals().killedHigh());
  }

  @Test
  void aSourceKnownByACommonNounIsNotOneSpeakerAcrossArticles() {
    List<Article> articles = new ArrayList<>(corpus());
    for (String id : List.of("g", "h")) {
      String words = id.equals("g") ? "Les armes sont distribuées" : "Les dépôts sont ouverts";
      String q = "« " + words + " », raconte un homme.";
      Quote quote =
          new Quote(
              0,
              words.length() + 4,
              words,
              QuoteKind.DIRECT,
              new Cue(32, 39, "raconte"),
              new Speaker("un homme", "homme", SpeakerType.PERSON, 40, 48),
              null);
      articles.add(article(id, "AFP", "2011-03-20", q, List.of(), List.of(quote)));
    }
    Bulletin b = new BulletinBuilder().build(articles, DAY, DAY);
    assertEquals("Moussa Ibrahim", b.speakers().get(0).speaker(), b.speakers().toString());
    assertEquals(
        2,
        b.speakers().stream().filter(d -> d.speaker().equals("homme")).count(),
        b.speakers().toString());
    assertTrue(b.speakers().stream().allMatch(d -> d.statements() == 1));
  }

  @Test
  void whoSaidWhatAndTheChangeSinceTheDayBefore() {
    Bulletin b = new BulletinBuilder().build(corpus(), DAY, DAY);
    assertEquals("Moussa Ibrahim", b.speakers().get(0).speaker());
    assertEquals(1, b.change().incidents());
    assertEquals(0, b.change().previousIncidents());
  }

  @Test
  void renderingsEscapeArticleText() {
    Bulletin b = new BulletinBuilder().build(corpus(), DAY, DAY);
    String html = BulletinRenderer.html(b, "Bulletin <i>");
    assertFalse(html.contains("<script>x"), html);
    assertFalse(html.contains("<i>"), html);
    assertTrue(html.contains("<svg"), html);
    assertTrue(html.contains("<circle"), html);
    String md = BulletinRenderer.markdown(b, "Bulletin");
    assertTrue(md.contains("12–15"), md);
    assertTrue(md.contains("\\<script\\>"), md);
    assertTrue(BulletinRenderer.json(b).contains("\"FeatureCollection\""));
  }

  @Test
  void aDayOfManyIncidentsGivesABoundedPage() {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String t =
          "Un affrontement a fait " + (i % 7 + 1) + " morts dans le village numéro " + i + ".";
      many.add(
          article(
              "m" + i,
              "Outlet",
              "2011-03-20",
              t,
              List.of(event(t, "ASSAULT", "armed-clash", "Village " + i, "2011-03-20", i % 7 + 1)),
              List.of()));
    }
    Bulletin b = new BulletinBuilder().build(many, DAY, DAY);
    assertEquals(2000, b.totals().incidents());
    assertEquals(BulletinBuilder.MAX_INCIDENTS, b.incidents().size());
    assertTrue(b.places().size() <= BulletinBuilder.MAX_PLACES);
  }
}
