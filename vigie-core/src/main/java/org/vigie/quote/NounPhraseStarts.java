package org.vigie.quote;

import static org.vigie.quote.SpeakerPhraseReader.INNER_PREPOSITIONS;
import static org.vigie.quote.SpeakerPhraseReader.MAX_WORDS;
import static org.vigie.quote.SpeakerPhraseReader.NP_POS;

/**
 * Where a speaker's noun phrase starts, read leftwards from its last word: over nouns, adjectives,
 * names and "de"/"pour" complements, never across two juxtaposed phrases ("la réunion le
 * ministre"). Bounded by {@link SpeakerPhraseReader#MAX_WORDS}. Stateless apart from the document
 * it reads.
 */
final class NounPhraseStarts {
  private final TokenText t;

  NounPhraseStarts(TokenText tokens) {
    this.t = tokens;
  }

  /** A word that can open a noun phrase: determiner, noun, name or title. */
  boolean startsPhrase(int i) {
    String pos = t.pos(i);
    return "DET".equals(pos)
        || "PROPN".equals(pos)
        || "NOUN".equals(pos)
        || t.isTitle(i)
        || "X".equals(pos) && t.capitalised(i);
  }

  /**
   * A determiner right after a noun or adjective starts another phrase ("la réunion le ministre").
   */
  boolean juxtaposed(int k) {
    if (!"DET".equals(t.pos(k)) || k == 0) {
      return false;
    }
    String previous = t.pos(k - 1);
    return ("NOUN".equals(previous) || "PROPN".equals(previous) || "ADJ".equals(previous))
        && t.start(k) != t.start(k - 1);
  }

  /**
   * The leftmost word that can start the noun phrase ending at {@code end}, or -1. Walks left over
   * noun-phrase words and "de"/"pour" complements; a phrase never contains two juxtaposed phrases.
   */
  int start(int end, int sentenceFirst) {
    if (t.is(end, ")")) {
      // "Les comités locaux de coordination (LCC)": the phrase before its acronym
      int open = end - 1;
      while (open > sentenceFirst && end - open < 5 && !t.is(open, "(")) {
        open--;
      }
      if (!t.is(open, "(") || open - 1 < sentenceFirst) {
        return -1;
      }
      end = open - 1;
    }
    if (end < sentenceFirst || !(NP_POS.contains(t.pos(end)) || t.isTitle(end)) || t.isPunct(end)) {
      return -1;
    }
    int left = end;
    while (left - 1 >= sentenceFirst && end - left < MAX_WORDS && !juxtaposed(left)) {
      int k = left - 1;
      boolean inner =
          NP_POS.contains(t.pos(k)) && !t.isPunct(k)
              || t.isTitle(k)
              || INNER_PREPOSITIONS.contains(t.lower(k)) && "ADP".equals(t.pos(k))
              || t.is(k, "et");
      if (!inner) {
        break;
      }
      left = k;
    }
    for (int s = left; s <= end; s++) {
      boolean governed = s > left && "ADP".equals(t.pos(s - 1));
      if (startsPhrase(s) && !governed && !t.is(s - 1, "et")) {
        return s;
      }
    }
    return -1;
  }
}
