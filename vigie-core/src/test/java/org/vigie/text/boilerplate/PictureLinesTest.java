package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.text.boilerplate.CleaningFixture.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The picture's lines between a headline and its lede, and the headline found behind them. */
class PictureLinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "agency credit alone     | AFP PHOTO / JEAN MARTIN                                 | true",
        "credit after a caption  | Protesters gather in a square of Aleppo. REUTERS/Jean Martin | true",
        "English agency caption  | A grab from a video shows soldiers in the streets of Homs  | true",
        "English editor's note   | EDITOR'S NOTE: PICTURE TAKEN ON AN ORGANISED TOUR         | true",
        "dated French caption    | Un convoi de l'ONU près de Homs, le 12 mai 2012 à Rastane  | true",
        "French headline         | Syrie : les observateurs de l'ONU entrent dans Homs       | false",
        "headline with a date    | Homs : le 12 mai, les observateurs entrent dans la ville  | false",
        "sentence citing Reuters | Selon un sondage Reuters/Ipsos, la majorité s'y oppose.  | false",
      })
  void pictureLines(String kind, String line, boolean picture) {
    assertEquals(picture, PictureLines.caption(line, true), kind);
  }

  @Test
  void anEnglishLineIsTheHeadlineOfAnEnglishArticle() {
    assertEquals(false, PictureLines.caption("The observers enter the city of Homs", false));
  }

  @Test
  void theHeadlineIsFoundBehindThePictureCaption() {
    String raw =
        String.join(
            "\n",
            "Syrie : les observateurs de l'ONU entrent dans Homs",
            "",
            "A grab from a video shows soldiers in the streets of Homs on May 12, 2012.",
            "AFP PHOTO / JEAN MARTIN",
            "Les observateurs de l'ONU sont entrés samedi dans la ville de Homs, où les combats"
                + " ont fait des dizaines de morts cette semaine selon l'opposition.",
            "",
            "Le chef de la mission a rencontré le gouverneur de la province et des habitants du"
                + " quartier de Baba Amr, selon un communiqué publié dans la soirée.");
    assertEquals(
        "Syrie : les observateurs de l'ONU entrent dans Homs", clean(raw).header().title());
  }
}
