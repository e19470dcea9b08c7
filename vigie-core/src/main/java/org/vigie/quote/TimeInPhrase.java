package org.vigie.quote;

import java.util.Set;

/**
 * A time expression next to a speaker's phrase, which is when the statement was made, not who made
 * it: before an inverted subject ("a annoncé ce vendredi le commandant de l'opération", "déclarait
 * cette semaine une source au sein du CNT", "a affirmé le 6 septembre le ministre") and after one
 * ("a prévenu la France mardi", "a rapporté une ONG vendredi", "envoyé au Times début février").
 * Stateless apart from the document it reads; each reading bounded by {@link #MAX_WORDS}.
 */
final class TimeInPhrase {
  private static final int MAX_WORDS = 5;

  /** Nouns of a period that a demonstrative makes a date of ("cette semaine", "ce mois"). */
  private static final Set<String> PERIODS =
      Set.of(
          "semaine",
          "mois",
          "année",
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre");

  /** What opens a time expression before its noun ("ce vendredi", "le 6 septembre", "fin mars"). */
  private static final Set<String> OPENERS = Set.of("ce", "cette", "le", "début", "fin", "mi");

  private final TokenText t;
  private final SpeechLexicon lexicon;

  TimeInPhrase(TokenText t, SpeechLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
  }

  /**
   * The first word after a time expression starting at {@code i} ("ce vendredi", "cette semaine",
   * "le 6 septembre", "mardi soir"), or {@code i} when none starts there; never past {@code end}.
   */
  int skip(int i, int end) {
    int k = i;
    if (k < end && OPENERS.contains(t.lower(k))) {
      k++;
    }
    if (k < end && "NUM".equals(t.pos(k))) {
      k++; // "le 6 septembre"
    }
    int nouns = k;
    while (k < end && k - i < MAX_WORDS && timeNoun(k)) {
      k++;
    }
    return k > nouns ? k : i;
  }

  /**
   * Whether a time expression starts at {@code k} right after a noun or name that closes the
   * speaker's phrase ("la France mardi", "au Times début février"); a date in a name after a number
   * or a preposition stays ("le Mouvement du 6 avril").
   */
  boolean closesPhrase(int k) {
    if (k == 0 || !"NOUN".equals(t.pos(k - 1)) && !"PROPN".equals(t.pos(k - 1))) {
      return false;
    }
    boolean determiner = OPENERS.contains(t.lower(k)) && !t.is(k, "début") && !t.is(k, "fin");
    return !determiner && skip(k, t.sentence(k).endToken()) > k;
  }

  private boolean timeNoun(int k) {
    String w = t.lower(k);
    return lexicon.isTimeWord(w) || PERIODS.contains(w);
  }
}
