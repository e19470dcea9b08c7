package org.vigie.event;

import java.util.List;
import java.util.Set;

/**
 * The subtype of a generic attack from the weapon or means its sentence names ({@code
 * instruments.txt}): "des avions de la coalition ont attaqué un appareil" is an airstrike, "des
 * drones ont tué trois soldats" a drone strike, "trois civils ont été tués par des obus" shelling,
 * "29 personnes ont été tuées dans les combats" an armed clash. The nearest instrument before the
 * trigger wins, else the first after it. Stateless.
 */
final class AttackInstruments {
  /** Words read on each side of the attack's trigger. */
  static final int REACH = 8;

  private final WordPatterns instruments;

  AttackInstruments(WordPatterns instruments) {
    this.instruments = instruments;
  }

  /**
   * The subtype the instruments near word {@code at} give (within {@value #REACH} words: the
   * attack's own clause, not another event's weapon), else {@code fallback}.
   */
  String subtype(List<Word> words, int at, String fallback) {
    int from = Math.max(0, at - REACH);
    int to = Math.min(words.size(), at + REACH);
    // The weapon is the subject ("des avions ont attaqué") before it is the agent after the verb
    // ("tués par des obus"); a noun after the verb is as often the target ("une colonne de chars").
    WordPatterns.Match before = null;
    WordPatterns.Match after = null;
    for (WordPatterns.Match m : instruments.findAll(words, from, to)) {
      if (m.first() < at) {
        before = m;
      } else if (after == null) {
        after = m;
      }
    }
    if (before != null && passive(words, at, before)) {
      // "un avion de combat a été abattu", "l'avion abattu": the noun before a passive is what was
      // hit, not what struck; only the agent after it ("tués par des obus") names the weapon.
      before = null;
    }
    WordPatterns.Match chosen = before != null ? before : after;
    return chosen == null ? fallback : chosen.pattern().label();
  }

  /**
   * The trigger at {@code at} is a passive: after a form of "être" ("a été abattu", "est détruit"),
   * or a participle right after the instrument noun it qualifies ("l'avion abattu").
   */
  private static boolean passive(List<Word> words, int at, WordPatterns.Match before) {
    if (at == 0) {
      return false;
    }
    String trigger = words.get(at).form();
    boolean participle =
        trigger.endsWith("é")
            || trigger.endsWith("és")
            || trigger.endsWith("ée")
            || trigger.endsWith("ées")
            || trigger.endsWith("u")
            || trigger.endsWith("us");
    return participle && (BE.contains(words.get(at - 1).form()) || before.end() == at);
  }

  private static final Set<String> BE =
      Set.of("été", "est", "sont", "était", "étaient", "fut", "furent", "soit", "être");
}
