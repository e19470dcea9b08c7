package org.vigie.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.text.normalize.RewriteChecks.SMALL_FRENCH;
import static org.vigie.text.normalize.RewriteChecks.assertOnlyInserts;
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
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Repair;
import org.vigie.text.OffsetMap;
import org.vigie.text.Rewrite;

class GluedWordSplitterTest {
  private static final GluedWordSplitter SPLITTER = new GluedWordSplitter(SMALL_FRENCH);

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "du 26mars du ministère | du 26 mars du ministère",
        "du 9novembre 2020 signée | du 9 novembre 2020 signée",
        "les 24 et 25mars | les 24 et 25 mars",
        "à 15heures | à 15 heures",
        "3millions de personnes | 3 millions de personnes",
        "12milliards | 12 milliards",
        "depuis 30ans | depuis 30 ans",
        "le 1erjanvier | le 1er janvier",
        "le 11septembre | le 11 septembre",
        "le 2mai | le 2 mai",
        "le 5août | le 5 août",
        "3,5millions | 3,5 millions",
        "(26mars) | (26 mars)",
        "des drones BayraktarTB2dans la section | des drones Bayraktar TB2 dans la section",
        "des drones TB2dans la section | des drones TB2 dans la section",
        "de la confianceLe chef du ministère | de la confiance. Le chef du ministère",
        "entre Erevan et BakouLe Haut-Karabakh | entre Erevan et Bakou. Le Haut-Karabakh",
        "dans la régionLes soldats | dans la région. Les soldats",
        "de la paixIl a dit | de la paix. Il a dit",
        "la tensionSelon lui | la tension. Selon lui",
        "aujourd'huiLe chef | aujourd'hui. Le chef",
        "l'arméeLes drones | l'armée. Les drones",
        "selonLe Monde | selon Le Monde",
        "dansLa région | dans La région",
        "KocharyanLe chef | Kocharyan. Le chef",
        "selon l'ONULe chef | selon l'ONU. Le chef",
        "en 2020Le chef | en 2020. Le chef",
        "a déclaréMacron | a déclaré Macron",
        "la confianceArménie | la confiance Arménie",
        "des soldatsDrones | des soldats Drones",
        "des drones versBakou | des drones vers Bakou",
        "la paixRégion | la paix Région",
        "selonARMENPRESS | selon ARMENPRESS",
        "des SukhoiSU35 russes | des Sukhoi SU35 russes",
        "le 26marsLe chef | le 26 mars. Le chef",
        "« de la confianceLe chef » | « de la confiance. Le chef »",
      })
  void splitsGluedWords(String input, String expected) {
    Rewrite rewrite = SPLITTER.split(input);
    assertEquals(expected, rewrite.text());
    assertSound(input, rewrite);
    assertOnlyInserts(input, rewrite);
    assertTrue(!rewrite.repairs().isEmpty(), "every split is a repair");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "aujourd'hui",
        "Haut-Karabakh",
        "Nagorny-Karabakh",
        "McDonald",
        "iPhone",
        "eBay",
        "TB2",
        "YouTube",
        "LinkedIn",
        "PlayStation",
        "WhatsApp",
        "BlaBlaCar",
        "ChatGPT",
        "OpenAI",
        "macOS",
        "78e",
        "1er",
        "1ère",
        "2e",
        "3ème",
        "2nde",
        "XXIe",
        "IIIe",
        "10km",
        "100kg",
        "5min",
        "30sec",
        "12bis",
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
        "Mme",
        "M.",
        "A320neo",
        "MP3",
        "https://iz.ru/video/embed/1578497#inside",
        "www.26mars.fr",
        "contact@confianceLe.fr",
        "#Syrie",
        "#26mars",
        "@Lavrov",
        "@confianceLe",
        "getElementById",
        "document.setTimeout(f)",
        "setTimeout",
        "parseInt",
        "mon_26mars",
        "chatGPT",
        "JoeLeTaxi",
        "autoPlay",
        "showMenu",
        "setTitle",
        "chatStation",
        "ONULeChef",
        "26 mars",
        "Le 9 novembre 2020.",
        "",
      })
  void leavesRealWordsNamesAndCodesAlone(String input) {
    Rewrite rewrite = SPLITTER.split(input);
    assertSame(input, rewrite.text());
    assertEquals(List.of(), rewrite.repairs());
  }

  @Test
  void eachRepairedWordIsOneRepairWithOffsetsIntoTheNewText() {
    String input = "des drones BayraktarTB2dans la section du 26mars";
    Rewrite rewrite = SPLITTER.split(input);
    assertEquals("des drones Bayraktar TB2 dans la section du 26 mars", rewrite.text());
    assertEquals(
        List.of(
            new Repair(11, 29, "BayraktarTB2dans", "Bayraktar TB2 dans"),
            new Repair(44, 51, "26mars", "26 mars")),
        rewrite.repairs());
  }

  @Test
  void insertedCharsMapToTheCharTheyWereInsertedBefore() {
    Rewrite rewrite = SPLITTER.split("confianceLe");
    assertEquals("confiance. Le", rewrite.text());
    OffsetMap map = rewrite.toSource();
    assertEquals(8, map.toSource(8), "e");
    assertEquals(9, map.toSource(9), "the inserted full stop");
    assertEquals(9, map.toSource(10), "the inserted space");
    assertEquals(9, map.toSource(11), "L");
    assertEquals(11, map.toSource(13), "end");
  }

  @Test
  void theLexiconDecidesWhatIsAWord() {
    Rewrite withoutWords = new GluedWordSplitter(Lexicon.EMPTY).split("à 15heures, 26mars");
    assertEquals("à 15heures, 26 mars", withoutWords.text(), "months need no lexicon");
  }

  @Test
  void normaliseThenSplitComposesTheMaps() {
    String raw =
        "du 26\u00A0mars et du 9novembre, la confianceLe chef a dit qu\u2019il « Ã©tait » là";
    Rewrite typeset = new TypographyNormalizer().normalize(raw);
    Rewrite split = SPLITTER.split(typeset.text());
    assertEquals(
        "du 26 mars et du 9 novembre, la confiance. Le chef a dit qu'il « était » là",
        split.text());
    OffsetMap toRaw = split.toSource().andThen(typeset.toSource());
    assertEquals(split.text().length(), toRaw.length());
    int nov = split.text().indexOf("novembre");
    assertEquals(raw.indexOf("novembre"), toRaw.toSource(nov));
    int le = split.text().indexOf("Le chef");
    assertEquals(raw.indexOf("Le chef"), toRaw.toSource(le));
    int dot = split.text().indexOf(". Le");
    assertEquals(raw.indexOf("Le chef"), toRaw.toSource(dot), "inserted chars map forward");
    int etait = split.text().indexOf("était");
    assertEquals(raw.indexOf("Ã©tait"), toRaw.toSource(etait));
    assertSound(raw, new Rewrite(split.text(), toRaw, List.of()));
  }

  @Test
  void seededJunkNeverThrowsAndOnlyInserts() {
    String alphabet = "aeézAELZ09 .'-@#/\n\u00A0\u0301Ã©\uD83D\uDE00\uD800가ΩωMarsLedans";
    Lexicon everything = form -> List.of(new org.vigie.lexicon.WordForm(form, form, "X"));
    GluedWordSplitter greedy = new GluedWordSplitter(everything);
    Random random = new Random(20201109L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder junk = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = junk.toString();
      for (GluedWordSplitter splitter : List.of(SPLITTER, greedy)) {
        Rewrite rewrite = splitter.split(input);
        assertSound(input, rewrite);
        assertOnlyInserts(input, rewrite);
      }
    }
  }

  @Test
  void aTwentyMegabyteSingleLineIsBounded() {
    String unit = "le 26mars la confianceLe chef 14h30 TB2 ";
    String line = unit.repeat(20_000_000 / unit.length());
    Rewrite rewrite = assertTimeout(Duration.ofSeconds(30), () -> SPLITTER.split(line));
    assertTrue(rewrite.text().startsWith("le 26 mars la confiance. Le chef 14h30 TB2 le 26 mars"));
    String glued = "26mars".repeat(4_000_000);
    assertSame(glued, assertTimeout(Duration.ofSeconds(30), () -> SPLITTER.split(glued)).text());
  }

  @Test
  void eightThreadsGetTheSameResultAsOne() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      texts.add("Le " + k + "mars, la confianceLe chef " + k + "heures BayraktarTB2dans.");
    }
    List<Rewrite> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(SPLITTER.split(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int k = 0; k < texts.size(); k++) {
                    assertEquals(expected.get(k), SPLITTER.split(texts.get(k)));
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
