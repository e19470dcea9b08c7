package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.Geo;

class ArticleCodecTest {
  private static Article article() {
    Article a =
        TestArticles.of(
            "a1",
            "Le Monde",
            "2020-11-04",
            "Titre",
            "Sergueï Lavrov a rencontré Josep Borrell à Moscou. « Nous voulons la paix », a-t-il dit.",
            "Sergueï Lavrov",
            "Josep Borrell");
    a = TestArticles.withQuote(a, "Sergueï Lavrov", "Nous voulons la paix", "CONSULT");
    return TestArticles.withEvents(
        a,
        List.of(
            new Event(
                "CONSULT",
                "meeting",
                0,
                10,
                "rencontré",
                List.of("Sergueï Lavrov"),
                List.of(),
                "Moscou",
                "2020-11-03",
                null,
                null,
                null)));
  }

  @Test
  void everyLayerKeptReadsTheWholeArticle() {
    Article a = article();
    String json = ArticleCodec.withoutText(a);
    assertEquals(
        ArticleCodec.read(json, a.text()), ArticleCodec.read(json, a.text(), ArticleCodec.LAYERS));
  }

  @Test
  void layersLeftOutReadEmptyAndTheRestUnchanged() {
    Article a = article();
    Article whole = ArticleCodec.read(ArticleCodec.withoutText(a), a.text());
    Article events = ArticleCodec.read(ArticleCodec.withoutText(a), a.text(), Set.of("events"));
    assertTrue(events.entities().isEmpty());
    assertTrue(events.quotes().isEmpty());
    assertEquals(whole.events(), events.events());
    assertEquals(whole.id(), events.id());
    assertEquals(whole.text(), events.text());
    assertEquals(whole.source(), events.source());
    assertEquals(whole.published(), events.published());
    assertEquals(2, whole.entities().size());
    assertEquals(1, whole.quotes().size());
  }

  @Test
  void storedJsonWithItsTextIsTheContractRendering() {
    Article a = article();
    String json = ArticleCodec.withoutText(a);
    assertEquals(ArticleJson.line(a), ArticleCodec.json(json, a.text()));
    assertEquals(
        ArticleJson.line(ArticleCodec.read(json, a.text())), ArticleCodec.json(json, a.text()));
  }

  /** The bytes a server sends are the same JSON, with a lone surrogate and an emoji escaped. */
  @Test
  void theUtf8RenderingReadsBackAsTheSameJson() throws Exception {
    Article a = article();
    String json = ArticleCodec.withoutText(a);
    String text = a.text() + " \uD800 😀 « é »";
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    byte[] bytes = ArticleCodec.jsonBytes(json, text);
    assertEquals(
        mapper.readTree(ArticleCodec.json(json, text)),
        mapper.readTree(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("\\uD800"));
  }

  @Test
  void placesWithCoordinatesAndHostileTextRenderTheSame() {
    String text = "À Bakou, \"« </script> »\"\n\tet 3,5 km\u2028 plus loin.";
    Article a = TestArticles.of("a2", "RTS", "2020-11-04T06:00+01:00", "Titre \"x\"", text);
    a =
        new Article(
            a.id(),
            a.source(),
            a.language(),
            a.title(),
            a.author(),
            a.published(),
            a.publishedInferred(),
            a.dateline(),
            a.text(),
            a.cleaning(),
            List.of(
                new Entity(
                    2,
                    7,
                    "Bakou",
                    EntityType.LOCATION,
                    "Bakou",
                    new Geo(40.37767, 49.89201, "AZ", 587084L))),
            a.quotes(),
            a.timexes(),
            a.events(),
            a.unassertedEvents(),
            "s-1",
            null,
            a.diagnostics(),
            a.sentences(),
            a.tokens());
    assertEquals(ArticleJson.line(a), ArticleCodec.json(ArticleCodec.withoutText(a), text));
  }
}
