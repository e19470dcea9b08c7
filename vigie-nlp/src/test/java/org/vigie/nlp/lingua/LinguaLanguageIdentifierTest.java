package org.vigie.nlp.lingua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinguaLanguageIdentifierTest {
  private static final LinguaLanguageIdentifier IDENTIFIER =
      new LinguaLanguageIdentifier(List.of("fr", "en", "de", "es", "it"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | La Russie fait des efforts vigoureux pour le règlement du conflit du Haut-Karabagh.",
        "en | Russia is making vigorous efforts to settle the Nagorno-Karabakh conflict.",
        "de | Russland unternimmt energische Anstrengungen zur Beilegung des Konflikts.",
        "es | Rusia hace esfuerzos enérgicos para resolver el conflicto de Nagorno Karabaj.",
        "it | La Russia sta facendo sforzi vigorosi per risolvere il conflitto del Karabakh.",
      })
  void identifiesTheLanguageOfANewsSentence(String expected, String text) {
    assertEquals(expected, IDENTIFIER.identify(text).code());
  }

  @Test
  void unknownCodesAreRejectedWithTheirName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new LinguaLanguageIdentifier(List.of("xx")));
    assertEquals("unknown language code 'xx'", e.getMessage());
  }
}
