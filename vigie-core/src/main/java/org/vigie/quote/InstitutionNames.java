package org.vigie.quote;

/**
 * A person's name closing a run of capitalised words that starts with the institution of a role,
 * which the tagger did not mark: "le secrétaire général de l'ONU Ban Ki-moon", "la ministre de la
 * Justice Christiane Taubira", "le vice-ministre de la Défense Faouzi Abou Katif", "le chef du
 * Hezbollah Hassan Nasrallah". Per document; not thread-safe.
 */
final class InstitutionNames {
  private final TokenText t;
  private final SpeechLexicon lexicon;

  InstitutionNames(TokenText t, SpeechLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
  }

  /**
   * The first token of the person's name in the run {@code [from, last]}, or -1. The institution is
   * an acronym or common nouns and the name, at least two words, opens with a word that is not an
   * adjective ("de l'Armée Syrienne Libre" names no one); or the institution is a name and a known
   * first name opens the person's ("du Hezbollah Hassan Nasrallah").
   */
  int personAfter(int from, int last) {
    int k = from;
    while (k <= last && (acronym(k) || lexicon.commonNounNotName(t.word(k)))) {
      k++;
    }
    boolean name =
        k > from
            && last - k >= 1
            && !lexicon.adjective(t.lower(k))
            && lexicon.speakerNoun(t.word(k)) == null;
    if (name) {
      return k;
    }
    for (int f = from + 1; f < last; f++) {
      if (lexicon.firstNameGender(t.word(f)) != '?') {
        return f;
      }
    }
    return -1;
  }

  private boolean acronym(int k) {
    String w = t.word(k);
    return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
  }
}
