package org.vigie.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceBreaksTest {
  /** The sentences a text is cut into, '|' between them; '¶' is a line break. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "full stop; Les chars sont entrés. La ville est tombée.; Les chars sont entrés. |La ville"
            + " est tombée.",
        "question and exclamation; Qui a tiré ? Personne ! Voilà.; Qui a tiré ? |Personne !"
            + " |Voilà.",
        "closing guillemet after a space; Il a dit « Non. » Puis il est parti.; Il a dit « Non. »"
            + " |Puis il est parti.",
        "closing bracket; (Ce fut bref.) Ensuite, rien.; (Ce fut bref.) |Ensuite, rien.",
        "decimal and address; Le taux est de 3.5 % sur www.vigie.fr ce jour.; Le taux est de 3.5"
            + " % sur www.vigie.fr ce jour.",
        "ellipsis; Il attend… Rien ne vient.; Il attend… |Rien ne vient.",
        "line break without a full stop; TRIPOLI¶Les combats continuent.; TRIPOLI¶|Les combats"
            + " continuent.",
        "no boundary at all; un mot; un mot"
      })
  void cutsSentences(String what, String text, String expected) {
    assertEquals(
        expected.replace('¶', '\n'), String.join("|", sentences(text.replace('¶', '\n'))), what);
  }

  @Test
  void movesLikeABreakIterator() {
    String text = "Un. Deux. Trois.";
    BreakIterator b = new SentenceBreaks();
    b.setText(text);
    assertEquals(0, b.first());
    assertEquals(16, b.last());
    assertEquals(4, b.following(0));
    assertEquals(4, b.current());
    assertEquals(10, b.following(4));
    assertEquals(BreakIterator.DONE, b.following(16));
    assertEquals(4, b.preceding(10));
    assertEquals(0, b.preceding(4));
    assertEquals(BreakIterator.DONE, b.preceding(0));
    assertEquals(4, b.next());
    assertEquals(0, b.previous());
    assertEquals(10, b.next(2));
    assertEquals(true, b.isBoundary(10));
    assertEquals(false, b.isBoundary(11));
    b.setText("");
    assertEquals(0, b.first());
    assertEquals(BreakIterator.DONE, b.next());
  }

  private static List<String> sentences(String text) {
    BreakIterator b = new SentenceBreaks();
    b.setText(text);
    List<String> out = new ArrayList<>();
    int start = b.first();
    for (int end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
      out.add(text.substring(start, end));
    }
    return out;
  }
}
