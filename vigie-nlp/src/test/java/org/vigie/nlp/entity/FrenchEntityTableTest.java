package org.vigie.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.nlp.Engines;

/**
 * Entities in French, one shape per row, through the real pipeline (CoreNLP NER, the French
 * lexicon, the gazetteer): the mention that must be found, its type, canonical name, role and
 * country. Written from French news usage, not from any one article.
 */
class FrenchEntityTableTest {
  private static Analyzer analyzer;

  @BeforeAll
  static synchronized void load() {
    if (analyzer == null) {
      analyzer = Engines.standard(AnalysisConfig.DEFAULT);
    }
  }

  static Article analyze(String text) {
    AnalysisOutcome outcome = analyzer.analyze(RawArticle.ofText("t", text));
    return ((AnalysisOutcome.Analyzed) outcome).article();
  }

  static Optional<Entity> find(Article article, String text) {
    return article.entities().stream().filter(e -> e.text().equals(text)).findFirst();
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a déclaré que la Russie était prête. | Maria Zakharova | PERSON | Maria Zakharova | porte-parole du ministère russe des Affaires étrangères | RU
          La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a déclaré que la Russie était prête. | ministère russe des Affaires étrangères | ORGANIZATION | ministère russe des Affaires étrangères | - | RU
          Le Premier ministre arménien Nikol Pachinian s'est rendu à Erevan mardi. | Nikol Pachinian | PERSON | Nikol Pachinian | Premier ministre arménien | AM
          Le Premier ministre arménien Nikol Pachinian s'est rendu à Erevan mardi. | Erevan | LOCATION | Erevan | - | AM
          M. Sergueï Lavrov a rencontré son homologue à Genève. Selon M. Lavrov, la réunion a été utile. | Lavrov | PERSON | Sergueï Lavrov | - | -
          Les forces armées azerbaïdjanaises ont frappé des positions près de Yevlakh. | forces armées azerbaïdjanaises | ORGANIZATION | forces armées azerbaïdjanaises | - | AZ
          Le Groupe de Minsk de l'OSCE se réunira à Genève la semaine prochaine. | Groupe de Minsk de l'OSCE | ORGANIZATION | Groupe de Minsk de l'OSCE | - | -
          Il a appelé l'Arménie et l'Azerbaïdjan à cesser le feu. | Arménie | LOCATION | Arménie | - | AM
          Les pourparlers entre Bakou et Erevan sur le Haut-Karabagh reprendront. | Haut-Karabagh | LOCATION | Haut-Karabakh | - | AZ
          Le ministère azerbaïdjanais de la Défense a publié un bilan. Le ministère a ajouté que deux soldats étaient blessés. | ministère azerbaïdjanais de la Défense | ORGANIZATION | ministère azerbaïdjanais de la Défense | - | AZ
          Dans un entretien avec Izvestia, le diplomate a répondu aux questions. | Izvestia | ORGANIZATION | Izvestia | - | -
          Mouammar Kadhafi a parlé à la télévision. Les forces fidèles à Kadhafi ont bombardé la ville. | Kadhafi | PERSON | Mouammar Kadhafi | - | -
          """)
  void entityIsFoundTypedAndNamed(
      String text, String mention, EntityType type, String canonical, String role, String country) {
    Article article = analyze(text);
    Entity entity =
        find(article, mention)
            .orElseThrow(() -> new AssertionError(mention + " not in " + names(article)));
    assertEquals(type, entity.type(), names(article));
    assertEquals(canonical, entity.canonical());
    assertEquals(role, entity.role());
    assertEquals(country, entity.country());
  }

  @ParameterizedTest(name = "no entity {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le Premier ministre arménien Nikol Pachinian a parlé. | Premier ministre
          Mme Maria Zakharova a répondu aux journalistes. | Mme Maria Zakharova
          Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé. | Affaires étrangères
          Les diplomates russes ont quitté la salle. | russes
          Abonnée aux manifestations, cette militante n'a jamais manqué un rassemblement. | Abonnée
          Interrogés par l'AFP, des habitants ont décrit les combats de la nuit. | Interrogés
          """)
  void rolesTitlesAndAdjectivesAreNotNames(String text, String notAnEntity) {
    Article article = analyze(text);
    assertTrue(find(article, notAnEntity).isEmpty(), names(article));
    for (Entity e : article.entities()) {
      if (e.type() == EntityType.PERSON) {
        assertFalse(e.text().startsWith("M.") || e.text().startsWith("Mme"), e.text());
      }
    }
  }

