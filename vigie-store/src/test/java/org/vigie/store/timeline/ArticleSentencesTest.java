package org.vigie.store.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A live blog's stamp and a list's bullet are layout: a timeline line starts at the statement. */
class ArticleSentencesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // live blog, stamp glued or spaced
        "20h01 : Les alliés s'accordent sur le commandement. | Les alliés s'accordent sur le commandement.",
        "0 h 15 : Tripoli demande une réunion du Conseil. | Tripoli demande une réunion du Conseil.",
        "16:30 - Des tirs sont entendus au port. | Des tirs sont entendus au port.",
        // list bullet
        "- Le Conseil de sécurité vote la résolution. | Le Conseil de sécurité vote la résolution.",
        "• Les rebelles reprennent la ville. | Les rebelles reprennent la ville.",
        // a duration or a count opening a sentence is the statement itself
        "12 h 30 de combats ont suivi l'annonce. | 12 h 30 de combats ont suivi l'annonce.",
        "24 civils ont été tués dimanche. | 24 civils ont été tués dimanche.",
      })
  void aLeadingStampOrBulletIsDropped(String sentence, String expected) {
    assertEquals(expected, ArticleSentences.withoutStamp(sentence));
  }
}
