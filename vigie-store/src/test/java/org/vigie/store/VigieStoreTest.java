package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.store.search.ArticleFilter;
import org.vigie.store.search.NamingChoice;
import org.vigie.store.search.SearchRequest;
import org.vigie.store.search.SearchResult;

/** The store on real Lucene in a temporary directory, with articles built directly. */
class VigieStoreTest {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  @Test
  void storesSearchesAndReadsBackArticles() {
    Article a =
        TestArticles.of(
            "a1",
            "Lagazette",
            "2020-11-10T09:00+01:00",
            "Cessez-le-feu au Haut-Karabakh",
            TestArticles.DISPATCH,
            "Maria Zakharova");
    Article b =
        TestArticles.of("b1", "Le Monde", "2014-03-02", "Relance en Égypte", TestArticles.OTHER);
    try (VigieStore store = VigieStore.openForWriting(data())) {
      assertEquals(VigieStore.PutOutcome.ADDED, store.put(a, null).outcome());
      assertEquals(VigieStore.PutOutcome.ADDED, store.put(b, null).outcome());
      store.commit();
    }
    try (VigieStore store = VigieStore.open(data())) {
      assertEquals(2, store.size());
      Article back = store.article("a1").orElseThrow();
      assertEquals(a.text(), back.text());
      assertEquals(a.entities(), back.entities());
      assertTrue(back.story() != null && back.story().startsWith("s-"));
      // Stemming and accent folding: "frappe" finds "frappes", "refugie" finds "réfugiés".
      SearchResult r = store.search(SearchRequest.of("frappe refugie"));
      assertEquals(1, r.total());
      assertEquals("a1", r.hits().get(0).id());
      assertTrue(r.hits().get(0).snippet().contains("<b>"), r.hits().get(0).snippet());
      assertEquals(1, store.search(SearchRequest.of("\"corridor de Latchine\"")).total());
      assertEquals(0, store.search(SearchRequest.of("\"Latchine corridor\"")).total());
      assertEquals(2, store.search(SearchRequest.of("Suez OR Latchine")).total());
      assertEquals(1, store.search(SearchRequest.of("ministère -Suez")).total());
      assertEquals(
          "Maria Zakharova",
          store.search(SearchRequest.of("cessez")).facets().get("entity").get(0).value());
      assertEquals(
          List.of("b1"),
          store
              .search(
                  new SearchRequest(
                      "*",
                      new ArticleFilter(
                          null, null, "le monde", null, LocalDate.of(2014, 1, 1), null, false, 10),
                      10,
                      10))
              .hits()
              .stream()
              .map(SearchResult.Hit::id)
              .toList());
    }
  }

  @Test
  void aReaderOpenedBeforeAnIngestSeesItWithoutARestart() throws Exception {
    Article a = TestArticles.of("a1", "X", "2020-11-10", "Titre", TestArticles.DISPATCH);
    Article b = TestArticles.of("b1", "Y", "2014-03-02", "Égypte", TestArticles.OTHER);
    try (VigieStore writer = VigieStore.openForWriting(data())) {
      writer.put(a, null);
      writer.commit();
      try (VigieStore reader = VigieStore.open(data())) {
        assertTrue(reader.article("a1").isPresent());
        writer.put(b, null);
        writer.commit(); // another process's ingest, as far as the reader knows
        long deadline = System.nanoTime() + 10L * VigieStore.REFRESH_NANOS;
        while (reader.article("b1").isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertTrue(reader.article("b1").isPresent(), "the new commit is seen");
        assertEquals(2, reader.size());
        assertEquals(
            1, reader.search(new SearchRequest("Égypte", ArticleFilter.NONE, 10, 0)).total());
      }
    }
  }

  @Test
  void sameArticleTwiceIsStoredOnceAndChangedContentReplacesIt() {
    Article a = TestArticles.of("a1", "X", "2020-11-10", "Titre", TestArticles.DISPATCH);
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(a, "a1|h");
      store.commit();
    }
    try (VigieStore store = VigieStore.openForWriting(data())) {
      assertTrue(store.knowsRaw("a1|h"));
      assertEquals(VigieStore.PutOutcome.UNCHANGED, store.put(a, null).outcome());
      Article changed =
          TestArticles.of(
              "a1", "X", "2020-11-10", "Titre", TestArticles.DISPATCH + " Mise à jour.");
      assertEquals(VigieStore.PutOutcome.REPLACED, store.put(changed, null).outcome());
      store.commit();
      assertEquals(1, store.size());
      assertTrue(store.article("a1").orElseThrow().text().endsWith("Mise à jour."));
    }
  }

