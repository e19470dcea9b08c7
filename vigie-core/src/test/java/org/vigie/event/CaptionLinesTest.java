package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A photo caption (a line ending with its credit) reports no event; one row per credit shape. */
class CaptionLinesTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A label and a name.
        "Un blindé incendié à l'entrée de la ville. Crédits photo : JEAN DUPONT/AFP | 0",
        "Des manifestants rassemblés devant la préfecture. Photo : Marie Martin | 0",
        "Des manifestants rassemblés devant la préfecture source: Collectif Lumière | 0",
        "Une colonne de chars déployée près de la frontière. Photo partagée par @temoin sur Twitter | 0",
        // A name and an agency after a slash, in parentheses or not.
        "Des policiers arrêtent un jeune homme, le 3 mai 2013. (PAUL DURAND / AFP) | 0",
        "Des soldats patrouillent dans le centre-ville. PIERRE LEROY/REUTERS | 0",
        // A copyright sign, a picture's file name.
        "Des secouristes après le bombardement du marché. © Agence Solidaire | 0",
        "Des soldats patrouillent dans le centre-ville 5f2a-11e0.jpg | 0",
        // Content lines: the credit is not at the end, or there is none.
        "Selon l'AFP, des soldats patrouillent dans le centre-ville. | 1",
        "(PAUL DURAND / AFP) Des soldats patrouillent dans le centre-ville. | 1",
        "Une source a indiqué que des soldats patrouillent dans le centre-ville. | 1"
      })
  void captionReportsNoEvent(String line, int events) {
    assertEquals(events, Sentences.events(line).size(), Sentences.events(line).toString());
  }

  @Test
  void onlyTheCaptionsOwnLine() {
    // The next line is content again.
    String text =
        "Des soldats patrouillent. Crédits photo : X/AFP\nDes soldats patrouillent dans la ville.";
    assertEquals(1, Sentences.events(text).size(), Sentences.events(text).toString());
  }
}
