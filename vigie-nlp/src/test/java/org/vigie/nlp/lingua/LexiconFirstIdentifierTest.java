package org.vigie.nlp.lingua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.language.DetectedLanguage;
import org.vigie.language.LanguageIdentifier;
import org.vigie.language.LexiconFirstIdentifier;
import org.vigie.nlp.lexicon.FrenchLexicon;

/**
 * French text is told by the French lexicon's words; any other text, or too short a text, goes to
 * the identifier behind (here a stand-in answering "xx").
 */
class LexiconFirstIdentifierTest {
  private static final LanguageIdentifier OTHER =
      new LanguageIdentifier() {
        @Override
        public Set<String> candidates() {
          return Set.of("fr", "xx");
        }

        @Override
        public DetectedLanguage identify(String text) {
          return new DetectedLanguage("xx", 1, "stand-in");
        }
      };

  private static final LexiconFirstIdentifier IDENTIFIER =
      new LexiconFirstIdentifier("fr", FrenchLexicon.instance(), OTHER);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "French news prose | Les manifestants ont envahi mardi matin la grande place du centre de"
            + " la capitale pour réclamer le départ du gouvernement, tandis que la police tentait"
            + " de contenir la foule sans recourir à la force, selon plusieurs témoins présents sur"
            + " les lieux. | fr | lexicon",
        "Spanish | Los manifestantes invadieron el martes por la mañana la gran plaza del centro"
            + " de la capital para exigir la salida del gobierno, mientras la policía intentaba"
            + " contener a la multitud sin recurrir a la fuerza, según varios testigos. | xx |"
            + " stand-in",
        "English | The protesters stormed the main square of the capital on Tuesday morning to"
            + " demand that the government step down, while the police tried to contain the crowd"
            + " without using force, according to several witnesses at the scene. | xx | stand-in",
        "Italian | I manifestanti hanno invaso martedì mattina la grande piazza del centro della"
            + " capitale per chiedere le dimissioni del governo, mentre la polizia cercava di"
            + " contenere la folla senza ricorrere alla forza, secondo diversi testimoni. | xx |"
            + " stand-in",
        "French too short to judge | La trêve tient toujours ce matin. | xx | stand-in",
      })
  void frenchIsToldByItsWordsAndEverythingElseIsAskedOfTheIdentifier(
      String rule, String text, String code, String how) {
    DetectedLanguage detected = IDENTIFIER.identify(text);
    assertEquals(code, detected.code(), rule);
    assertEquals(how, detected.how(), rule);
  }
}
