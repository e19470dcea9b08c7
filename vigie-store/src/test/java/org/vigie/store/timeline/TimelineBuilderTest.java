package org.vigie.store.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Event;
import org.vigie.model.Source;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;

/** Date ranking and line selection of timelines, one behaviour per test, on built articles. */
class TimelineBuilderTest {
  private static final TimelineBuilder.Config ONE_DAY =
      new TimelineBuilder.Config(1, 2, null, null);

  /** An article whose time expressions are given as (surface, value) pairs found in its text. */
  static Article article(String id, String outlet, String published, String text, String... timex) {
    List<Timex> timexes = new ArrayList<>();
    int from = 0;
    for (int i = 0; i + 1 < timex.length; i += 2) {
      int at = text.indexOf(timex[i], from);
      timexes.add(new Timex(at, at + timex[i].length(), timex[i], TimexType.DATE, timex[i + 1]));
      from = at + timex[i].length();
    }
    return withDuplicate(id, outlet, published, text, timexes, null);
  }

  static Article withDuplicate(
      String id, String outlet, String published, String text, List<Timex> timexes, String dup) {
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
        List.of(),
        List.of(),
        timexes,
        List.of(),
        List.of(),
        null,
        dup,
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void aDayNamedByManyArticlesBeatsADayRepeatedByOne() {
    Article repeats =
        article(
            "a",
            "Le Monde",
            "2011-03-25",
            "Le 20 mars, les rebelles ont repris la ville côtière. Le 20 mars encore, un convoi a"
                + " été attaqué près du port. Le 20 mars enfin, la coalition a survolé la région.",
            "Le 20 mars",
            "2011-03-20",
            "Le 20 mars",
            "2011-03-20",
            "Le 20 mars",
            "2011-03-20");
    List<Article> all = new ArrayList<>(List.of(repeats));
    for (String id : List.of("b", "c")) {
      all.add(
          article(
              id,
              "Outlet " + id,
              "2011-03-22",
              "Le 21 mars, des frappes aériennes ont visé les défenses de la capitale.",
              "Le 21 mars",
              "2011-03-21"));
    }
    Timeline t = new TimelineBuilder().build(all, ONE_DAY);
    assertEquals(LocalDate.parse("2011-03-21"), t.entries().get(0).day());
  }

  @Test
  void articlesOnlyPublishedOnADayCountHalf() {
    List<Article> all = new ArrayList<>();
    for (String id : List.of("p1", "p2", "p3")) {
      all.add(
          article(
              id,
              "Outlet " + id,
              "2011-03-22",
              "Les discussions se poursuivent entre les deux camps."));
    }
    for (String id : List.of("n1", "n2")) {
      all.add(
          article(
              id,
              "Outlet " + id,
              "2011-03-24",
              "Mercredi, le cessez-le-feu a été proclamé par le gouvernement provisoire.",
              "Mercredi",
              "2011-03-23"));
    }
    Timeline t = new TimelineBuilder().build(all, ONE_DAY);
    assertEquals(LocalDate.parse("2011-03-23"), t.entries().get(0).day());
  }

  @Test
  void aPartialDateIsNeverMadeADay() {
    Article a =
        article(
            "a",
            "Le Monde",
            null,
            "En mars, la situation humanitaire s'est fortement dégradée dans le pays.",
            "En mars",
            "2011-03");
    assertTrue(ArticleSentences.of(a).isEmpty());
  }

  @Test
  void oneIncidentToldByTwoOutletsIsOneLineWithTwoSources() {
    List<Article> all =
        List.of(
            article(
                "x",
                "Le Figaro",
                "2011-03-21",
                "Samedi, des avions français ont détruit quatre chars près de Benghazi.",
                "Samedi",
                "2011-03-19"),
            article(
                "y",
                "Le Point",
                "2011-03-21",
                "Samedi, quatre chars ont été détruits près de Benghazi par des avions français.",
                "Samedi",
                "2011-03-19"));
    Timeline t = new TimelineBuilder().build(all, new TimelineBuilder.Config(1, 3, null, null));
    assertEquals(1, t.entries().get(0).lines().size());
    assertEquals(2, t.entries().get(0).lines().get(0).sources().size());
  }

  @Test
  void theOpeningSentencesOfAnArticleMakeBetterLines() {
    Article a =
        article(
            "z",
            "RTBF",
            "2011-03-21",
            "Des avions français ont détruit quatre chars près de Benghazi.\nCourt.\n"
                + "La coalition a frappé les défenses aériennes de Tripoli dans la nuit.\n"
                + "Le régime dénonce une agression contre un pays souverain.\n"
                + "Les insurgés saluent l'intervention des avions occidentaux.");
    List<DatedSentence> sentences = ArticleSentences.of(a);
    // "Court." is too short to be a statement: positions count statements only.
    assertEquals(List.of(0, 1, 2, 3), sentences.stream().map(DatedSentence::position).toList());
    double lead = TimelineBuilder.weight(sentences.get(2));
    double body = TimelineBuilder.weight(sentences.get(3));
    assertEquals(TimelineBuilder.LEAD_WEIGHT, lead / body, 1e-9);
  }

  @Test
  void readerCommentsBelowAnUndatedArticleAreNoLinesOfItsDay() {
    StringBuilder text =
        new StringBuilder(
            "Les insurgés ont repris le contrôle du terminal pétrolier de Ras Lanouf.\n"
                + "Les forces du régime se sont repliées vers l'ouest sous les frappes.\n"
                + "Des colonnes de blindés calcinés bordent la route côtière.\n"
                + "Les habitants qui avaient fui commencent à revenir dans la ville.\n"
                + "La coalition poursuit ses patrouilles au-dessus du golfe de Syrte.\n");
    for (int i = 0; i < 12; i++) {
      text.append("Bravo pour cet article, je suis tout à fait d'accord avec vous numéro ")
          .append(i)
          .append(".\n");
    }
    Article page = article("c", "Le Figaro", "2011-03-21", text.toString());
    Timeline t = new TimelineBuilder().build(List.of(page), ONE_DAY);
    List<Timeline.Line> lines = t.entries().get(0).lines();
    assertTrue(lines.stream().noneMatch(l -> l.text().startsWith("Bravo")), lines.toString());
    assertEquals(1, t.entries().get(0).articles());
  }

  @Test
  void aSentenceTakesItsEventsInTheArticlesOrderWhereverTheyStart() {
    String text =
        "Des avions français ont détruit quatre chars près de Benghazi. "
            + "La coalition a frappé les défenses aériennes de Tripoli dans la nuit.";
    int second = text.indexOf("La coalition");
    Event both = event("ASSAULT", 0, text.length(), "2011-03-19");
    Event strike = event("ASSAULT", second, text.length(), "2011-03-20");
    Event tanks = event("ASSAULT", 0, second - 1, "2011-03-21");
    Article a =
        new Article(
            "e",
            new Source("e.txt", null, "AFP"),
            "fr",
            null,
            null,
            "2011-03-22",
            false,
            null,
            text,
            Cleaning.NONE,
            List.of(),
            List.of(),
            List.of(),
            // Not in text order: the article's order decides which event dates a sentence.
            List.of(strike, both, tanks),
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of());
    List<DatedSentence> sentences = ArticleSentences.of(a);
    assertEquals(List.of(both, tanks), sentences.get(0).events());
    assertEquals(LocalDate.parse("2011-03-19"), sentences.get(0).day());
    assertEquals(List.of(strike, both), sentences.get(1).events());
    assertEquals(LocalDate.parse("2011-03-20"), sentences.get(1).day());
  }

  private static Event event(String type, int start, int end, String date) {
    return new Event(
        type, null, start, end, "frappé", List.of(), List.of(), null, date, null, null, null);
  }

  @Test
  void syndicatedCopiesAreNotCountedAgain() {
    String text = "Le 20 mars, les rebelles ont repris la ville côtière de Brega.";
    List<Timex> tx = List.of(new Timex(0, 10, "Le 20 mars", TimexType.DATE, "2011-03-20"));
    List<Article> all = new ArrayList<>();
    all.add(withDuplicate("o", "AFP", "2011-03-21", text, tx, null));
    for (String id : List.of("c1", "c2", "c3")) {
      all.add(withDuplicate(id, "Copy " + id, "2011-03-21", text, tx, "o"));
    }
    all.add(
        article(
            "z",
            "Reuters",
            "2011-03-22",
            "Le 21 mars, les forces loyalistes ont bombardé Misrata.",
            "Le 21 mars",
            "2011-03-21"));
    all.add(
        article(
            "w",
            "RTBF",
            "2011-03-22",
            "Le 21 mars, Misrata a de nouveau été pilonnée par l'artillerie.",
            "Le 21 mars",
            "2011-03-21"));
    Timeline t = new TimelineBuilder().build(all, ONE_DAY);
    assertEquals(LocalDate.parse("2011-03-21"), t.entries().get(0).day());
  }

  @Test
  void daysOutsideThePeriodAreLeftOut() {
    List<Article> all =
        List.of(
            article(
                "a",
                "Le Monde",
                "2011-03-25",
                "Le 2 février, les manifestants ont occupé la place centrale.",
                "Le 2 février",
                "2011-02-02"),
            article(
                "b",
                "Le Monde",
                "2011-03-25",
                "Le 20 mars, la coalition a lancé ses premières frappes.",
                "Le 20 mars",
                "2011-03-20"));
    Timeline t =
        new TimelineBuilder()
            .build(
                all,
                new TimelineBuilder.Config(
                    5, 1, LocalDate.parse("2011-03-01"), LocalDate.parse("2011-03-31")));
    assertEquals(1, t.entries().size());
    assertEquals(LocalDate.parse("2011-03-20"), t.entries().get(0).day());
  }

  @Test
  void anUndatedOpeningStatementAlsoStandsForTheDayBeforePublication() {
    Article a =
        article(
            "m",
            "Le Monde",
            "2011-03-21",
            "Des avions français ont détruit quatre chars près de Benghazi.");
    List<LocalDate> days =
        TimelineBuilder.sentences(List.of(a), new TimelineBuilder.Config(5, 1, null, null)).stream()
            .map(DatedSentence::day)
            .toList();
    assertEquals(List.of(LocalDate.parse("2011-03-21"), LocalDate.parse("2011-03-20")), days);
  }

  @Test
  void aDateNamingABridgeDatesNothing() {
    Article a =
        article(
            "b",
            "Le Monde",
            "2012-10-12",
            "Des milliers de manifestants traversent le pont du 6 octobre vers la place.",
            "6 octobre",
            "2012-10-06");
    assertEquals(DatedSentence.DateSource.PUBLISHED, ArticleSentences.of(a).get(0).dateSource());
  }
}
