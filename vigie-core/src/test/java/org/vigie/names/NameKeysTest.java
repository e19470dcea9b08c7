package org.vigie.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "Nikol Pashinian, Nikol Pashinyan",
    "Sergueï Lavrov, Sergei Lavrov",
    "Maria Zakharova, Maria Zaharova",
    "Kelbajar, Kelbadjar",
    "Haut-Karabakh, Haut-Karabagh",
    "Haut-Karabakgh, Haut-Karabakh",
    "Lachin, Latchine",
    "Chouchi, Shushi",
    "l’Arménie, Arménie",
    "le ministère russe des Affaires étrangères, Ministère russe des affaires étrangères",
    "Mouammar Kadhafi, Mouammar Kadafi",
    "Œcuménique, oecumenique"
  })
  void spellingsOfOneNameShareAKey(String a, String b) {
    assertEquals(NameKeys.key(a), NameKeys.key(b));
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({
    "Riad Seïf, Djoumana Seïf",
    "Lavrov, Lavrentiev",
    "ministère de la Défense, armée",
    "Arménie, Albanie"
  })
  void differentNamesKeepDifferentKeys(String a, String b) {
    assertNotEquals(NameKeys.key(a), NameKeys.key(b));
  }

  @Test
  void otherScriptsKeepTheirLettersAndPunctuationFolds() {
    assertEquals("москва", NameKeys.fold("Москва"));
    assertEquals("haut karabakh", NameKeys.fold("  Haut–Karabakh ! "));
    assertEquals("", NameKeys.key("« … »"));
    assertEquals("lavrov", NameKeys.surnameKey("M. Sergueï Lavrov"));
  }
}
