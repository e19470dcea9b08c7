package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words are verbs in the simple future: one row per ending or form, and look-alikes. */
class FutureTenseTest {
  private static final FutureTense FUTURE = FutureTense.resource("future-tense.txt");

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "participera | true",
        "seront | true",
        "sera | true",
        "réuniront | true",
        "viendra | true",
        "pourra | true",
        "devront | true",
        "ira | true",
        "iront | true",
        // Not futures: a noun in -ront, a past participle, a name, "aura" (left to "aura lieu").
        "front | false",
        "rencontré | false",
        "Taubira | false",
        "aura | false"
      })
  void futureIsRecognised(String word, boolean future) {
    Word w = Word.split(word, 0, word.length(), 1).get(0);
    assertEquals(future, FUTURE.test(word, w));
  }
}
