package org.vigie.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingVariantsTest {
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "Saleh, Salih", // one vowel for another
    "Younes, Younis",
    "Lahmidi, Lahnidi", // one consonant for another
    "Samir, Smair" // two letters swapped
  })
  void oneWordSpeltTwoWays(String a, String b) {
    assertTrue(SpellingVariants.variants(NameKeys.key(a), NameKeys.key(b)));
  }

  @ParameterizedTest(name = "{0} ≁ {1}")
  @CsvSource({
    "Sami, Rami", // too short to tell
    "Amani, Amrani", // a letter added
    "Zaitoun, Zaitouneh", // a longer name
    "Kadhafi, Gaddafi", // the first letter differs
    "Burckhard, Burkhard", // a letter dropped
    "Kaddafi, Kadhafi" // one key already: no variant of each other
  })
  void otherNames(String a, String b) {
    assertFalse(SpellingVariants.variants(NameKeys.key(a), NameKeys.key(b)));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({"Samir, Smair, true", "Mohamed, Mohammad, false", "Saleh, Salih, false"})
  void onlySwappedLettersAreASlip(String a, String b, boolean slip) {
    assertEquals(slip, SpellingVariants.swapped(NameKeys.key(a), NameKeys.key(b)));
  }
}
