package org.vigie.eval.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference scorer's text matching, one behaviour per row. */
class GoldTextTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "L’Élysée a «répondu»|l'elysee a \"repondu\"",
        "  deux   espaces\u00a0insécables\u202f!  |deux espaces insecables !",
        "ﬁn de l’ŒUVRE|fin de l'œuvre",
      })
  void foldsAsTheReferenceDoes(String raw, String folded) {
    assertEquals(folded, GoldText.norm(raw));
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "le ministre a déclaré|Le Ministre a DÉCLARÉ hier|1.0",
        "la la la|la|0.3333333333333333",
        "un deux trois quatre cinq|un deux trois quatre|0.8",
        "« »|n'importe quoi|0.0",
      })
  void coverCountsEachTextWordOnce(String snippet, String text, double expected) {
    assertEquals(expected, GoldText.cover(snippet, text), 1e-9);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Alain Juppé|M. Juppé",
        "Sergueï Lavrov|le ministre Sergueï Lavrov",
        "Observatoire syrien des droits de l'Homme|l'Observatoire syrien des droits de l'homme (OSDH)",
      })
  void speakersMatchBySurnameOrOverlap(String gold, String predicted) {
    assertTrue(GoldText.speakerMatches(gold, predicted));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Alain Juppé|Alain Delon",
        "Conseil national de transition libyen|le Conseil de sécurité",
        "Mme Clinton|''",
      })
  void otherSpeakersDoNotMatch(String gold, String predicted) {
    assertFalse(GoldText.speakerMatches(gold, predicted));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"le 3 juillet|3 juillet", "jusqu'au 5 mai|5 mai", "d'ici lundi|ici lundi"})
  void leadingArticlesAndPrepositionsAreSetAside(String text, String stripped) {
    assertEquals(stripped, GoldText.stripLead(GoldText.norm(text)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "libya__2011-03-22__ext_48.json,TUNE",
    "libya__2011-03-22__ext_107.json,CHECK",
    "syria__2012-10-04__gv_4.json,TUNE",
    "egypt__2011-02-07__gv_0.json,TUNE"
  })
  void theSplitFollowsTheArticleNumber(String file, DevSplit split) {
    assertTrue(split.includes(file));
    assertFalse((split == DevSplit.TUNE ? DevSplit.CHECK : DevSplit.TUNE).includes(file));
    assertTrue(DevSplit.ALL.includes(file));
  }
}
