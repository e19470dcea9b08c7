package org.vigie.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.model.Repair;
import org.vigie.text.OffsetMap;
import org.vigie.text.Rewrite;

/** Checks every rewrite must pass, and a small lexicon for the core tests. */
final class RewriteChecks {
  private RewriteChecks() {}

  /** A handful of French forms, enough for the splitter's rules; the real one is in vigie-nlp. */
  static final Lexicon SMALL_FRENCH =
      new Lexicon() {
        private final Set<String> forms =
            Set.of(
                "mars",
                "novembre",
                "septembre",
                "heures",
                "millions",
                "milliards",
                "ans",
                "fois",
                "jours",
                "mois",
                "dans",
                "confiance",
                "chef",
                "le",
                "la",
                "les",
                "Bakou",
                "Erevan",
                "déclaré",
                "aujourd'hui",
                "armée",
                "selon",
                "min",
                "sec",
                "bis",
                "set",
                "mac",
                "parse",
                "on",
                "chat",
                "in",
                "tube",
                "station",
                "bio",
                "air",
                "soldats",
                "Macron",
                "Arménie",
                "mètres",
                "personnes",
                "morts",
                "drones",
                "contingent",
                "ministère",
                "paix",
                "région",
                "est",
                "russe",
                "nouvelle",
                "Karabakh",
                "tension",
                "car",
                "vers",
                "auto",
                "Play");

        @Override
        public List<WordForm> analyses(String form) {
          return forms.contains(form) ? List.of(new WordForm(form, form, "X")) : List.of();
        }
      };

  /**
   * The map has one non-decreasing source offset per char, inside the input; ASCII letters and
   * digits come from themselves; repairs cover their text in the new text and their raw text in the
   * input.
   */
  static void assertSound(String input, Rewrite rewrite) {
    String text = rewrite.text();
    OffsetMap map = rewrite.toSource();
    assertEquals(text.length(), map.length());
    int previous = 0;
    for (int k = 0; k <= text.length(); k++) {
      int source = map.toSource(k);
      assertTrue(source >= previous, () -> "map decreases at " + text.length());
      assertTrue(source <= input.length(), "map leaves the input");
      previous = source;
      if (k < text.length()) {
        char c = text.charAt(k);
        if (isAsciiAlnum(c) && source < input.length() && input.charAt(source) < 0x80) {
          assertEquals(input.charAt(source), c, "char " + k + " of «" + text + "»");
        }
      }
    }
    int lastEnd = 0;
    for (Repair repair : rewrite.repairs()) {
      assertTrue(repair.start() >= lastEnd, "repairs sorted and disjoint: " + rewrite.repairs());
      assertTrue(repair.end() <= text.length(), "repair inside the text");
      assertEquals(repair.text(), text.substring(repair.start(), repair.end()));
      // The raw text starts where the repair's first char came from, or a little before when the
      // first repaired char was then removed (a BOM).
      int rawStart = map.toSource(repair.start());
      int found = input.lastIndexOf(repair.raw(), rawStart);
      // A repair whose text was removed afterwards (a soft hyphen) is empty: only its raw is
      // checked.
      boolean empty = repair.start() == repair.end();
      assertTrue(
          empty
              ? input.contains(repair.raw())
              : found >= 0 && rawStart - found <= repair.raw().length(),
          () -> "raw «" + repair.raw() + "» not at " + rawStart + " of «" + input + "»");
      lastEnd = repair.end();
    }
  }

  /**
   * For a rewrite that only inserts: every input char is in the output, where the map says, and
   * every other output char is an insertion.
   */
  static void assertOnlyInserts(String input, Rewrite rewrite) {
    String text = rewrite.text();
    OffsetMap map = rewrite.toSource();
    int next = 0;
    for (int k = 0; k < text.length(); k++) {
      int source = map.toSource(k);
      if (source == next && next < input.length() && input.charAt(next) == text.charAt(k)) {
        next++;
      } else {
        char c = text.charAt(k);
        assertTrue(c == ' ' || c == '.', () -> "«" + c + "» was not in the input");
      }
    }
    assertEquals(input.length(), next, () -> "input chars lost in «" + text + "»");
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
