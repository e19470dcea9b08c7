package org.vigie.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Victims added to a toll by "et N autres" or "ainsi que N autres": "l'attentat a tué un haut
 * responsable et 48 autres personnes" counts 49 killed, "a blessé le gouverneur ainsi que trois
 * autres membres" 4 injured. "autres" says the figure counts people beside the ones already named,
 * under the same verb; a figure another verb binds ("et en ont blessé 15 autres", "et trois autres
 * ont été blessés") is a toll of its own, read before, and is left alone. Stateless.
 */
final class OtherVictims {
  private OtherVictims() {}

  /**
   * {@code found} with each toll followed, in its clause, by "et N autres" or "ainsi que N autres"
   * that no toll holds yet, raised by N (a vague toll stays vague).
   */
  static List<Casualty> add(
      String text, List<Word> words, List<Count> counts, List<Casualty> found) {
    List<Casualty> out = new ArrayList<>(found);
    for (Count c : counts) {
      if (c.value() == null || c.article() || held(out, c)) {
        continue;
      }
      int first = CountReader.wordIndexAt(words, c.start());
      int after = CountReader.wordIndexAt(words, c.end());
      if (after >= words.size()
          || !words.get(after).form().equals("autres")
          || !joined(words, first)) {
        continue;
      }
      for (int i = out.size() - 1; i >= 0; i--) {
        Casualty toll = out.get(i);
        if (toll.end() > c.start() || CasualtyWords.endsClause(text, toll.end(), c.start())) {
          continue;
        }
        Count before = toll.count();
        Long sum = before.value() == null ? null : before.value() + c.value();
        Count total = new Count(before.start(), c.end(), sum, before.qualifier(), false);
        out.set(i, new Casualty(toll.killed(), total, toll.start(), words.get(after).end(), null));
        break;
      }
    }
    return out;
  }

  /** "et" or "ainsi que" right before the figure's first word. */
  private static boolean joined(List<Word> words, int first) {
    if (first >= 1 && words.get(first - 1).form().equals("et")) {
      return true;
    }
    return first >= 2
        && words.get(first - 2).form().equals("ainsi")
        && words.get(first - 1).form().equals("que");
  }

  private static boolean held(List<Casualty> found, Count c) {
    return found.stream().anyMatch(k -> k.start() <= c.start() && c.start() < k.end());
  }
}
