package org.vigie.quote;

import org.vigie.model.Sentence;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Where a verb of saying is an incise, set after or inside the words it reports: after a quoted
 * fragment ("on atteint « deux extrêmes », résume X"), not after a subject's own relative clause
 * ("Le Comité, qui représente les insurgés, a rejeté …"), closing a sentence whose speech act it
 * reports ("La Russie appelle à …, a déclaré le ministre"), and whether the statement resumes after
 * it ("la Turquie, dit-il, aurait …"). Per document; not thread-safe.
 */
final class IncisePositions {
  private final QuoteContext c;
  private final TokenText t;
  private final SpeechLexicon lexicon;
  private final SubjectFinder subjects;

  IncisePositions(QuoteContext c, SubjectFinder subjects) {
    this.c = c;
    this.t = c.t;
    this.lexicon = c.lexicon;
    this.subjects = subjects;
  }

  /**
   * Whether the verb group at {@code verb} follows a quoted fragment that ends a clause
   * mid-sentence ("on atteint « deux extrêmes », résume X"): any verb of saying is an incise there,
   * as after a quotation opening its sentence.
   */
  boolean afterFragment(int verb) {
    int k = c.groupStart(verb) - 1;
    if (t.is(k, ",")) {
      k--;
    }
    return c.closesQuotation(k) && !c.inAccepted(k);
  }

  /**
   * Whether the words before the comma are the verb's subject with its relative clause or
   * apposition, opening the sentence ("Le Comité, qui représente les insurgés, a rejeté cette
   * offre"): the comma closes the comment on the subject, so the verb is no incise and the phrase
   * after it is its object, not an inverted subject.
   */
  boolean subjectWithCommentOpens(int group, Sentence sentence) {
    if (!t.is(group - 1, ",")) {
      return false;
    }
    SpeakerPhrase p = subjects.subjectBefore(group);
    return p != null && p.form() != Form.UNKNOWN && p.first() == sentence.firstToken();
  }

  /**
   * Whether the sentence ends on an incise with its own speaker after a speech act's object ("La
   * Russie appelle à un cessez-le-feu, a déclaré le ministre X"): the whole clause is what the
   * incise's speaker said, so the speech act inside it is no statement of its own.
   */
  boolean inciseAfter(int object, Sentence sentence) {
    for (int k = object + 1; k + 1 < sentence.endToken(); k++) {
      if (c.inAccepted(k) || t.is(k, "que") || t.is(k, "qu'") || t.is(k, ":")) {
        return false;
      }
      if (!t.is(k, ",")) {
        continue;
      }
      int verb = k + 1;
      while (verb < sentence.endToken() && verb - k <= 3 && (t.isAux(verb) || t.isAdverb(verb))) {
        verb++;
      }
      if (verb < sentence.endToken()
          && c.isInciseCue(verb)
          && !lexicon.nonFinite(t.word(verb))
          && subjects.invertedOrAfter(k + 1, verb) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence goes on after an incise with the rest of the statement ("la Turquie, dit-
   * il, aurait laissé passer …"), not with a relative clause about the speaker ("…, a déclaré X,
   * qui …") or another statement.
   */
  boolean continuesAfterIncise(int resume, Sentence sentence) {
    if (resume >= sentence.endToken()
        || c.inAccepted(resume)
        || c.boundaries.startsNextStatement(resume - 1)) {
      return false;
    }
    String w = t.lower(resume);
    boolean relative =
        w.equals("qui") || w.equals("que") || w.equals("qu'") || w.equals("dont") || w.equals("où");
    // "…, a souligné X, lors d'un briefing tenu …": a circumstance of the saying, not its content
    boolean infinitiveComplement =
        (w.equals("de") || w.equals("d'")) && lexicon.infinitive(t.word(resume + 1));
    if ("ADP".equals(t.pos(resume)) && !infinitiveComplement || t.is(resume, "lors")) {
      return false;
    }
    // "…, se lamente X, directrice de …": an apposition to the speaker has no verb
    return !relative
        && !"PRON".equals(t.pos(resume))
        && c.isClause(resume, c.contentEnd(resume, sentence.endToken()));
  }
}
