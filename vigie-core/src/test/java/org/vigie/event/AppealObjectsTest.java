package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.model.Event;
import org.vigie.time.TimeExpressions;

/** An appeal with its addressee before the act asked for; one row per construction. */
class AppealObjectsTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The addressee, then "à" and an infinitive.
        "Le ministre a appelé les deux camps à reprendre le dialogue. | true",
        "Le gouvernement a appelé dimanche ses ressortissants à quitter le pays. | true",
        "Les opposants ont appelé sur Facebook à manifester vendredi. | true",
        "L'Union africaine exhorte le président à cesser la répression. | true",
        // An addressee with a complement, or quoted.
        "La Ligue a appelé le Conseil de sécurité de l'ONU à imposer une zone d'exclusion. | true",
        "Paris a appelé les autorités «à mettre fin sans délai à la violence». | true",
        "Les fidèles prient d'une seule voix pour le salut de leur pays. | false",
        "Je me demande combien de temps mettra la police avant de la relâcher. | false",
        // The addressee, then "de" and an infinitive, a negation or a clitic.
        "Le ministre demande au peuple de ne pas descendre dans la rue. | true",
        "Le préfet a prié les habitants de rester chez eux. | true",
        // An object pronoun before the infinitive; an article before a noun is none.
        "Le ministre a prié le préfet de la relâcher sans délai. | true",
        "Le ministre a appelé son homologue de la capitale voisine. | false",
        // The passive: the addressee is the subject.
        "Le gouverneur a été prié de quitter ses fonctions. | true",
        // No act asked for: no appeal.
        "Le ministre a appelé son homologue turc mardi soir. | false",
        "Le pays a reçu une demande d'asile de la famille. | false",
        "Le président a invité ses hôtes au palais de la conférence. | false",
        // "prier" without an act asked for is worship.
        "Les fidèles ont prié pour les victimes de l'attentat. | false",
        // A clause break between the verb and the act.
        "Le ministre a appelé son homologue, à prendre avec prudence. | false"
      })
  void appealWithAddressee(String sentence, boolean appeal) {
    boolean found = Sentences.events(sentence).stream().anyMatch(e -> e.type().equals("REQUEST"));
    assertEquals(appeal, found, Sentences.events(sentence).toString());
  }

  /** A few readings of a French lexicon: what ends like an infinitive without being one. */
  private static final Lexicon LEXICON =
      form ->
          switch (form) {
            case "notre", "votre" -> List.of(new WordForm(form, form, "D e s"));
            case "libre" -> List.of(new WordForm(form, form, "J e s"));
            case "rester" -> List.of(new WordForm(form, form, "V inf"));
            case "être" -> List.of(new WordForm(form, form, "V etre inf"));
            default -> List.of();
          };

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A determiner or an adjective after "de" ends as an infinitive would: no act asked for.
        "Le maire a invité les habitants de notre quartier à une fête. | false",
        "Le parti a appelé les électeurs de votre région aux urnes. | false",
        // The lexicon's infinitive, and a form it does not know read by its ending.
        "Le préfet a prié les habitants de rester chez eux. | true",
        "Le préfet a invité les habitants à évacuer la zone. | true",
        // An auxiliary's infinitive ("V etre inf") is an infinitive too.
        "Le président a appelé les partis à être responsables. | true"
      })
  void infinitiveIsTheLexiconsPartOfSpeech(String sentence, boolean appeal) {
    EventExtractor extractor = new EventExtractor(LEXICON);
    List<Event> events =
        extractor
            .extract(
                sentence,
                Sentences.of(sentence),
                List.of(),
                new TimeExpressions(List.of(), "2020-11-10", false),
                List.of())
            .events();
    assertEquals(appeal, events.stream().anyMatch(e -> e.type().equals("REQUEST")), "" + events);
  }
}
