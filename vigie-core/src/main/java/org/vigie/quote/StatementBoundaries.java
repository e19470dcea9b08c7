package org.vigie.quote;

import org.vigie.model.Sentence;

/**
 * Where a statement's content stops because another statement of the same sentence begins: a
 * coordinated or participial report ("…, et accusé …", "…, en affirmant que …"), a contrasting
 * clause with its own reporting verb ("…, tandis que Moscou a affirmé que …") and an absolute
 * participle with its own subject ("…, les insurgés affirmant que …"). Every look-ahead is bounded.
 * Per document; not thread-safe.
 */
final class StatementBoundaries {
  /** Longest subject between "tandis que" and its reporting verb. */
  private static final int MAX_CONTRAST = 15;

  /** Longest subject of an absolute participle ("les forces du régime affirmant que"). */
  private static final int MAX_PARTICIPLE_SUBJECT = 6;

  private final QuoteContext c;
  private final TokenText t;

  StatementBoundaries(QuoteContext c) {
    this.c = c;
    this.t = c.t;
  }

  /**
   * Whether a second statement of the same sentence starts at {@code k}: "et accusé …", ", en
   * affirmant …", ", affirmant que …", "tout en assurant …".
   */
  boolean startsNextStatement(int k) {
    int j = k;
    if (t.is(j, ",")) {
      j++;
    }
    if (contrastedStatement(j) || j > k && absoluteParticiple(j)) {
      return true;
    }
    boolean linked = j > k;
    if (t.is(j, "et") || t.is(j, "puis")) {
      j++;
      linked = true;
    }
    if (t.is(j, "tout")) {
      j++;
    }
    if (t.is(j, "en")) {
      j++;
      linked = true;
    }
    if (!linked) {
      return false;
    }
    for (int n = 0; j < t.size() && n < 4; n++) {
      if (t.isAux(j) || t.isAdverb(j) || t.isObjectClitic(j)) {
        j++;
      } else {
        break;
      }
    }
    if (j >= t.size()) {
      return false;
    }
    if (c.isParticipialCue(j)) {
      // A gerund right after the statement, with no comma and no que-clause of its own, says how
      // it was said, not something more: "appelle à observer une « stricte neutralité » en
      // refusant de s'ingérer", "recommande de … en appelant « étudiants » les agresseurs".
      boolean bareGerund = t.is(k, "en");
      return !bareGerund || c.que(j) >= 0;
    }
    boolean participle = t.isVerb(j) && c.lexicon.participleOnly(t.word(j));
    return participle && c.isCue(j) && (t.is(k, "et") || t.is(k + 1, "et"));
  }

  /**
   * Whether a contrasting or conceding clause with a statement of its own starts at {@code k}: "…,
   * tandis que Moscou a affirmé que …", "alors que l'opposition assure que …", "…, même s'il estime
   * peu probable que …", "bien qu'il ait reconnu que …". Its reporting verb, with its que-clause,
   * comes within a subject's length.
   */
  private boolean contrastedStatement(int k) {
    int clause = contrastLength(k);
    if (clause == 0) {
      return false;
    }
    int end = t.sentence(Math.min(k, t.size() - 1)).endToken();
    for (int j = k + clause; j < end && j - k <= MAX_CONTRAST; j++) {
      if (c.isCue(j)) {
        return c.que(j) >= 0;
      }
      if (t.is(j, "que") || t.is(j, "qu'") || c.isMark(j)) {
        return false;
      }
    }
    return false;
  }

  /** The words of a contrasting conjunction at {@code k} ("tandis que", "même si"), or 0. */
  private int contrastLength(int k) {
    boolean que = t.is(k + 1, "que") || t.is(k + 1, "qu'");
    if ((t.is(k, "tandis") || t.is(k, "alors") || t.is(k, "bien")) && que) {
      return 2;
    }
    boolean si = t.is(k + 1, "si") || t.is(k + 1, "s'");
    return t.is(k, "même") && si ? 2 : 0;
  }

  /**
   * Whether an absolute participial clause reporting speech starts at {@code k}: a subject of its
   * own and a reporting participle with a que-clause or a quoted object ("…, les insurgés affirmant
   * que …", "…, Washington évoquant un « massacre »"). Its speaker is that subject, not the main
   * clause's.
   */
  private boolean absoluteParticiple(int k) {
    String first = t.pos(k);
    if (!("DET".equals(first) || "PROPN".equals(first) && t.capitalised(k))) {
      return false;
    }
    boolean noun = false;
    for (int j = k; j < t.size() && j - k <= MAX_PARTICIPLE_SUBJECT; j++) {
      String pos = t.pos(j);
      if (noun && j > k && c.isParticipialCue(j)) {
        Sentence sentence = t.sentence(j);
        return c.que(j) >= 0 || c.fragmentAfter(j, sentence) >= 0;
      }
      if ("NOUN".equals(pos) || "PROPN".equals(pos)) {
        noun = true;
      } else if (!("DET".equals(pos) || "ADJ".equals(pos) || "ADP".equals(pos))) {
        return false;
      }
    }
    return false;
  }
}
