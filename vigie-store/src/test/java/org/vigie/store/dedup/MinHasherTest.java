package org.vigie.store.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.store.FrenchIndexAnalyzer;
import org.vigie.store.Tokens;

/** Near-duplicates of a French dispatch: which edits keep it one dispatch. */
class MinHasherTest {
  private static final FrenchIndexAnalyzer SHINGLES = new FrenchIndexAnalyzer(false);
  private static final String DISPATCH =
      "Le ministère russe des Affaires étrangères a salué jeudi l'accord de cessez-le-feu conclu"
          + " entre l'Arménie et l'Azerbaïdjan. Selon Maria Zakharova, les forces de maintien de la"
          + " paix russes se déploieront le long de la ligne de contact et du corridor de Latchine"
          + " dans les prochains jours. Les frappes de drones ont cessé dans la nuit, a indiqué le"
          + " ministère de la Défense à Bakou. Des milliers de réfugiés attendent de pouvoir rentrer"
          + " chez eux avant l'hiver.";

  @ParameterizedTest(name = "{0} -> duplicate: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "first sentence changed | Moscou se félicite de la trêve. | true",
        "a closing line added | Fin de la dépêche, mise à jour à 18 h. | true",
        "another report | Au Caire, les commerçants restent sceptiques face à l'inflation"
            + " et au plan de relance du gouvernement annoncé mardi par le Premier ministre. | false",
      })
  void editsOfOneDispatchStayItsDuplicate(String edit, String line, boolean duplicate) {
    String text;
    if (edit.startsWith("first")) {
      text = line + DISPATCH.substring(DISPATCH.indexOf('.') + 1);
    } else if (edit.startsWith("a closing")) {
      text = DISPATCH + " " + line;
    } else {
      text = line;
    }
    DuplicateIndex index = new DuplicateIndex();
    MinHasher hasher = new MinHasher();
    index.add("o", hasher.signature(Tokens.of(SHINGLES, DISPATCH, 10_000)), null);
    long[] sig = hasher.signature(Tokens.of(SHINGLES, text, 10_000));
    assertEquals(duplicate, "o".equals(index.originalOf(sig, "c")));
  }

  @Test
  void headlinesAreTooShortToCompare() {
    assertNull(new MinHasher().signature(List.of("trêve", "au", "karabakh")));
  }
}
