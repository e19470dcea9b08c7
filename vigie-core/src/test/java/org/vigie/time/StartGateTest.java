package org.vigie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recogniser tries each pattern only where {@link StartGate} says it can begin; it must find
 * exactly what a scan of every position finds.
 */
class StartGateTest {
  private static final FrenchTimexRecognizer RECOGNIZER = new FrenchTimexRecognizer();

  private static void sameAsFullScan(String text) {
    List<FrenchTimexRecognizer.Candidate> gated = RECOGNIZER.find(text, 1000, true);
    List<FrenchTimexRecognizer.Candidate> scanned = RECOGNIZER.find(text, 1000, false);
    assertEquals(scanned, gated, text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le 1er mai 1962, les combats ont repris vers 5 h 30 du matin.",
        "Du 19 au 25 septembre 2019, puis la nuit de lundi à mardi.",
        "Il y a quatre jours, l’an dernier, au printemps 2011 et à Noël.",
        "Les années 1990, le XXe siècle, fin septembre 2020, mi-juillet.",
        "Publié le 27/06/2013 | 10:45, mis à jour à 22H00 GMT lundi.",
        "Chaque semaine, quotidiennement, ces derniers mois, un quinquennat.",
        "Le lendemain soir, deux jours plus tard, ce jour-là, la veille.",
        "En fin de journée, dans la soirée, hier matin, aujourd'hui à midi.",
        "Actuellement, à l’heure actuelle, récemment, bientôt, désormais.",
        "MARDI 12 NOVEMBRE, Lundi de Pâques, la Toussaint 2019, l'Ascension.",
        "mot2011 a12h b1/2/2003 x-lundi 3,5 jours 1 500 personnes en 2020.",
      })
  void frenchConstructionsAreFoundAsAFullScanFindsThem(String text) {
    sameAsFullScan(text);
    assertFalse(RECOGNIZER.find(text, 1000, true).isEmpty(), text);
  }

  /** Seeded junk from time words, digits, punctuation and other scripts, glued or spaced. */
  @Test
  void seededJunkGivesTheSameCandidates() {
    String[] pieces = {
      "le ",
      "la ",
      "l’",
      "l'",
      "du ",
      "de ",
      "fin ",
      "mi-",
      "mars",
      "Mars",
      "août",
      "sept.",
      "lundi",
      "DIMANCHE",
      "soir",
      "nuit ",
      "hier",
      "1er ",
      "12",
      "2011",
      "99999",
      "h",
      "H",
      ":",
      "/",
      "-",
      ".",
      ",",
      " ",
      "\u00A0",
      "\u202F",
      "\n",
      "«",
      "é",
      "É",
      "ǅ",
      "ſ",
      "İ",
      "١٢",
      "日",
      "😀",
      "vers ",
      "il y a ",
      "ans",
      "jours",
      "Noël",
      "Pâques",
      "années ",
      "XXe siècle",
      "à ",
      "UTC+01:00",
      "(",
      ")",
      "trois",
      "vingt-cinq",
      "chaque ",
      "x",
      "0"
    };
    Random random = new Random(20261203L);
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(80);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      sameAsFullScan(text.toString());
    }
  }
}
