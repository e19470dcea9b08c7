package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Enlever" is an abduction when it takes people, not when it takes a thing away. */
class AbductionPatientsTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Les manifestants ont enlevé le drapeau du consulat. | false",
        "ILS ONT ENLEVÉ LE PORTRAIT DU GUIDE ! | false",
        "Ils lui ont enlevé le bandeau avant l'interrogatoire. | false",
        "Un soldat commence à enlever les sacs de sable du barrage. | false",
        "Des hommes armés ont enlevé des dizaines de villageois. | true",
        "La milice a enlevé trois ingénieurs turcs mardi. | true",
        "Les ravisseurs ont enlevé Rima devant son école. | true",
        "Le prêtre avait été enlevé le 30 juillet à Raqqa. | true",
        "L'enlèvement de deux diplomates a été revendiqué. | true"
      })
  void abductionTakesPeople(String sentence, boolean abduction) {
    assertEquals(
        abduction,
        Sentences.events(sentence).stream().anyMatch(e -> e.subtype().equals("abduction")),
        Sentences.events(sentence).toString());
  }
}
