package org.vigie.event;

import java.util.List;
import java.util.Set;

/**
 * Consenting to the reporter is no agreement: "le cimetière a accepté, dimanche, de nous ouvrir ses
 * portes", "X a accepté de répondre à mes questions" tell how the article was reported, not an
 * agreement between parties. An acceptance verb ({@code reporter-consent.txt}, label {@code verb})
 * is no event when, within {@value #GAP} words (a day or an incise may come between), "de" opens an
 * act addressed to the writer: a first-person pronoun or an interview's verb (label {@code act}).
 * Accepting to act in the crisis stays an agreement ("l'Otan a accepté de se charger de
 * l'embargo"). Stateless.
 */
final class ReporterConsent {
  /** Words between the verb and its "de": "a accepté, dimanche, de". */
  static final int GAP = 4;

  private static final Set<String> INTRODUCERS = Set.of("de", "d'");

  private final WordPatterns words;

  ReporterConsent(WordPatterns words) {
    this.words = words;
  }

  /** Whether trigger {@code m} is an acceptance of the reporter's request. */
  boolean test(List<Word> sentence, WordPatterns.Match m) {
    WordPatterns.Match verb = words.longestAt(sentence, m.first());
    if (verb == null || !verb.pattern().label().equals("verb")) {
      return false;
    }
    int to = Math.min(sentence.size() - 1, m.end() + GAP);
    for (int k = m.end(); k < to; k++) {
      if (INTRODUCERS.contains(sentence.get(k).form())) {
        WordPatterns.Match act = words.longestAt(sentence, k + 1);
        return act != null && act.pattern().label().equals("act");
      }
    }
    return false;
  }
}
