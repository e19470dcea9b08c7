package org.vigie.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.text.normalize.RewriteChecks.assertSound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.model.Repair;
import org.vigie.text.Rewrite;

class TypographyNormalizerTest {
  private static final TypographyNormalizer NORMALIZER = new TypographyNormalizer();

  @ParameterizedTest(name = "[{index}] {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        // NFC
        "~e\u0301te\u0301~ | été | decomposed accents compose",
        "~Ame\u0301lie Poulain~ | Amélie Poulain | a combining acute after an ASCII letter",
        "~c\u0327a~ | ça | a combining cedilla",
        "~\u212Bngstr\u00F6m~ | Ångström | the angstrom sign is a singleton for NFC",
        // Apostrophes
        "~l\u2019ONU~ | l'ONU | elided article",
        "~aujourd\u2019hui~ | aujourd'hui | apostrophe inside a word",
        "~qu\u2019il a dit~ | qu'il a dit | elided conjunction",
        "~l\u2018armée~ | l'armée | wrong-way quote used as an apostrophe",
        "~l\u02BCarmée~ | l'armée | modifier letter apostrophe",
        "~l\u00B4armée~ | l'armée | acute accent used as an apostrophe",
        "~l`armée~ | l'armée | grave accent used as an apostrophe",
        "~l\u2032armée~ | l'armée | prime used as an apostrophe",
        "~le \u2018oui\u2019, puis~ | ~le \u2018oui\u2019, puis~ | single quotation marks around a word stay",
        "~\u2018l\u2019homme\u2019~ | ~\u2018l'homme\u2019~ | an apostrophe inside single quotes",
        "~les pays\u2019 voisins~ | ~les pays\u2019 voisins~ | after a letter and before a space it stays",
        "~5\u2032 30~ | ~5\u2032 30~ | a prime after a digit stays",
        "~a `b`~ | ~a `b`~ | backquotes around code stay",
        // Quotation marks
        "~« Nous restons »~ | ~« Nous restons »~ | guillemets stay",
        "~\u201Foui\u201D~ | ~\u201Coui\u201D~ | reversed double quote folds to the opening one",
        "~un écran de 12\u2033~ | ~un écran de 12\"~ | double prime folds to the ASCII quote",
        "~\uFF02oui\uFF02~ | ~\"oui\"~ | fullwidth quote folds to the ASCII quote",
        "~\u201A\u201Aja\u201C~ | ~\u201Eja\u201C~ | two low single quotes are one low double quote",
        "~un\u201A deux~ | ~un\u201A deux~ | a lone low single quote stays",
        "~<<Nous restons>>~ | ~«Nous restons»~ | ASCII stand-ins for guillemets",
        "~x <<< y >>> z~ | ~x <<< y >>> z~ | three angle brackets are not guillemets",
        "~«\u00A0Nous\u00A0»~ | ~« Nous »~ | no-break spaces inside guillemets",
        "~«\u202FNous\u202F»~ | ~« Nous »~ | narrow no-break spaces inside guillemets",
        // Spaces
        "~a\u00A0b~ | a b | no-break space",
        "~a\u202Fb~ | a b | narrow no-break space",
        "~12\u2007000~ | 12 000 | figure space",
        "~a\u2009b~ | a b | thin space",
        "~a\u2003b~ | a b | em space",
        "~a\u205Fb~ | a b | medium mathematical space",
        "~a\u3000b~ | a b | ideographic space",
        "~a  b~ | a b | two spaces",
        "~a \u00A0 \u2009b~ | a b | a run of mixed spaces",
        "~a\tb~ | a b | a tab",
        "~a\u2028b~ | ~a\nb~ | line separator",
        "~a \n\n b~ | ~a \n\n b~ | line breaks are never touched",
        "~déclaré\u202F: oui~ | ~déclaré : oui~ | narrow no-break space before a colon",
        // Dashes
        "~Haut\u2010Karabakh~ | Haut-Karabakh | hyphen",
        "~Haut\u2011Karabakh~ | Haut-Karabakh | non-breaking hyphen",
        "~\u22125 °C~ | ~-5 °C~ | minus before a digit",
        "~3\u22122~ | 3-2 | minus between digits",
        "~a \u2212 b~ | ~a \u2212 b~ | minus away from digits stays",
        "~— dit-il – puis~ | ~— dit-il – puis~ | en and em dashes stay",
        // Ellipsis
        "~Et puis...~ | ~Et puis...~ | three dots stay",
        "~Et puis…~ | ~Et puis…~ | the ellipsis char stays",
        // Invisible chars
        "~inter\u00ADnational~ | international | soft hyphen",
        "~ab\u200Bcd~ | abcd | zero-width space",
        "~ab\u200Ccd\u200Def~ | abcdef | zero-width joiners",
        "~ab\u2060cd~ | abcd | word joiner",
        "~\uFEFFTexte~ | Texte | byte order mark",
        "~a\u200Eb\u200Fc~ | abc | directional marks",
        "~a\u202Ab\u202Cc\u202Ed~ | abcd | bidi embeddings",
        "~a\u2066b\u2069c~ | abc | bidi isolates",
        "~a \u200B b~ | a b | spaces around a removed char collapse",
        // Mojibake
        "~Ã©tÃ©~ | été | e acute",
        "~rÃ¨gle~ | règle | e grave",
        "~Ã\u00A0 Paris~ | à Paris | a grave, its no-break space intact",
        "~voilÃ  tout~ | voilà tout | a grave whose no-break space became a space",
        "~Ãªtre~ | être | e circumflex",
        "~franÃ§ais~ | français | c cedilla",
        "~cÃ´te~ | côte | o circumflex",
        "~naÃ®tre~ | naître | i circumflex",
        "~Ã‰tat~ | État | capital E acute (cp1252 per mille)",
        "~Ã€ Paris~ | À Paris | capital A grave (cp1252 euro)",
        "~Ã‡a~ | Ça | capital C cedilla",
        "~Å“uvre~ | œuvre | oe ligature",
        "~lâ€™armée~ | l'armée | right quote used as apostrophe",
        "~â€œouiâ€\u009d~ | ~\u201Coui\u201D~ | double quotes, one through a C1 control",
        "~Â«\u00A0ouiÂ\u00A0Â»~ | ~« oui »~ | guillemets and no-break spaces",
        "~100Â km~ | 100 km | a lone Â before a space was a no-break space",
        "~Ã©tÃ~ | ~étÃ~ | a lead char at the end stays",
        "~â\u0081x~ | ~â\u0081x~ | a C1 control that does not make a valid sequence stays",
        "~â€”~ | — | em dash",
        "~â€¦~ | … | ellipsis",
        "~â‚¬~ | € | euro",
        "~ï»¿Texte~ | Texte | BOM read as cp1252, then removed",
        "~PaÅ¡iniÄ‡~ | Pašinić | Latin Extended-A",
      })
  void normalises(String input, String expected, String behaviour) {
    Rewrite rewrite = NORMALIZER.normalize(input);
    assertEquals(expected, rewrite.text(), behaviour);
    assertSound(input, rewrite);
  }

  @ParameterizedTest(name = "[{index}] «{0}»")
  @ValueSource(
      strings = {
        "Ça va.",
        "À Paris.",
        "Â",
        "Ã",
        "SÃO PAULO",
        "SÃ O",
        "ÂGE",
        "L'âge d'or",
        "naïve Noël",
        "Åsa Larsson",
        "ÇA",
        "un mâ€",
        "ESPAÑA»",
        "ÉTÉ»",
        "Ñ»",
        "Ð»",
        "São Paulo",
        "déjà « vu »",
        "Les Ã©lÃ©phants? Non : Ãx",
        "l'ONU",
        "",
        "Le 26 mars 2023, à 14h30.",
      })
  void correctTextIsNotTakenForMojibake(String input) {
    Rewrite rewrite = NORMALIZER.normalize(input);
    if (!input.contains("Ã©")) {
      assertEquals(input, rewrite.text());
    }
    assertTrue(
        rewrite.repairs().stream().noneMatch(r -> r.raw().equals(input)), "nothing to repair");
    assertSound(input, rewrite);
  }

  @Test
  void textWithNothingToChangeIsReturnedAsIs() {
    String text = "La Russie s'est déclarée « extrêmement préoccupée » par l'escalade.";
    Rewrite rewrite = NORMALIZER.normalize(text);
    assertSame(text, rewrite.text());
    assertEquals(List.of(), rewrite.repairs());
  }

  @Test
  void composingTwoCharsIntoOneKeepsTheMap() {
    Rewrite rewrite = NORMALIZER.normalize("de\u0301ja\u0300 vu");
    assertEquals("déjà vu", rewrite.text());
    int[] expected = {0, 1, 3, 4, 6, 7, 8, 9};
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], rewrite.toSource().toSource(k), "offset " + k);
    }
  }

  @Test
  void removedAndCollapsedCharsLeaveTheMapOnTheKeptOnes() {
    Rewrite rewrite = NORMALIZER.normalize("a\u00AD\u00A0 b");
    assertEquals("a b", rewrite.text());
    assertEquals(0, rewrite.toSource().toSource(0));
    assertEquals(2, rewrite.toSource().toSource(1), "the space is the no-break space");
    assertEquals(4, rewrite.toSource().toSource(2));
  }

  @Test
  void eachMojibakeWordIsOneRepairWithOffsetsIntoTheNewText() {
    String input = "Le rÃ©sumÃ© de lâ€™armÃ©e\u00A0: Â«\u00A0ouiÂ\u00A0Â».";
    Rewrite rewrite = NORMALIZER.normalize(input);
    assertEquals("Le résumé de l'armée : « oui ».", rewrite.text());
    assertEquals(
        List.of(
            new Repair(3, 9, "rÃ©sumÃ©", "résumé"),
            new Repair(13, 20, "lâ€™armÃ©e", "l'armée"),
            new Repair(23, 24, "Â«", "«"),
            new Repair(28, 30, "Â\u00A0Â»", " »")),
        rewrite.repairs());
    assertSound(input, rewrite);
  }

  @Test
  void typographyChangesAreNotRepairs() {
    assertEquals(List.of(), NORMALIZER.normalize("l\u2019ONU\u00A0: «\u00A0oui\u00A0»").repairs());
  }

  @Test
  void seededJunkNeverThrowsAndKeepsTheMapSound() {
    String alphabet =
        "aeézAZ09 .'<>\n\t\u00A0\u202F\u2019\u2018\u02BC\u201A\u2212\u2010\u00AD\u200B\uFEFF"
            + "\u0301\u0327\u0308\u20DD\u1161\u11A8\u212B\u2126ÃÂÅâïð€™©«»‰œ\u0081\u009D\u0000"
            + "\u0007\u001F\u007F\u2028\u3000가\uD83D\uDE00\uD800\uDC00";
    Random random = new Random(20240326L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder junk = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = junk.toString();
      Rewrite rewrite = NORMALIZER.normalize(input);
      assertEquals(rewrite.text().length(), rewrite.toSource().length());
      assertSound(input, rewrite);
    }
  }

  @Test
  void normalisingTwiceChangesNothingMore() {
    String input = "Ã©tÃ© l\u2019ONU\u00A0: «\u00A0oui\u00A0» — e\u0301 <<a>> \u2212 3\u22122";
    String once = NORMALIZER.normalize(input).text();
    assertEquals(once, NORMALIZER.normalize(once).text());
  }

  @Test
  void aTwentyMegabyteSingleLineIsBounded() {
    String unit = "l\u2019armée a déclaré\u00A0: «\u00A0Ã©tÃ©\u00A0» e\u0301  ";
    String line = unit.repeat(20_000_000 / unit.length());
    Rewrite rewrite =
        assertTimeout(Duration.ofSeconds(30), () -> NORMALIZER.normalize(line), "20 MB line");
    assertTrue(rewrite.text().startsWith("l'armée a déclaré : « été » é "));
    assertEquals(rewrite.text().length(), rewrite.toSource().length());
  }

  @Test
  void eightThreadsGetTheSameResultAsOne() throws Exception {
    List<String> texts = new ArrayList<>();
    Random random = new Random(7);
    for (int k = 0; k < 200; k++) {
      texts.add(
          "Texte "
              + k
              + " : l\u2019ONU, «\u00A0Ã©tÃ©\u00A0»"
              + "\u00A0".repeat(random.nextInt(3))
              + "e\u0301.");
    }
    List<Rewrite> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(NORMALIZER.normalize(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int k = 0; k < texts.size(); k++) {
                    assertEquals(expected.get(k), NORMALIZER.normalize(texts.get(k)));
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
