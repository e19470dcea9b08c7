package org.vigie.nlp.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.nlp.Engines;
import org.vigie.text.Rewrite;
import org.vigie.text.normalize.GluedWordSplitter;
import org.vigie.text.normalize.TypographyNormalizer;

/** The splitter over the real French lexicon, on sentences of the seed articles. */
class GluedWordSplitterFrenchTest {
  private static final GluedWordSplitter SPLITTER = new GluedWordSplitter(Engines.frenchLexicon());
  private static final TypographyNormalizer NORMALIZER = new TypographyNormalizer();

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "~dans le bulletin d’information du 26mars du ministère russe~"
            + " | ~dans le bulletin d'information du 26 mars du ministère russe~",
        "la déclaration trilatérale du 9novembre 2020 signée | la déclaration trilatérale du 9"
            + " novembre 2020 signée",
        "~a déclaré que les 24 et 25mars~ | ~a déclaré que les 24 et 25 mars~",
        "~avec des drones BayraktarTB2dans la section du village~"
            + " | ~avec des drones Bayraktar TB2 dans la section du village~",
        "~le renforcement de la confianceLe chef du ministère russe~"
            + " | ~le renforcement de la confiance. Le chef du ministère russe~",
        "~le conflit entre Erevan et BakouLe Haut-Karabakh porté au niveau~"
            + " | ~le conflit entre Erevan et Bakou. Le Haut-Karabakh porté au niveau~",
        "à 15heures | à 15 heures",
        "3millions de réfugiés | 3 millions de réfugiés",
        "depuis 30ans | depuis 30 ans",
        "~aujourd’huiLe chef~ | ~aujourd'hui. Le chef~",
        "~selon l’ONULe chef~ | ~selon l'ONU. Le chef~",
        "a déclaréElle a | a déclaré. Elle a",
      })
  void splitsTheSeedArticlesGluedWords(String raw, String expected) {
    Rewrite typeset = NORMALIZER.normalize(raw);
    assertEquals(expected, SPLITTER.split(typeset.text()).text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "aujourd'hui",
        "Haut-Karabakh",
        "McDonald",
        "iPhone",
        "TB2",
        "YouTube",
        "LinkedIn",
        "PlayStation",
        "WhatsApp",
        "eBay",
        "78e",
        "1er",
        "2e",
        "3ème",
        "XXIe",
        "10km",
        "5G",
        "G20",
        "COVID-19",
        "B2B",
        "4x4",
        "2020-09-30",
        "14h30",
        "14h",
        "h24",
        "MHz",
        "ARMENPRESS",
        "OTAN",
        "l'ONU",
        "d'Erevan",
        "Nagorny-Karabakh",
        "Mme",
        "M.",
        "https://iz.ru/video/embed/1578497#inside",
        "sergei.lavrov@mid.ru",
        "#Syrie",
        "@Lavrov",
        "getElementById",
        "setTimeout",
        "parseInt",
        "macOS",
        "chatGPT",
        "ChatGPT",
        "OpenAI",
        "BlaBlaCar",
        "DeepMind",
        "SoundCloud",
        "PowerPoint",
        "TotalEnergies",
        "BioNTech",
        "AstraZeneca",
        "McKinsey",
        "iOS",
        "eSport",
        "A320neo",
        "5min",
        "12bis",
        "2nde",
        "1ère"
      })
  void leavesRealWordsAndNamesAlone(String word) {
    String text = "Il cite " + word + " ici.";
    Rewrite rewrite = SPLITTER.split(text);
    assertSame(text, rewrite.text());
    assertEquals(List.of(), rewrite.repairs());
  }
}
