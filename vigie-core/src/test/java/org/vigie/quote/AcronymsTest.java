package org.vigie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Acronyms expanded in parentheses, one French shape per row; "-" when none is learnt. */
class AcronymsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Selon l'Organisation mondiale de la santé (OMS), l'épidémie recule. | OMS | Organisation mondiale de la santé
          Médecins sans frontières (MSF) a ouvert un hôpital. | MSF | Médecins sans frontières
          La Ligue des droits de l'homme (LDH) proteste. | LDH | Ligue des droits de l'homme
          Le Mouvement du 6 avril (M6A) appelle à manifester. | M6A | Mouvement du 6 avril
          Il a été blessé (AFP) hier soir. | AFP | -
          Le prix a baissé (de 20 %) en mars. | de | -
          """)
  void expandsAnAcronymFromTheWordsBeforeIt(String text, String acronym, String expansion) {
    assertEquals("-".equals(expansion) ? null : expansion, Acronyms.expanded(text).get(acronym));
  }
}
