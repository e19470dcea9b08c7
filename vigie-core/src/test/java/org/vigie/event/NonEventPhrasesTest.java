package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.time.TimeExpressions;

/**
 * A trigger word inside a fixed phrase or a name is no event: one row per phrase kind, and the
 * look-alikes that do state an event.
 */
class NonEventPhrasesTest {
  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An opinion, not an agreement reached; a longer trigger around the phrase still counts.
        "Je suis d'accord avec le ministre sur ce point. | AGREE | false",
        "Paris agit en accord avec ses alliés européens. | AGREE | false",
        "Les deux camps sont tombés d'accord sur une trêve. | AGREE | true",
        "Les ministres se sont mis d'accord sur un calendrier. | AGREE | true",
        // A noun of place or of means.
        "Les corps gisaient encore sur le champ de bataille. | ASSAULT | false",
        "Le pays a modernisé sa force de frappe nucléaire. | ASSAULT | false",
        // The adjective "critique".
        "Trois blessés se trouvent dans un état critique. | ACCUSE | false",
        "Le député a critiqué la décision du gouvernement. | ACCUSE | true",
        // "soutenir que" is a claim.
        "Le ministre a soutenu que l'armée n'avait rien fait. | SUPPORT | false",
        "Moscou a soutenu le régime au Conseil de sécurité. | SUPPORT | true",
        // Shots fired for joy.
        "Des tirs de joie ont retenti dans la capitale. | ASSAULT | false",
        // An interview given to a medium is a statement; a meeting somewhere is an event.
        "Dans un entretien accordé à un quotidien, le général dément tout. | CONSULT | false",
        "Dans un entretien à la télévision, le ministre a nié les faits. | CONSULT | false",
        "Lors d'un entretien à Tunis avec le président, l'émissaire a parlé. | CONSULT | true",
        // "entretenir" without its reflexive pronoun is to keep up.
        "La rumeur est entretenue par les réseaux sociaux. | CONSULT | false",
        "Le pays avait entretenu des liens étroits avec le régime. | CONSULT | false",
        "Le ministre s'est longuement entretenu avec son homologue. | CONSULT | true"
      })
  void phraseHoldsNoEvent(String sentence, String type, boolean event) {
    assertEquals(event, Sentences.hasType(sentence, type), Sentences.events(sentence).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le Conseil de coopération du Golfe a publié un communiqué. | Conseil de coopération du"
            + " Golfe | COOPERATE",
        "Les membres de l'Organisation pour l'interdiction des armes chimiques sont arrivés. |"
            + " Organisation pour l'interdiction des armes chimiques | COERCE"
      })
  void triggerInsideAnOrganisationNameIsNoEvent(String sentence, String name, String type) {
    int start = sentence.indexOf(name);
    Entity org =
        new Entity(start, start + name.length(), name, EntityType.ORGANIZATION, name, null);
    List<Event> withName =
        Sentences.EXTRACTOR
            .extract(
                sentence,
                Sentences.of(sentence),
                List.of(org),
                new TimeExpressions(List.of(), "2020-11-10", false),
                List.of())
            .events();
    assertEquals(
        false, withName.stream().anyMatch(e -> e.type().equals(type)), withName.toString());
    // Without the name, the word is read as a trigger: the row tests the name, not the lexicon.
    assertEquals(true, Sentences.events(sentence).stream().anyMatch(e -> e.type().equals(type)));
  }
}
