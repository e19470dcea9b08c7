package org.vigie.store.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.store.TestArticles;
import org.vigie.store.VigieStore;

/**
 * A store read narrowed to the articles that index an asserted event gives the mentions reading
 * every article gives: an article with a denied event only, or none, is left out by the index only
 * when no wanted mention could be in it.
 */
class EventCandidatesTest {
  @TempDir static Path dir;

  @BeforeAll
  static void store() {
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (Article a : articles()) {
        store.put(a, null);
      }
      store.commit();
    }
  }

  private static final String[] TEXTS = {
    "Une frappe de drone a tué trois soldats près de Stepanakert dans la nuit de samedi.",
    "Le ministère de la Défense à Bakou a démenti toute attaque contre des positions civiles.",
    "Les négociations sur le corridor de Latchine reprendront la semaine prochaine à Moscou.",
    "Des manifestants se sont rassemblés devant le Parlement à Erevan pour exiger une enquête.",
    "Le prix du pain a encore augmenté cette semaine sur les marchés de la capitale arménienne.",
  };

  private static Event event(String type, String subtype, EventModality modality) {
    return new Event(
        type,
        subtype,
        0,
        10,
        "x",
        List.of(),
        List.of(),
        "Stepanakert",
        "2020-10-04",
        null,
        null,
        null,
        0,
        1,
        null,
        false,
        List.of(),
        modality,
        false,
        null,
        null);
  }

  private static List<Article> articles() {
    List<Article> all = new ArrayList<>();
    all.add(
        TestArticles.withEvents(
            TestArticles.of("a", "AFP", "2020-10-05", "t", TEXTS[0]),
            List.of(event("ASSAULT", "drone-strike", EventModality.ASSERTED))));
    all.add(
        TestArticles.withEvents(
            TestArticles.of("b", "RTBF", "2020-10-05", "t", TEXTS[1]),
            List.of(event("ASSAULT", "airstrike", EventModality.DENIED))));
    all.add(TestArticles.of("c", "Le Monde", "2020-10-06", "t", TEXTS[2]));
    all.add(
        TestArticles.withEvents(
            TestArticles.of("d", "Reuters", "2020-10-06", "t", TEXTS[3]),
            List.of(
                event("PROTEST", "demonstration", EventModality.ASSERTED),
                event("CONSULT", "other", EventModality.PLANNED))));
    all.add(TestArticles.of("e", "AFP", "2020-10-07", "t", TEXTS[4]));
    return all;
  }

  /** Articles read with any modality: those with events ("c" and "e" have none). */
  @ParameterizedTest(name = "type={0} any={1}: {2} mentions from {3} articles")
  @CsvSource({
    ",false,2,2",
    ",true,4,3",
    "ASSAULT,false,1,2",
    "drone-strike,false,1,2",
    "airstrike,true,1,3",
    "other,true,1,3",
    "PROTEST,false,1,2",
  })
  void narrowedReadingFindsWhatReadingEveryArticleFinds(
      String type, boolean any, int mentions, int read) {
    EventSelection selection =
        new EventSelection(type, null, null, LocalDate.of(2020, 10, 1), null, any);
    List<Article> candidates = new ArrayList<>();
    try (VigieStore store = VigieStore.open(dir)) {
      selection.readCandidates(store, candidates::add);
    }
    assertEquals(read, candidates.size());
    assertEquals(selection.mentions(articles()).size(), selection.mentions(candidates).size());
    assertEquals(mentions, selection.mentions(candidates).size());
    // Read without their text: a listing of events does not need it.
    assertEquals("", candidates.get(0).text());
  }

  @Test
  void theEventColumnGivesTheEventsTheStoredArticlesHold() {
    List<Article> fromColumn = new ArrayList<>();
    List<Article> stored = new ArrayList<>();
    try (VigieStore store = VigieStore.open(dir)) {
      store.forEachWithEvents(new org.apache.lucene.search.MatchAllDocsQuery(), fromColumn::add);
      store.forEach(new org.apache.lucene.search.MatchAllDocsQuery(), true, stored::add);
    }
    // An article whose only mention is denied ("b") is in the column: a listing of any modality
    // reads it.
    List<Article> withEvents = stored.stream().filter(a -> !a.eventMentions().isEmpty()).toList();
    assertEquals(
        withEvents.stream().map(Article::id).toList(),
        fromColumn.stream().map(Article::id).toList());
    for (int i = 0; i < withEvents.size(); i++) {
      assertEquals(withEvents.get(i).events(), fromColumn.get(i).events());
      assertEquals(withEvents.get(i).unassertedEvents(), fromColumn.get(i).unassertedEvents());
      assertEquals(withEvents.get(i).published(), fromColumn.get(i).published());
      assertEquals(withEvents.get(i).source().outlet(), fromColumn.get(i).source().outlet());
    }
  }

  @Test
  void aMentionReadForTheApiCarriesTheSentenceStatingIt() {
    try (VigieStore store = VigieStore.open(dir)) {
      EventMention m = EventSelection.ASSERTED.read(store, 10).mentions().get(0);
      Article a = articles().stream().filter(x -> x.id().equals(m.article())).findFirst().get();
      assertEquals(EventMention.of(a, m.event()).sentence(), m.sentence());
      assertTrue(m.sentence() != null && !m.sentence().isEmpty());
    }
  }

  /**
   * A planned mention before an asserted one in the text: the article lists the asserted one first,
   * and each mention read with any modality keeps the sentence that states it.
   */
  @Test
  void eachMentionOfAnyModalityKeepsItsOwnSentence(@TempDir Path other) {
    String text = "Une visite est prévue lundi. Des obus sont tombés sur la ville dimanche.";
    int second = text.indexOf("Des obus");
    Event planned = spanned("CONSULT", 0, second - 1, EventModality.PLANNED);
    Event shelling = spanned("ASSAULT", second, text.length(), EventModality.ASSERTED);
    Article a =
        TestArticles.withEvents(
            TestArticles.of("p", "AFP", "2020-10-05", "t", text), List.of(planned, shelling));
    assertEquals(List.of(shelling), a.events());
    assertEquals(List.of(planned), a.unassertedEvents());
    try (VigieStore store = VigieStore.openForWriting(other)) {
      store.put(a, null);
      store.commit();
    }
    try (VigieStore store = VigieStore.open(other)) {
      List<EventMention> read =
          new EventSelection(null, null, null, null, null, true).read(store, 10).mentions();
      assertEquals(2, read.size());
      for (EventMention m : read) {
        assertEquals(EventMention.of(a, m.event()).sentence(), m.sentence(), m.toString());
      }
    }
  }

  private static Event spanned(String type, int start, int end, EventModality modality) {
    return new Event(
        type,
        null,
        start,
        end,
        "x",
        List.of(),
        List.of(),
        null,
        "2020-10-04",
        null,
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

  @Test
  void theNewestArticlesReadForTheApiAreThoseThatCanHoldAnEvent() {
    try (VigieStore store = VigieStore.open(dir)) {
      EventSelection.Read read = EventSelection.ASSERTED.read(store, 1);
      assertEquals(1, read.articles());
      assertTrue(read.truncated());
      // "e", the newest article, has no event: "d" is read in its place.
      assertEquals(List.of("d"), read.mentions().stream().map(EventMention::article).toList());
    }
  }
}
