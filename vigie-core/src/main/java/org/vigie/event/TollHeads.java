package org.vigie.event;

import java.util.List;
import java.util.Set;

/**
 * A toll given as the number of a toll noun, the figure standing alone: "ces décès portent à onze
 * le nombre de morts", "le nombre de blessés serait de 70", "le bilan des tués est supérieur à 80",
 * "le nombre de morts excède 5 000" ({@code toll-head-killed} and {@code toll-head-injured} in the
 * lexicon). The figure is introduced by "à", "de" or a verb of reaching, in the head's clause, and
 * has no noun of its own ("des deux côtés" is no toll). Stateless.
 */
final class TollHeads {
  /** Words between the head and its figure, either side ("le nombre de morts est passé à"). */
  private static final int REACH = 6;

  /** What introduces the figure of a toll head: "à onze", "de 70", "excède 5 000". */
  private static final Set<String> FIGURE_LEAD =
      Set.of("à", "de", "d'", "atteint", "atteindre", "excède", "dépasse", "dépassé", "franchi");

  private final CasualtyWords vocabulary;

  TollHeads(CasualtyWords vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The toll whose figure is {@code c} (words {@code [first, after)}), or null. */
  Casualty read(String text, List<Word> words, Count c, int first, int after) {
    if (c.value() == null || c.article()) {
      return null;
    }
    int lead = first - 1;
    if (c.qualifier() != null && !c.qualifier().startsWith("entre")) {
      lead -= c.qualifier().split(" ").length;
    }
    if (lead < 0 || !FIGURE_LEAD.contains(words.get(lead).form())) {
      return null;
    }
    if (after < words.size()
        && !CasualtyWords.endsClause(text, c.end(), words.get(after).start())
        && ownNoun(text, words, after)) {
      return null; // another rule reads the figure with its noun, or it counts no people
    }
    for (int h = Math.max(0, lead - REACH); h < Math.min(words.size(), after + REACH); h++) {
      WordPatterns.Match m = vocabulary.lexicon().longestAt(words, h);
      if (m == null || !m.pattern().label().startsWith("toll-head-")) {
        continue;
      }
      int from = Math.min(words.get(h).start(), c.start());
      int to = Math.max(words.get(m.end() - 1).end(), c.end());
      int gapFrom = h < first ? words.get(m.end() - 1).end() : c.end();
      int gapTo = h < first ? words.get(lead).start() : words.get(h).start();
      if (gapFrom <= gapTo && CasualtyWords.endsClause(text, gapFrom, gapTo)) {
        continue;
      }
      return new Casualty(m.pattern().label().endsWith("killed"), c, from, to, null);
    }
    return null;
  }

  private boolean ownNoun(String text, List<Word> words, int after) {
    String role = vocabulary.label(words, after);
    return CasualtyWords.casualtyWord(role)
        || "not-people".equals(role)
        || vocabulary.person(text, words.get(after));
  }
}
