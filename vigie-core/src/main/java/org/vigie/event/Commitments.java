package org.vigie.event;

import java.util.List;

/**
 * An agreement its parties declare they intend to keep is made: "les parties ont confirmé leur
 * intention de reprendre la trêve" is a ceasefire agreed (AGREE), not a plan, while "a l'intention
 * de signer un accord" stays planned. Read before an AGREE trigger only: a declared intention to
 * attack is still no attack. Cues from {@code commitment-cues.txt}, looked for in the trigger's
 * clause. Stateless.
 */
final class Commitments {
  /** Words looked back from the trigger: "confirmé leur intention de reprendre la trêve". */
  static final int WINDOW = 8;

  private final WordPatterns cues;

  Commitments(WordPatterns cues) {
    this.cues = cues;
  }

  /** Whether a declared intention governs the agreement word at {@code trigger}. */
  boolean declared(String text, List<Word> words, int trigger) {
    int from = trigger;
    while (from > 0 && trigger - from < WINDOW && !clauseBreak(text, words, from)) {
      from--;
    }
    return !cues.findAll(words, from, trigger).isEmpty();
  }

  private static boolean clauseBreak(String text, List<Word> words, int k) {
    for (int i = words.get(k - 1).end(); i < words.get(k).start(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':') {
        return true;
      }
    }
    return false;
  }
}
