package org.vigie.store.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.store.DayIndex;
import org.vigie.store.TestArticles;
import org.vigie.store.VigieStore;

/** The store's indexed days give the timeline the in-memory builder gives on the same articles. */
class StoreTimelineTest {
  @TempDir Path dir;

  private static List<Article> articles() {
    List<Article> all = new ArrayList<>();
    String[][] rows = {
      {
        "a",
        "Le Monde",
        "2011-03-21",
        "Samedi, la coalition a lancé ses premières frappes sur la Libye.",
        "Samedi",
        "2011-03-19"
      },
      {
        "b",
        "Le Point",
        "2011-03-21",
        "Les premières frappes de la coalition ont visé samedi les défenses libyennes.",
        "samedi",
        "2011-03-19"
      },
      {
        "c",
        "RTBF",
        "2011-03-22",
        "Dimanche, des missiles de croisière ont frappé la capitale libyenne.",
        "Dimanche",
        "2011-03-20"
      },
      {
        "d",
        "Reuters",
        "2011-03-24",
        "Les rebelles se sont regroupés à l'est de la ville assiégée ce soir.",
        null,
        null
      },
      {
        "e",
        "AFP",
        "2011-03-24",
        "Une réunion des ministres a eu lieu à Londres pour préparer la suite.",
        null,
        null
      },
    };
    for (String[] r : rows) {
      all.add(
          r[4] == null
              ? TimelineBuilderTest.article(r[0], r[1], r[2], r[3])
              : TimelineBuilderTest.article(r[0], r[1], r[2], r[3], r[4], r[5]));
    }
    return all;
  }

  @Test
  void indexedDaysGiveTheSameTimelineAsReadingEveryArticle() {
    TimelineBuilder.Config config = new TimelineBuilder.Config(2, 2, null, null);
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (Article a : articles()) {
        store.put(a, null);
      }
      store.commit();
    }
    try (VigieStore store = VigieStore.open(dir)) {
      assertTrue(DayIndex.indexed(store));
      StoreTimeline.Result fast =
          StoreTimeline.build(
              store, new TimelineSelection(null, null, null, null, null, null, 100), config);
      assertTrue(fast.indexed());
      Timeline slow = new TimelineBuilder().build(articles(), config);
      List<LocalDate> fastDays =
          fast.timeline().entries().stream().map(Timeline.Entry::day).toList();
      List<LocalDate> slowDays = slow.entries().stream().map(Timeline.Entry::day).toList();
      assertEquals(slowDays, fastDays);
      assertEquals(LocalDate.parse("2011-03-19"), fastDays.get(0));
      assertEquals(slow.entries(), fast.timeline().entries());
    }
  }

  /** The article with its first sentence stating an event of {@code type}. */
  private static Article withEvent(Article a, String type) {
    return withEvent(a, type, EventModality.ASSERTED);
  }

  private static Article withEvent(Article a, String type, EventModality modality) {
    return TestArticles.withEvents(
        a,
        List.of(
            new Event(
                type, null, 0, 10, "x", List.of(), List.of(), null, null, null, null, null, 0, 1,
                null, false, List.of(), modality, false, null, null)));
  }

  @Test
  void anIndexedEventTypeIsSelectedByTheIndexAsReadingWouldSelectIt() {
    List<Article> all = new ArrayList<>(articles());
    all.set(0, withEvent(all.get(0), "ASSAULT"));
    all.set(2, withEvent(all.get(2), "ASSAULT"));
    all.set(3, withEvent(all.get(3), "CONSULT"));
    // A planned assault did not happen: neither the index nor the reading selects its article.
    all.set(1, withEvent(all.get(1), "ASSAULT", EventModality.PLANNED));
    TimelineBuilder.Config config = new TimelineBuilder.Config(3, 1, null, null);
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (Article a : all) {
        store.put(a, null);
      }
      store.commit();
    }
    try (VigieStore store = VigieStore.open(dir)) {
      TimelineSelection assaults =
          new TimelineSelection(null, null, null, "assault", null, null, 100);
      StoreTimeline.Result fast = StoreTimeline.build(store, assaults, config);
      assertTrue(fast.indexed());
      List<Article> read = assaults.read(store).articles();
      assertEquals(List.of("a", "c"), read.stream().map(Article::id).toList());
      Timeline slow = new TimelineBuilder().build(read, config);
      assertEquals(slow.entries(), fast.timeline().entries());
      assertEquals(
          List.of(LocalDate.parse("2011-03-19"), LocalDate.parse("2011-03-20")),
          fast.timeline().entries().stream().map(Timeline.Entry::day).toList());
    }
  }

  @Test
  void aDayWithMoreArticlesThanAreReadGivesItsWitnessesFirst() {
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (int i = 0; i < 5; i++) {
        store.put(
            TimelineBuilderTest.article(
                "pub" + i, "AFP", "2011-03-19", "Les combats ont continué toute la journée " + i),
            null);
      }
      store.put(
          TimelineBuilderTest.article(
              "named",
              "RTBF",
              "2011-03-25",
              "Samedi, la coalition a lancé ses premières frappes sur la Libye.",
              "Samedi",
              "2011-03-19"),
          null);
      store.commit();
    }
    try (VigieStore store = VigieStore.open(dir)) {
      List<Article> read =
          DayIndex.articlesOn(
              store, new MatchAllDocsQuery(), List.of(LocalDate.parse("2011-03-19")), 3);
      assertEquals(List.of("named", "pub0", "pub1"), read.stream().map(Article::id).toList());
    }
  }

  @Test
  void anEventTypeFilterReadsTheArticles() {
    try (VigieStore store = VigieStore.openForWriting(dir)) {
      for (Article a : articles()) {
        store.put(a, null);
      }
      store.commit();
    }
    try (VigieStore store = VigieStore.open(dir)) {
      StoreTimeline.Result r =
          StoreTimeline.build(
              store,
              new TimelineSelection(null, null, null, "ASSAULT", null, null, 100),
              new TimelineBuilder.Config(2, 1, null, null));
      assertTrue(!r.indexed() && r.timeline().entries().isEmpty());
    }
  }
}
