package org.vigie.quote;

import java.util.Set;
import org.vigie.model.Sentence;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Reports whose statement is the sentence before: a pronoun object standing for it ("X l'a
 * souligné") and a cleft whose relative holds the reporting verb ("C'est ce que confirment X",
 * "C'est en tout cas ce qu'a révélé le quotidien X"), the speaker then inverted after the verb. The
 * sentence before counts only when no cue of its own claims it. Per document; not thread-safe.
 */
final class SentenceBeforeQuotes {
  /** Forms of "être" that open the cleft ("c'est", "c'était", "ce sont"). */
  private static final Set<String> CLEFT_VERBS = Set.of("est", "était", "sont", "étaient");

  /** Words a cleft may hold between "c'est" and "ce que" ("c'est en tout cas", "du moins"). */
  private static final int CLEFT_ASIDE = 4;

  private final QuoteContext c;
  private final TokenText t;
  private final SubjectFinder subjects;

  SentenceBeforeQuotes(QuoteContext c, SubjectFinder subjects) {
    this.c = c;
    this.t = c.t;
    this.subjects = subjects;
  }

  /** Whether the verb group at {@code group} is the relative of a cleft ("c'est ce qu'a dit"). */
  boolean isCleft(int group) {
    int que = group - 1;
    if (!(t.is(que, "que") || t.is(que, "qu'")) || !t.is(que - 1, "ce")) {
      return false;
    }
    int first = t.sentence(group).firstToken();
    for (int k = que - 2; k >= first && que - 2 - k <= CLEFT_ASIDE; k--) {
      if (CLEFT_VERBS.contains(t.lower(k))) {
        return (t.is(k - 1, "c'") || t.is(k - 1, "ce")) && k - 1 == first;
      }
    }
    return false;
  }

  /**
   * "C'est ce que confirment Moreno et Rossella": the sentence before, said by the subject inverted
   * after the verb. A cleft whose subject stands before the verb ("c'est ce qu'il a dit") names no
   * one new and is left to the pronoun rules of other cues.
   */
  void cleft(int group, int verb) {
    Attribution a = subjects.invertedOrAfter(group, verb);
    if (a != null && a.phrase().form() != Form.UNKNOWN) {
      sentenceBefore(a, t.sentence(verb));
    }
  }

  /** "X l'a souligné": the statement is the sentence before, said by the subject before "l'". */
  boolean pronounObject(int group, int verb) {
    if (!((t.is(group, "l'") || t.is(group, "le"))
        && "PRON".equals(t.pos(group))
        && c.endsSoon(verb, t.sentence(verb)))) {
      return false;
    }
    SpeakerPhrase p = subjects.subjectBefore(group);
    if (p != null) {
      sentenceBefore(new Attribution(p, group, verb, verb), t.sentence(verb));
    }
    return true;
  }

  private void sentenceBefore(Attribution a, Sentence sentence) {
    int s = t.sentenceIndex(sentence.firstToken()) - 1;
    if (s < 0) {
      return;
    }
    Sentence previous = t.sentences.get(s);
    if (!c.inAccepted(previous.firstToken()) && !c.hasCue(previous)) {
      c.addBefore(a, previous.firstToken(), previous.endToken());
    }
  }
}
