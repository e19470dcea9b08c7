package org.vigie.event;

import java.util.List;
import java.util.Set;

/**
 * "Enlever" abducts only people: "des hommes armés ont enlevé des dizaines de Syriens", "en
 * enlevant des femmes" are abductions, but "ils ont enlevé le bandeau", "enlever les sacs de
 * sable", "enlever le drapeau vert", "enlever la douleur" take a thing away. The verb in its active
 * forms (an infinitive, a present participle, a finite verb or a participle after "avoir") is
 * dropped when the noun of its object is no person; a passive ("a été enlevé par des rebelles") and
 * the noun "enlèvement" keep their sense. A word in capitals is a name unless the whole phrase is
 * shouted ("ON A ENLEVÉ LE DRAPEAU"). Stateless.
 */
final class AbductionPatients {
  /** Words read after the verb for its object's noun. */
  private static final int REACH = 4;

  private static final Set<String> ACTIVE_AUX =
      Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "avoir", "ayant");

  /** Determiners and quantities before the object's noun ("des dizaines de", "les"). */
  private static final Set<String> LEADS =
      Set.of(
          "le",
          "la",
          "les",
          "l'",
          "un",
          "une",
          "des",
          "du",
          "de",
          "d'",
          "ses",
          "leurs",
          "leur",
          "son",
          "sa",
          "ces",
          "cette",
          "ce",
          "nos",
          "notre",
          "plusieurs",
          "quelques",
          "dizaines",
          "centaines",
          "deux",
          "trois");

  private final CasualtyWords vocabulary;

  AbductionPatients(CasualtyWords vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Whether trigger {@code m}, an abduction by "enlever", takes away a thing. */
  boolean removesThing(String text, List<Word> words, WordPatterns.Match m) {
    String form = words.get(m.first()).form();
    if (!m.pattern().label().endsWith(" abduction")
        || !form.startsWith("enl")
        || !active(words, m)) {
      return false;
    }
    for (int k = m.end(); k < Math.min(words.size(), m.end() + REACH); k++) {
      Word w = words.get(k);
      if (LEADS.contains(w.form())) {
        continue;
      }
      String surface = text.substring(w.start(), w.end());
      char first = surface.charAt(0);
      boolean shouted = surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
      if (Character.isUpperCase(first) && !shouted || Character.isDigit(first)) {
        return false; // a name ("enlever Rima"), a date ("enlevé le 30 juillet")
      }
      return !vocabulary.person(text, w);
    }
    return false;
  }

  private static boolean active(List<Word> words, WordPatterns.Match m) {
    String form = words.get(m.first()).form();
    if (form.equals("enlever")
        || form.equals("enlevant")
        || form.equals("enlève")
        || form.equals("enlèvent")
        || form.startsWith("enlevai")) {
      return true;
    }
    return m.first() > 0 && ACTIVE_AUX.contains(words.get(m.first() - 1).form());
  }
}