  @ParameterizedTest(name = "{1} is not a place in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Les Tripolitains ont été réveillés par des explosions dans la nuit. | Tripolitains
          Des milliers de Benghaziotes ont fêté la nouvelle sur la place. | Benghaziotes
          """)
  void inhabitantsAreNotTheirPlace(String text, String demonym) {
    Article article = analyze(text);
    find(article, demonym)
        .ifPresent(e -> assertTrue(e.type() != EntityType.LOCATION, names(article)));
  }

  @ParameterizedTest(name = "{1} stays a place in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Nice a accueilli le sommet des ministres européens. | Nice
          Amiens et Orléans ont voté pour la première fois. | Orléans
          """)
  void aPlaceThatLooksLikeAWordOrAGentileStaysAPlace(String text, String place) {
    Article article = analyze(text);
    Entity e =
        find(article, place)
            .orElseThrow(() -> new AssertionError(place + " not in " + names(article)));
    assertEquals(EntityType.LOCATION, e.type());
  }

  @Test
  void placesAreGeocodedAndActorsMarked() {
    Article article =
        analyze("Moscou a condamné la frappe. Des diplomates se sont réunis à Prague.");
    Entity moscow = find(article, "Moscou").orElseThrow();
    assertNotNull(moscow.geo());
    assertEquals("RU", moscow.geo().country());
    assertTrue(moscow.actor());
    Entity prague = find(article, "Prague").orElseThrow();
    assertEquals("CZ", prague.geo().country());
    assertFalse(prague.actor());
  }

  @ParameterizedTest(name = "{1} acts: {2}, in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Damas a démenti toute implication dans l'attaque. | Damas | true
          La Turquie fait pression sur ses alliés. | Turquie | true
          Les blessés de Homs sont soignés dans un hôpital de campagne. | Homs | false
          Au Caire ont eu lieu de nouvelles manifestations. | Caire | false
          """)
  void aPlaceActsOnlyAsTheSubjectOfItsVerb(String text, String place, boolean acts) {
    Article article = analyze(text);
    Entity e =
        find(article, place)
            .orElseThrow(() -> new AssertionError(place + " not in " + names(article)));
    assertEquals(acts, e.actor());
  }

  @Test
  void aVillageTheGazetteerLacksIsFlaggedNotMisplaced() {
    Article article =
        analyze(
            "L'armée azerbaïdjanaise a frappé le village de Parukh, au Haut-Karabakh, en"
                + " Azerbaïdjan.");
    for (Entity e : article.entities()) {
      if (e.text().equals("Parukh")) {
        assertTrue(e.geo() == null ? e.unresolved() : "AZ".equals(e.geo().country()), e.toString());
      }
    }
  }

  /** A name that is also a common word or a company: placed in France when France is the topic. */
  @Test
  void homonymsOfCommonWordsStayInTheArticlesCountry() {
    Article article =
        analyze("En France, les manifestants ont défilé à Nice, à Tours et à Orange samedi.");
    for (Entity e : article.entities()) {
      if (e.geo() != null && List.of("Nice", "Tours", "Orange").contains(e.text())) {
        assertEquals("FR", e.geo().country(), e.toString());
      }
    }
    assertTrue(find(article, "Nice").flatMap(e -> Optional.ofNullable(e.geo())).isPresent());
  }

  @Test
  void otherScriptsAndLongNameListsEndInBoundedTime() {
    Article mixed =
        analyze(
            "Le président Владимир Путин a reçu محمد بن سلمان à Москва, puis s'est rendu à"
                + " Paris.");
    assertTrue(find(mixed, "Paris").isPresent(), names(mixed));
    StringBuilder list = new StringBuilder("Les signataires de la pétition sont ");
    String[] first = {"Anna", "Ivan", "Marie", "Pierre", "Olga", "Karim", "Lina", "Paul", "Eva"};
    String[] last = {"Petrov", "Martin", "Haddad", "Smirnova", "Durand", "Aliyev", "Nguyen"};
    for (int i = 0; i < 5_000; i++) {
      list.append(first[i % first.length]).append(' ').append(last[(i / 9) % last.length]);
      list.append(i % 10 == 9 ? ". Puis " : ", ");
    }
    Article names = analyze(list.append("et Jean Dupont.").toString());
    assertTrue(names.entities().size() > 1000, "found " + names.entities().size());
    long persons = names.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
    assertTrue(persons > names.entities().size() / 2, "persons " + persons);
  }

  private static String names(Article article) {
    return article.entities().stream()
        .map(
            e ->
                e.text()
                    + "/"
                    + e.type()
                    + "/"
                    + e.canonical()
                    + "/"
                    + e.role()
                    + "/"
                    + e.country())
        .collect(Collectors.joining("; "));
  }
}
