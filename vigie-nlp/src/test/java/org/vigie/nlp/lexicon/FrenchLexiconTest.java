package org.vigie.nlp.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.nlp.Engines;

class FrenchLexiconTest {
  private static final Lexicon LEXICON = Engines.frenchLexicon();

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mars        | mars        | N m sp",
        "novembre    | novembre    | N m s",
        "dans        | dans        | P",
        "confiance   | confiance   | N f s",
        "déclaré     | déclarer    | V ppa m s",
        "heures      | heure       | N f p",
        "millions    | million     | N m p",
        "le          | le          | D m s",
        "aujourd'hui | aujourd'hui | A",
        "Bakou       | Bakou       | Z e sp",
        "Mars        | Mars        | Z m sp",
      })
  void knownFormsHaveTheirLemmaAndTag(String form, String lemma, String tag) {
    List<WordForm> readings = LEXICON.analyses(form);
    assertTrue(
        readings.contains(new WordForm(form, lemma, tag)),
        () -> form + " should read as " + lemma + " / " + tag + ", got " + readings);
  }

  @Test
  void tagsDoNotCarryTheDictionarysFrequencyLetter() {
    for (WordForm reading : LEXICON.analyses("mars")) {
      assertEquals("N m sp", reading.tag());
    }
  }

  @ParameterizedTest(name = "[{index}] «{0}»")
  @ValueSource(
      strings = {
        "",
        "xyzzyq",
        "26mars",
        "confianceLe",
        "Le", // the dictionary is case-sensitive: sentence-initial forms are not listed
        "aujourd\u2019hui ", // trailing space
        "\ud800", // lone surrogate
        "a\ud800b",
        "Ã©tÃ©",
      })
  void unknownFormsHaveNoReading(String form) {
    assertEquals(List.of(), LEXICON.analyses(form));
    assertFalse(LEXICON.contains(form));
  }

  @Test
  void aVeryLongStringIsUnknownWithoutALookup() {
    assertFalse(LEXICON.contains("a".repeat(100_000)));
  }

  @Test
  void theDictionaryIsLoadedOncePerJvm() {
    assertSame(FrenchLexicon.instance(), Engines.frenchLexicon());
  }

  @Test
  void eightThreadsGetTheSameAnswersAsOne() throws Exception {
    List<String> forms =
        List.of(
            "mars",
            "novembre",
            "dans",
            "confiance",
            "déclaré",
            "aujourd'hui",
            "xyzzy",
            "Bakou",
            "heures",
            "Le",
            "gouvernement",
            "ministère",
            "étrangères",
            "Haut-Karabakh");
    List<List<WordForm>> expected = new ArrayList<>();
    for (String form : forms) {
      expected.add(LEXICON.analyses(form));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int i = 0; i < 20_000; i++) {
                    int k = (i + offset) % forms.size();
                    assertEquals(expected.get(k), LEXICON.analyses(forms.get(k)));
                    checked++;
                  }
                  return checked;
                }));
      }
      for (Future<Integer> result : results) {
        assertEquals(20_000, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
