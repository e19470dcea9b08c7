package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Event;

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
}
