package org.vigie.quote;

/**
 * What may stand between a subject and its verb, set off by commas: a noun phrase in apposition
 * ("X, un réseau de militants, a fait état de …", "Ahmad Nasser, 27 ans, qui jure …", "Moscou,
 * allié de Damas, a affirmé …") or a participial phrase ("Les comités (LCC), regroupant des
 * militants, ont accusé …"). The subject is the phrase before it. Stateless apart from the document
 * it reads.
 */
final class Appositions {
  private final TokenText t;
  private final SpeechLexicon lexicon;

  Appositions(TokenText t, SpeechLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
  }

  /**
   * Whether tokens {@code [from, to)} are a participial phrase set between the subject and its
   * verb: a participle, then its complements without another verb or clause ("regroupant des
   * militants", "citant une source militaire", "interrogé par l'AFP").
   */
  boolean isParticipialPhrase(int from, int to) {
    boolean opens =
        (t.isVerb(from) || "ADJ".equals(t.pos(from))) && lexicon.canBeNonFinite(t.word(from));
    if (to - from < 2 || !opens) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      boolean inner =
          SpeakerPhraseReader.NP_POS.contains(t.pos(k)) && !t.isPunct(k)
              || "ADP".equals(t.pos(k))
              || t.isAdverb(k)
              || t.isTitle(k);
      if (!inner) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code [from, to)} are a noun phrase in apposition: a determiner, a number or a
   * common noun, then only noun-phrase words and inner prepositions ("un réseau de militants",
   * "l'organe de décision des rebelles", "27 ans", "allié de Damas", "porte-parole du parti").
   */
  boolean isApposition(int from, int to) {
    boolean opens =
        "DET".equals(t.pos(from))
            || "NUM".equals(t.pos(from))
            || ("NOUN".equals(t.pos(from)) || "ADJ".equals(t.pos(from))) && !t.capitalised(from);
    if (to - from < 2 || !opens) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      boolean inner =
          SpeakerPhraseReader.NP_POS.contains(t.pos(k)) && !t.isPunct(k)
              || SpeakerPhraseReader.INNER_PREPOSITIONS.contains(t.lower(k))
                  && "ADP".equals(t.pos(k));
      if (!inner) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code [from, to)} are a noun phrase in apposition followed by its restrictive
   * relative clause ("X, un médecin qui a soigné des blessés, dit avoir …"): the relative is about
   * the apposition, so the clause's subject is still the phrase before it.
   */
  boolean isAppositionWithRelative(int from, int to) {
    for (int k = from + 2; k < to; k++) {
      if (t.is(k, "qui")) {
        return isApposition(from, k);
      }
    }
    return false;
  }
}
