package org.vigie.event;

import java.util.List;
import java.util.Set;

/**
 * A noun of death or of the dead whose complement is the toll: "la mort mercredi de 578 personnes",
 * "la mort le 3 octobre de cinq civils", "la mort dans une double explosion de plus de 82
 * personnes", "l'annonce du décès, samedi, de trois Libanais", "les corps de trois Bangladais",
 * "les cadavres de dix-huit soldats". A day, a date, a place or a cause often stands between the
 * noun and its "de", which the fixed phrases of the lexicon ("la mort de") cannot span; the words
 * between hold no other complement ("la mort de son père le 20 octobre" names its dead before).
 * Stateless.
 */
final class DeathNouns {
  /** Words of circumstance between the noun and the "de" of its toll. */
  private static final int REACH = 6;

  /** Nouns of the death itself, after a singular determiner ("la mort", "du décès"). */
  private static final Set<String> DEATHS = Set.of("mort", "décès");

  private static final Set<String> SINGULAR = Set.of("la", "le", "l'", "du", "au", "sa", "son");

  /**
   * Nouns of the bodies, after a plural determiner: "le corps d'une jeune femme" carried in a crowd
   * is one body seen, not a toll.
   */
  private static final Set<String> BODIES = Set.of("corps", "cadavres", "dépouilles");

  private static final Set<String> PLURAL = Set.of("les", "des", "aux", "ses", "leurs");

  /** Complements that would be the noun's own, ending the search. */
  private static final Set<String> OTHER_COMPLEMENT = Set.of("de", "d'", "du", "des");

  private DeathNouns() {}

  /**
   * The index of the death noun whose toll's "de" is word {@code before - 1} (the figure, or its
   * qualifier, at {@code before}), or -1.
   */
  static int headBefore(String text, List<Word> words, int before) {
    if (before < 3 || before > words.size()) {
      return -1;
    }
    String de = words.get(before - 1).form();
    if (!de.equals("de") && !de.equals("d'")) {
      return -1;
    }
    for (int k = before - 2; k >= Math.max(1, before - 2 - REACH); k--) {
      String form = words.get(k).form();
      String determiner = words.get(k - 1).form();
      if (DEATHS.contains(form) && SINGULAR.contains(determiner)
          || BODIES.contains(form) && PLURAL.contains(determiner)) {
        return k;
      }
      if (OTHER_COMPLEMENT.contains(form) || brokenAfter(text, words, k)) {
        return -1;
      }
    }
    return -1;
  }

  /** A stop, a colon, a semicolon or a parenthesis after word {@code k}: commas set off a day. */
  private static boolean brokenAfter(String text, List<Word> words, int k) {
    String between = text.substring(words.get(k).end(), words.get(k + 1).start());
    return CasualtyWords.endsClause(text, words.get(k).end(), words.get(k + 1).start())
        && !between.strip().equals(",");
  }
}
