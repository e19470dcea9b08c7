package org.vigie.event;

import java.util.List;

/**
 * Who was assaulted makes the subtype: a generic attack on protesters, opponents or a gathering is
 * a crackdown ({@code crackdown-targets.txt}): "la police a tiré sur les manifestants", "l'attaque
 * contre le sit-in", "des opposantes ont été agressées". The target follows an active verb or a
 * noun in its clause; it precedes a passive participle ("ont été agressées"). Protesters who attack
 * ("les manifestants ont attaqué le consulat") stay an attack. Stateless.
 */
final class CrackdownTargets {
  /** Words read for the target on its side of the trigger. */
  static final int REACH = 6;

  private final WordPatterns targets;

  CrackdownTargets(WordPatterns targets) {
    this.targets = targets;
  }

  /**
   * "crackdown" when the attack at words {@code [first, end)} targets protesters, else fallback.
   */
  String subtype(String text, List<Word> words, int first, int end, String fallback) {
    boolean passive = first > 0 && words.get(first - 1).form().equals("été");
    if (passive) {
      for (int k = first - 1; k >= Math.max(0, first - REACH); k--) {
        if (k < first - 1
            && CasualtyWords.endsClause(text, words.get(k).end(), words.get(k + 1).start())) {
          break;
        }
        if (targets.longestAt(words, k) != null) {
          return "crackdown";
        }
      }
      return fallback;
    }
    for (int k = end; k < Math.min(words.size(), end + REACH); k++) {
      if (CasualtyWords.endsClause(text, words.get(k - 1).end(), words.get(k).start())) {
        break;
      }
      if (targets.longestAt(words, k) != null) {
        return "crackdown";
      }
    }
    return fallback;
  }
}
