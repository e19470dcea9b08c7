package org.vigie.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.store.FrenchIndexAnalyzer;

/** Online clustering on French headlines: one behaviour per row. */
class StoryClustererTest {
  private static final FrenchIndexAnalyzer ANALYZER = new FrenchIndexAnalyzer();

  /** Background headlines, so document frequencies mean something. */
  private static final List<String> BACKGROUND =
      List.of(
          "Le gouvernement présente son budget pour 2021",
          "La Bourse de Paris termine en hausse jeudi",
          "Tour de France : victoire d'étape pour un Français",
          "Météo : des orages attendus dans le Sud-Ouest ce week-end",
          "Le prix de l'essence recule pour la troisième semaine",
          "Un nouveau vaccin contre la grippe autorisé en Europe",
          "Les syndicats appellent à la grève dans les transports",
          "La Ligue 1 reprend ses droits après la trêve hivernale");

  @ParameterizedTest(name = "{0} | {1} -> same story: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Haut-Karabakh : Moscou annonce un cessez-le-feu entre Bakou et Erevan"
            + " | Cessez-le-feu au Haut-Karabakh : Erevan et Bakou acceptent la trêve russe | true",
        "Xiaomi : pas de nouveaux Mi Max ni Mi Note cette annee"
            + " | Le PDG de Xiaomi annonce qu'il n'y aura pas de nouveau Mi Max | true",
        "Haut-Karabakh : Moscou annonce un cessez-le-feu entre Bakou et Erevan"
            + " | Xiaomi : pas de nouveaux Mi Max ni Mi Note cette annee | false",
        "Le prix de l'essence recule encore"
            + " | Tour de France : le maillot jaune conforte son avance | false",
      })
  void headlinesJoinTheirStoryAndOnlyIt(String first, String second, boolean same) {
    StoryClusterer clusterer = new StoryClusterer();
    int n = 0;
    for (String h : BACKGROUND) {
      clusterer.assign(StoryFeatures.ofHeadline("b" + n++, h, null, ANALYZER));
    }
    String a = clusterer.assign(StoryFeatures.ofHeadline("a", first, null, ANALYZER));
    String b = clusterer.assign(StoryFeatures.ofHeadline("b", second, null, ANALYZER));
    assertEquals(same, a.equals(b));
  }

  @Test
  void aStoryDoesNotReachAcrossItsTimeWindow() {
    StoryClusterer clusterer = new StoryClusterer();
    String h = "Haut-Karabakh : Moscou annonce un cessez-le-feu entre Bakou et Erevan";
    String a = clusterer.assign(StoryFeatures.ofHeadline("a", h, 18_000L, ANALYZER));
    String b = clusterer.assign(StoryFeatures.ofHeadline("b", h, 18_003L, ANALYZER));
    String c = clusterer.assign(StoryFeatures.ofHeadline("c", h, 18_100L, ANALYZER));
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void featuresSurviveTheirStoredForm() {
    StoryFeatures f =
        StoryFeatures.ofHeadline("x", "Zakharova : la Russie salue la trêve", 18_000L, ANALYZER);
    StoryFeatures back = StoryFeatures.decode("x", f.encode());
    assertEquals(f, back);
  }

  @Test
  void sameInputSameStoriesWhateverTheRun() {
    List<String> first = run();
    assertEquals(first, run());
  }

  private static List<String> run() {
    StoryClusterer clusterer = new StoryClusterer();
    List<String> out = new ArrayList<>();
    int n = 0;
    for (String h : BACKGROUND) {
      out.add(clusterer.assign(StoryFeatures.ofHeadline("h" + n++, h, null, ANALYZER)));
    }
    return out;
  }
}
