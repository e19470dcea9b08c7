package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.text.boilerplate.CleaningFixture.clean;
import static org.vigie.text.boilerplate.CleaningFixture.kept;
import static org.vigie.text.boilerplate.CleaningFixture.reason;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.text.Block;
import org.vigie.text.PlainTextReader;

/** Hard-wrapped plain text: which line breaks are a wrapping width, not a paragraph's end. */
class WrappedLinesTest {
  private static List<Block> join(String raw) {
    return WrappedLines.join(new PlainTextReader().read(raw).blocks(), line -> false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sentence broken mid-clause | Les forces de l'ordre ont dispersé les manifestants | réunis"
            + " devant le palais présidentiel. | 1",
        "line ends on a comma       | Selon le ministère de l'Intérieur du pays, | vingt policiers ont"
            + " été blessés dans les heurts. | 1",
        "sentence ended             | Les forces de l'ordre ont dispersé la foule. | mais la foule est"
            + " revenue. | 2",
        "introduction with a colon  | Le porte-parole de l'armée a précisé les faits : | les"
            + " soldats ont riposté. | 2",
        "capital after the break    | Les forces de l'ordre ont dispersé les manifestants | Le"
            + " ministre a démenti. | 2",
        "short line is no wrapping  | Par Anne Durand | publié le 3 mars. | 2",
      })
  void lineBreaks(String kind, String line, String next, int blocks) {
    assertEquals(blocks, join(line.strip() + "\n" + next.strip()).size(), kind);
  }

  @Test
  void aBlankLineEndsTheParagraph() {
    assertEquals(
        2,
        join("Les forces de l'ordre ont dispersé les manifestants\n\nréunis devant le palais.")
            .size());
  }

  @Test
  void theJoinedBlockMapsEachCharacterBackToItsLine() {
    String raw = "Les forces de l'ordre ont dispersé les manifestants\nréunis devant le palais.";
    Block block = join(raw).get(0);
    assertEquals(
        "Les forces de l'ordre ont dispersé les manifestants réunis devant le palais.",
        block.text());
    int at = block.text().indexOf("réunis");
    assertEquals(raw.indexOf("réunis"), block.toRaw().toSource(at));
    assertEquals(0, block.rawStart());
    assertEquals(raw.length(), block.rawEnd());
  }

  @Test
  void aHardWrappedArticleStaysAndChromeBesideItIsNotJoined() {
    String raw =
        String.join(
            "\n",
            "Temps de lecture : 4 min",
            "les forces de sécurité ont tiré sur les manifestants réunis devant la",
            "mosquée du quartier, a rapporté un témoin joint par téléphone. Selon lui, au",
            "moins douze personnes ont été tuées et des dizaines d'autres blessées dans",
            "la matinée, avant que les blindés ne se retirent vers la caserne voisine.",
            "",
            "Le gouverneur de la province a annoncé un couvre-feu pour la nuit et promis",
            "une enquête sur les tirs, que l'opposition attribue à une unité de la garde",
            "présidentielle déployée dans la ville depuis le début de la semaine.",
            "",
            "Partager");
    ArticleBody body = clean(raw);
    assertTrue(
        kept(
            body,
            "Le gouverneur de la province a annoncé un couvre-feu pour la nuit et promis une"
                + " enquête sur les tirs, que l'opposition attribue à une unité de la garde"
                + " présidentielle déployée dans la ville depuis le début de la semaine."),
        body.blocks().toString());
    assertEquals("navigation", reason(raw, body, "Temps de lecture"));
    assertEquals("share", reason(raw, body, "Partager"));
  }
}
