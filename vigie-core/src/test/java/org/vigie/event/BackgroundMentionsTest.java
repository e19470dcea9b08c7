package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trigger words that name no specific occurrence are not event mentions; one row per construction,
 * and the ones that look alike but state an event.
 */
class BackgroundMentionsTest {
  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An infinitive of purpose or a generic statement: no event.
        "Un étudiant a brûlé un drapeau pour protester devant l'ambassade. | PROTEST | false",
        "Attaquer une ambassade revient à attaquer un pays. | ASSAULT | false",
        "Des volontaires sont venus se battre aux côtés des rebelles. | ASSAULT | false",
        // An infinitive that a verb makes happen, or that a cue marks: an event.
        "Les forces loyalistes continuent de bombarder la ville. | ASSAULT | true",
        "Les rebelles ont réussi à s'emparer de l'aéroport. | ASSAULT | true",
        "Le pays va déployer des troupes au nord. | MOBILIZE | true",
        // A noun of a stance or a movement, unless a light verb makes it happen.
        "Homs est un foyer de la contestation depuis le printemps. | PROTEST | false",
        "Le régime bénéficie du soutien de Moscou depuis des années. | SUPPORT | false",
        "Le Hezbollah a apporté son soutien au régime syrien mardi. | SUPPORT | true",
        "Les deux camps ont entamé un dialogue à Genève. | CONSULT | true",
        // A noun taken up by a demonstrative: told before.
        "Les habitants se souviennent encore de cette tuerie. | ASSAULT | false",
        // What someone stands against.
        "Des étudiants manifestent contre les bombardements. | ASSAULT | false",
        "Des étudiants manifestent contre les bombardements. | PROTEST | true",
        "Fuyant les combats, des familles gagnent la frontière. | ASSAULT | false",
        "À l'hôpital, les blessés attendent des médicaments. | ASSAULT | false",
        "Trois policiers ont été blessés par des pierres. | ASSAULT | true",
        // A detainee named as a person; an auxiliary before the participle tells an arrest.
        "Le décret prévoit la libération des détenus politiques. | COERCE | false",
        "Un ancien détenu raconte les interrogatoires nocturnes. | COERCE | false",
        "Selon l'ONG, 312 détenus ont été transférés vers le nord. | COERCE | false",
        "Deux militants sont détenus par la police militaire depuis lundi. | COERCE | true",
        // A weapon held or traded is no strike; fired, it is one.
        "Trois frégates équipées de missiles de croisière croisent au large. | ASSAULT | false",
        "Les rebelles auraient obtenu une vingtaine de roquettes antichars. | ASSAULT | false",
        "L'armée a tiré des missiles sur la ville dans la nuit. | ASSAULT | true",
        // A noun in -er is no infinitive.
        "Des tirs de mortier ont visé le quartier. | ASSAULT | true"
      })
  void backgroundMentionIsNoEvent(String sentence, String type, boolean event) {
    assertEquals(event, Sentences.hasType(sentence, type), Sentences.events(sentence).toString());
  }
}
