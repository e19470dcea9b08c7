package org.vigie.event;

import java.util.List;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * Trigger words that are part of something else than an event mention, one construction per method:
 *
 * <ul>
 *   <li>a fixed phrase ({@code non-event-phrases.txt}): an opinion ("je suis d'accord avec vous"),
 *       a noun of place or means ("sur le champ de bataille", "sa force de frappe"), the adjective
 *       "critique" ("dans un état critique"), "soutenir que" (a claim, reported as a quote), "des
 *       tirs de joie", an interview given to a medium ("dans un entretien accordé au quotidien",
 *       "un entretien à l'AFP": what was said there is a quote) — unless a longer trigger holds the
 *       phrase ("ils sont tombés d'accord");
 *   <li>"entretenu" without its reflexive pronoun: keeping up, not meeting ("la discrétion
 *       entretenue par ses membres");
 *   <li>an organisation's name: "l'Organisation de la coopération islamique", "le Conseil de
 *       coopération du Golfe" name no cooperation.
 * </ul>
 *
 * Stateless.
 */
final class NonEventPhrases {
  /** Words read back from "entretenu" for its reflexive pronoun ("s'est ensuite longuement"). */
  private static final int REFLEXIVE_REACH = 4;

  private static final Set<String> REFLEXIVE = Set.of("s'", "se", "me", "m'", "nous", "vous");

  private final WordPatterns phrases;

  NonEventPhrases(WordPatterns phrases) {
    this.phrases = phrases;
  }

  /** The phrases of a sentence's words, found once per sentence. */
  List<WordPatterns.Match> find(List<Word> words) {
    return phrases.findAll(words, 0, words.size());
  }

  /**
   * Whether trigger {@code m} lies inside one of the sentence's {@code phrases} or inside the name
   * of an organisation among {@code inSentence}.
   */
  boolean test(
      List<Word> words,
      WordPatterns.Match m,
      List<WordPatterns.Match> phrases,
      List<Entity> inSentence) {
    return inPhrase(m, phrases) || inName(words, m, inSentence) || notReflexive(words, m);
  }

  /**
   * "entretenu" without its reflexive pronoun is to keep something up ("la discrétion entretenue
   * par ses membres", "avait entretenu des rapports étroits"); only "s'est entretenu avec" is two
   * parties meeting, an adverb or two between them ("s'est ensuite longuement entretenu").
   */
  private static boolean notReflexive(List<Word> words, WordPatterns.Match m) {
    if (!words.get(m.first()).form().startsWith("entretenu")) {
      return false;
    }
    for (int k = m.first() - 1; k >= Math.max(0, m.first() - REFLEXIVE_REACH); k--) {
      if (REFLEXIVE.contains(words.get(k).form())) {
        return false;
      }
    }
    return true;
  }

  private static boolean inPhrase(WordPatterns.Match m, List<WordPatterns.Match> phrases) {
    for (WordPatterns.Match p : phrases) {
      if (p.first() <= m.first() && m.end() <= p.end()) {
        return true;
      }
    }
    return false;
  }

  /** A trigger word inside a longer organisation name ("Conseil de coopération du Golfe"). */
  private static boolean inName(List<Word> words, WordPatterns.Match m, List<Entity> inSentence) {
    int start = words.get(m.first()).start();
    int end = words.get(m.end() - 1).end();
    for (Entity e : inSentence) {
      if (e.type() == EntityType.ORGANIZATION
          && e.start() <= start
          && end <= e.end()
          && e.end() - e.start() > end - start) {
        return true;
      }
    }
    return false;
  }
}
