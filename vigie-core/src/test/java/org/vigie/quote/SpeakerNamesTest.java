package org.vigie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.SpeakerType;

class SpeakerNamesTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "Nikol Pashinian, Nikol Pashinyan",
    "Sergueï Lavrov, Sergei Lavrov",
    "Maria Zakharova, Maria Zaharova",
    "Kelbajar, Kelbadjar",
    "Haut-Karabakh, Haut-Karabagh",
    "le ministère russe des Affaires étrangères, Ministère russe des affaires étrangères",
    "Mouammar Kadhafi, Mouammar Kadafi"
  })
  void spellingsOfOneNameShareAKey(String a, String b) {
    assertEquals(SpeakerNames.key(a), SpeakerNames.key(b));
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({"Riad Seïf, Djoumana Seïf", "Lavrov, Lavrentiev", "ministère de la Défense, armée"})
  void differentNamesKeepDifferentKeys(String a, String b) {
    assertNotEquals(SpeakerNames.key(a), SpeakerNames.key(b));
  }

  @Test
  void theDirectoryGivesOneNamePerSpeakerAcrossArticles() {
    SpeakerDirectory directory = new SpeakerDirectory();
    directory.add("Nikol Pashinian", SpeakerType.PERSON);
    directory.add("Nikol Pashinyan", SpeakerType.PERSON);
    directory.add("Nikol Pashinyan", SpeakerType.PERSON);
    directory.add("Sergueï Lavrov", SpeakerType.PERSON);
    directory.add("Lavrov", SpeakerType.PERSON);
    assertEquals("Nikol Pashinyan", directory.name("Nikol Pashinian", SpeakerType.PERSON));
    assertEquals("Sergueï Lavrov", directory.name("Lavrov", SpeakerType.PERSON));
    assertEquals("Inconnu", directory.name("Inconnu", SpeakerType.PERSON));
  }
}
