package org.vigie.event;

import java.util.List;

/**
 * The side of the violence a noun of people names ({@code sides.txt}): the state's forces
 * ("soldats", "policiers"), those who fight them ("rebelles", "djihadistes"), or the unarmed
 * ("civils", "manifestants"), each in a group ("state army", "armed rebels"). Victims on both armed
 * sides make a clash, not a one-sided attack. Immutable and thread-safe.
 */
final class Sides {
  private final WordPatterns nouns;

  Sides(WordPatterns nouns) {
    this.nouns = nouns;
  }

  /** The side and group word {@code i} names ("state army"), or null. */
  String of(List<Word> words, int i) {
    WordPatterns.Match m = nouns.longestAt(words, i);
    return m == null ? null : m.pattern().label();
  }

  /**
   * Whether words {@code [from, to)} name people of the state's side and of the side fighting it:
   * "dix soldats, huit rebelles et onze civils ont été tués", "5 morts parmi les soldats et 30
   * djihadistes".
   */
  boolean opposed(List<Word> words, int from, int to) {
    boolean state = false;
    boolean armed = false;
    for (WordPatterns.Match m :
        nouns.findAll(words, Math.max(0, from), Math.min(to, words.size()))) {
      state |= m.pattern().label().startsWith("state ");
      armed |= m.pattern().label().startsWith("armed ");
    }
    return state && armed;
  }
}
