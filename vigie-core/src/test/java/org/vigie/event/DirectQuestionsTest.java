package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A direct question reports no event; a statement before it in the sentence still does. */
class DirectQuestionsTest {
  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "L'aviation a-t-elle bombardé le quartier cette nuit ? | ASSAULT | false",
        "Que sait-on vraiment de l'attaque contre la caserne ? | ASSAULT | false",
        "Combien de civils ont été tués dans la région ? | ASSAULT | false",
        "Le général a lancé un ultimatum au président : prépare-t-il un putsch ? | THREATEN | true",
        "L'aviation a bombardé le quartier cette nuit. | ASSAULT | true"
      })
  void questionReportsNoEvent(String sentence, String type, boolean event) {
    assertEquals(event, Sentences.hasType(sentence, type), Sentences.events(sentence).toString());
  }
}
