package org.vigie.text.damage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.model.Damage;

class DamageDetectorTest {
  /** Enough of a lexicon for the verb rule: a conditional, and a noun that is also a verb form. */
  private static final Map<String, List<WordForm>> WORDS =
      Map.of(
          "continuerait", List.of(new WordForm("continuerait", "continuer", "V con pres 3 s")),
          "ferme",
              List.of(
                  new WordForm("ferme", "ferme", "N f s"),
                  new WordForm("ferme", "fermer", "V ind pres 3 s")));

  private static final Lexicon LEXICON = form -> WORDS.getOrDefault(form, List.of());

  private final DamageDetector detector = new DamageDetector(LEXICON);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "elided article before a space   | le conflit entre l' et la Russie     | l'",
        "elided article, curly apostrophe | la guerre avec l’ a commencé         | l’",
        "determiner before a conjunction | l'Organisation pour la et la coopération | la et",
        "determiner before punctuation   | il a rencontré les , puis il est parti | les ,",
        "article that should elide       | un cessez-le-feu dans le occupé       | le occupé",
        "determiner before a verb        | M. Lavrov a déclaré que la continuerait à travailler | la continuerait",
        "a noun that is also a verb      | il a dit que la ferme était vendue    | null",
        "object pronoun after a subject  | il la continuerait volontiers         | null",
        "aspirated word                  | le onze novembre                       | null",
        "imperative pronoun              | prends-la et pars                      | null",
        "whole sentence                  | La Russie a exhorté les parties à la retenue. | null",
        "front page idiom                | il fait la une des journaux            | null",
      })
  void flagsEvidentGapsOnly(String rule, String text, String flagged) {
    List<Damage> found = detector.detect(text);
    if (flagged == null) {
      assertEquals(List.of(), found, rule);
    } else {
      assertEquals(1, found.size(), rule + ": " + found);
      Damage d = found.get(0);
      assertEquals(flagged, text.substring(d.start(), d.end()), rule);
      assertEquals("missing-words", d.kind());
    }
  }
}