  @Test
  void aCopyWithAChangedFirstLineIsADuplicateInItsOriginalsStory() {
    Article original = TestArticles.of("o1", "AFP", "2020-11-10", "Trêve", TestArticles.DISPATCH);
    String copyText =
        "Moscou se félicite de la trêve."
            + TestArticles.DISPATCH.substring(TestArticles.DISPATCH.indexOf('.') + 1);
    Article copy =
        TestArticles.of("c1", "Sputnik", "2020-11-10", "Moscou salue la trêve", copyText);
    Article other = TestArticles.of("x1", "Le Monde", "2020-11-10", "Égypte", TestArticles.OTHER);
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(original, null);
      store.put(other, null);
      VigieStore.Stored stored = store.put(copy, null);
      assertEquals("o1", stored.duplicateOf());
      store.commit();
      Article back = store.article("c1").orElseThrow();
      assertEquals("o1", back.duplicateOf());
      assertEquals(store.article("o1").orElseThrow().story(), back.story());
      assertNotEquals(back.story(), store.article("x1").orElseThrow().story());
      // The copy is not counted twice: one hit, one count per facet value.
      SearchResult r = store.search(SearchRequest.of("Latchine"));
      assertEquals(1, r.total());
      assertEquals(1, r.facets().get("outlet").size());
    }
  }

  @Test
  void storyAndDuplicateStateSurviveReopening() {
    Article original = TestArticles.of("o1", "AFP", "2020-11-10", "Trêve", TestArticles.DISPATCH);
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(original, null);
      store.commit();
    }
    Article copy =
        TestArticles.of("c1", "RIA", "2020-11-11", "Trêve (mise à jour)", TestArticles.DISPATCH);
    try (VigieStore store = VigieStore.openForWriting(data())) {
      VigieStore.Stored stored = store.put(copy, null);
      assertEquals("o1", stored.duplicateOf());
      assertEquals("s-o1", stored.story());
    }
  }

  @Test
  void uncommittedWorkIsDroppedNotHalfWritten() {
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(TestArticles.of("a", "X", null, "A", TestArticles.DISPATCH), null);
      store.commit();
      store.put(TestArticles.of("b", "X", null, "B", TestArticles.OTHER), null);
    }
    try (VigieStore store = VigieStore.open(data())) {
      assertEquals(1, store.size());
    }
  }

  @Test
  void aDirectoryThatIsNotOursIsRefusedAndLeftAlone() throws Exception {
    Path foreign = dir.resolve("photos");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("holiday.jpg"), "not ours", StandardCharsets.UTF_8);
    StoreException e = assertThrows(StoreException.class, () -> VigieStore.openForWriting(foreign));
    assertTrue(e.getMessage().contains("not a Vigie store"), e.getMessage());
    assertEquals(List.of(foreign.resolve("holiday.jpg")), Files.list(foreign).toList());
    assertThrows(StoreException.class, () -> VigieStore.open(dir.resolve("missing")));
  }

  @Test
  void aSecondWriterGetsAOneLineError() {
    try (VigieStore first = VigieStore.openForWriting(data())) {
      StoreException e =
          assertThrows(StoreException.class, () -> VigieStore.openForWriting(data()));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
      assertTrue(!e.getMessage().contains("\n"));
    }
  }

  @Test
  void hostileQueriesFailFastWithOneLine() {
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(TestArticles.of("a", "X", null, "A", TestArticles.DISPATCH), null);
      store.commit();
    }
    try (VigieStore store = VigieStore.open(data())) {
      for (String q :
          List.of(
              "\"cessez le feu",
              "cessez ".repeat(10_000),
              "(Arménie AND",
              "x".repeat(50_000),
              "a*b*c*d*e*f*g*")) {
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> {
              try {
                store.search(SearchRequest.of(q));
              } catch (StoreException e) {
                assertTrue(!e.getMessage().contains("\n"), e.getMessage());
              }
            });
      }
      assertThrows(StoreException.class, () -> store.search(SearchRequest.of("\"cessez le feu")));
      assertThrows(
          StoreException.class, () -> store.search(SearchRequest.of("cessez ".repeat(10_000))));
    }
  }

  @Test
  void articlesOfASpeakerComeSortedByDate() {
    Article late =
        TestArticles.withQuote(
            TestArticles.of("late", "X", "2020-12-01", "B", TestArticles.DISPATCH),
            "Maria Zakharova",
            "les forces",
            "DEPLOY");
    Article early =
        TestArticles.withQuote(
            TestArticles.of("early", "Y", "2020-10-01", "A", TestArticles.OTHER),
            "Maria Zakharova",
            "Les investisseurs",
            "AID");
    Article undated = TestArticles.of("none", "Y", null, "C", TestArticles.OTHER + " Fin.");
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(late, null);
      store.put(undated, null);
      store.put(early, null);
      store.commit();
    }
    try (VigieStore store = VigieStore.open(data())) {
      List<Article> said =
          store.articles(ArticleFilter.speaker("maria zakharova", null, null, 100));
      assertEquals(List.of("early", "late"), said.stream().map(Article::id).toList());
      assertEquals(
          List.of("late"),
          store
              .articles(
                  ArticleFilter.speaker("Maria Zakharova", LocalDate.of(2020, 11, 1), null, 9))
              .stream()
              .map(Article::id)
              .toList());
      assertEquals(
          "DEPLOY", store.search(SearchRequest.of("Latchine")).facets().get("type").get(0).value());
      List<VigieStore.Statement> statements =
          store.statements("Maria Zakharová", null, LocalDate.of(2020, 12, 31), 100);
      assertEquals(
          List.of("Les investisseurs", "les forces"),
          statements.stream().map(st -> st.quote().text()).toList());
      assertNull(store.article("nothing").orElse(null));
    }
  }

  @Test
  void similarFindsTheRelatedArticleFirst() {
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(TestArticles.of("a", "X", null, "Trêve", TestArticles.DISPATCH), null);
      store.put(
          TestArticles.of(
              "b",
              "Y",
              null,
              "Karabakh",
              "Les forces russes de maintien de la paix au Haut-Karabakh"
                  + " surveillent le corridor de Latchine depuis le cessez-le-feu."),
          null);
      store.put(TestArticles.of("c", "Z", null, "Égypte", TestArticles.OTHER), null);
      store.commit();
      assertEquals("b", store.similar("a", 5).get(0).id());
    }
  }

  @Test
  void outletsNamingOneEntityDifferentlyAreShownWithTheirOwnForms() {
    try (VigieStore store = VigieStore.openForWriting(data())) {
      store.put(named("a", "Armenpress", "Artsakh", "Haut-Karabakh", "Nikol Pashinyan"), null);
      store.put(named("b", "Lagazette", "Haut-Karabagh", "Haut-Karabakh", "Nikol Pachinian"), null);
      store.put(named("c", "Lagazette", "Haut-Karabakh", "Haut-Karabakh", "Nikol Pachinian"), null);
      store.put(named("d", "Sputnik", "Haut-Karabakh", "Haut-Karabakh", "Sergueï Lavrov"), null);
      store.commit();
      List<NamingChoice> choices = store.namingChoices(2);
      NamingChoice place =
          choices.stream().filter(c -> c.type().equals("LOCATION")).findFirst().orElseThrow();
      assertEquals("Haut-Karabakh", place.entity());
      assertEquals(
          List.of(
              "Armenpress Artsakh 1",
              "Lagazette Haut-Karabagh 1",
              "Lagazette Haut-Karabakh 1",
              "Sputnik Haut-Karabakh 1"),
          place.forms().stream()
              .map(f -> f.outlet() + " " + f.form() + " " + f.articles())
              .toList());
      NamingChoice person =
          choices.stream().filter(c -> c.type().equals("PERSON")).findFirst().orElseThrow();
      assertEquals(
          List.of("Armenpress Nikol Pashinyan 1", "Lagazette Nikol Pachinian 2"),
          person.forms().stream()
              .map(f -> f.outlet() + " " + f.form() + " " + f.articles())
              .toList());
      // Lavrov is named one way everywhere: no choice to show.
      assertEquals(2, choices.size());
    }
  }

  /** An article naming a place as written (resolved to {@code canonical}) and a person. */
  private static Article named(
      String id, String outlet, String placeAsWritten, String canonical, String person) {
    String text = "Les combats au " + placeAsWritten + " inquiètent " + person + " ce jeudi.";
    Article a = TestArticles.of(id, outlet, "2020-10-0" + (id.charAt(0) - 'a' + 1), id, text);
    int at = text.indexOf(placeAsWritten);
    int p = text.indexOf(person);
    List<Entity> entities =
        List.of(
            new Entity(
                at,
                at + placeAsWritten.length(),
                placeAsWritten,
                EntityType.LOCATION,
                canonical,
                null),
            new Entity(p, p + person.length(), person, EntityType.PERSON, person, null));
    return new Article(
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
        entities,
        a.quotes(),
        a.timexes(),
        a.events(),
        a.unassertedEvents(),
        a.story(),
        a.duplicateOf(),
        a.diagnostics(),
        a.sentences(),
        a.tokens());
  }
}
