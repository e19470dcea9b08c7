package org.vigie.store.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date inside the name of a place or a group is no dating; one row per construction. */
class DayInNameTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Des milliers de manifestants traversent le pont du 6 octobre.|6 octobre|true",
        "Le Mouvement du 6 avril appelle à manifester vendredi.|6 avril|true",
        "Les blindés ont bloqué la place du 7 novembre à l'aube.|7 novembre|true",
        "Le cortège a remonté la rue du 4 septembre.|du 4 septembre|true",
        "Le décret du 22 novembre a été abrogé par le président.|22 novembre|false",
        "Le 20 mars, la coalition a lancé ses premières frappes.|20 mars|false",
        "Les combats ont repris du 3 au 5 mai autour du pont.|3|false"
      })
  void readsTheNameBeforeTheDate(String text, String timex, boolean named) {
    int start = text.indexOf(timex);
    assertEquals(named, DayInName.names(text, start, timex));
  }
}
