package org.vigie.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.QuoteKind;
import org.vigie.model.Sentence;
import org.vigie.model.SpeakerType;

/**
 * One document as the quote rules read it: its words ({@link TokenText}), its quotations, the
 * statements found so far and the words already reported, with the tests every family of rules
 * shares (is this word a cue, where does a verb group start, where does a content end). Rules add
 * statements through it; it bounds every look-around. One instance per document; not thread-safe.
 */
final class QuoteContext {
  static final int QUE_REACH = 10;

  /** Longest circumstance between an auxiliary and its participle ("a pour la première fois"). */
  static final int MAX_CIRCUMSTANCE = 8;

  static final Set<String> DOCUMENT_LINKS = Set.of("dans", "par");

  /** Prepositions of the medium of a saying ("sur Twitter", "dans un communiqué"). */
  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("sur", "dans");

  /** Prepositions of a circumstance of the saying, between an incise verb and its subject. */
  private static final Set<String> CIRCUMSTANCE_PREPOSITIONS =
      Set.of("à", "au", "aux", "en", "par", "sur", "dans", "devant", "depuis");

  final TokenText t;
  final List<QuotedSpan> spans;
  final SpeakerPhraseReader reader;
  final SpeechLexicon lexicon;
  final List<QuotedSpan> accepted = new ArrayList<>();
  final boolean[] quoted;
  final List<Draft> drafts = new ArrayList<>();
  final StatementBoundaries boundaries;
  int reportedUntil = -1;

  QuoteContext(TokenText t, List<QuotedSpan> spans, SpeechLexicon lexicon) {
    this.t = t;
    this.spans = spans;
    this.lexicon = lexicon;
    this.reader = new SpeakerPhraseReader(t, lexicon);
    this.quoted = new boolean[t.size()];
    this.boundaries = new StatementBoundaries(this);
  }

  /** The token of a document noun in "dans un communiqué" starting at {@code i}, or -1. */
  int documentAfter(int i) {
    if (i + 2 < t.size()
        && DOCUMENT_LINKS.contains(t.lower(i))
        && "DET".equals(t.pos(i + 1))
        && lexicon.speakerNoun(t.word(i + 2)) == SpeakerType.DOCUMENT) {
      return i + 2;
    }
    return -1;
  }

  /**
   * The token after the medium of a saying at {@code k} ("sur Twitter", "sur son compte Facebook",
   * "dans un communiqué"), else {@code k}: "sur" or "dans", an optional article and one or two
   * nouns, as in "a écrit sur Twitter : …" or "…, écrivent dans un communiqué plusieurs partis".
   */
  int afterMedium(int k) {
    return afterPrepositionalPhrase(k, MEDIUM_PREPOSITIONS, 2, false);
  }

  /**
   * The token after a circumstance of the saying at {@code k}, between an incise verb and its
   * inverted subject ("en Egypte", "par téléphone", "à l'Agence France-Presse", "sur son compte
   * Facebook"), else {@code k}: a preposition, an article and up to three nouns or names, up to a
   * person's name that starts the subject ("à la presse Abdallah Al-Zoubedi").
   */
  int afterSayingCircumstance(int k) {
    return afterPrepositionalPhrase(k, CIRCUMSTANCE_PREPOSITIONS, 3, true);
  }

  /**
   * The token after a phrase at {@code k} made of one of {@code prepositions} ("au" read as "à" +
   * "le" included), an optional article and up to {@code maxNouns} nouns or names, else {@code k};
   * {@code beforeName}: the phrase ends before a person's name that follows a noun.
   */
  private int afterPrepositionalPhrase(
      int k, Set<String> prepositions, int maxNouns, boolean beforeName) {
    if (k >= t.size() || !prepositions.contains(t.lower(k))) {
      return k;
    }
    int j = k + 1;
    if (j < t.size() && t.start(j) == t.start(k)) {
      j++; // "au" read as "à" + "le"
    }
    if (j < t.size() && "DET".equals(t.pos(j))) {
      j++;
    }
    int nouns = 0;
    while (j < t.size()
        && nouns < maxNouns
        && ("NOUN".equals(t.pos(j)) || "PROPN".equals(t.pos(j)))) {
      if (beforeName && nouns > 0 && "PER".equals(t.ner(j)) && !"PER".equals(t.ner(j - 1))) {
        break;
      }
      j++;
      nouns++;
    }
    return nouns > 0 ? j : k;
  }

  /** A weekday or time-of-day word the press puts between verb and object ("a annoncé mardi"). */
  boolean isTimeWord(int k) {
    return lexicon.isTimeWord(t.lower(k));
  }

  /**
   * Participial and gerund attributions: "…, affirmant que …", "en précisant que …", "tout en se
   * disant incapable …", "Washington évoquant la possibilité d'un « massacre »". The speaker is the
   * participle's own subject right before it, else the subject of the main clause.
   */
  boolean isParticipialCue(int i) {
    if (!lexicon.presentParticiple(t.word(i)) || !t.lower(i).endsWith("ant")) {
      return false;
    }
    String lemma = lexicon.reportingVerb(t.word(i), t.following(i, 2));
    return lemma != null && (!lexicon.isInciseOnly(lemma) || sloganFollows(lemma, i));
  }

  /** Adds a statement whose content follows the cue: tokens {@code [from, to)}. */
  void add(Attribution a, int from, int to) {
    addDraft(a, from, to);
  }

  Draft addDraft(Attribution a, int from, int to) {
    if (to <= from || words(from, to) < 2) {
      return null;
    }
    Draft d = draft(a, from, to);
    reportedUntil = Math.max(reportedUntil, d.end);
    return d;
  }

  /** Adds a statement whose content precedes the cue: tokens {@code [from, to)}. */
  void addBefore(Attribution a, int from, int to) {
    while (to > from && t.isPunct(to - 1) && !isMark(to - 1)) {
      to--;
    }
    if (to <= from || words(from, to) < 3 || inAccepted(from)) {
      return; // a quotation opening the content was attributed already
    }
    Draft d = draft(a, from, to);
    reportedUntil = Math.max(reportedUntil, t.end(a.lastToken()));
    d.attributionEnd = t.end(a.lastToken());
  }

  /**
   * Adds a statement on both sides of its incise: tokens {@code [from, to)} and {@code [resume,
   * end)}, the incise left out of its text.
   */
  void addAround(Attribution a, int from, int to, int resume, int end) {
    while (to > from && t.isPunct(to - 1) && !isMark(to - 1)) {
      to--;
    }
    if (to <= from || end <= resume || inAccepted(from)) {
      return;
    }
    Draft d = draft(a, from, to);
    d.end = t.end(end - 1);
    d.text = d.text + " " + t.text.substring(t.start(resume), d.end);
    d.kind = hasFragment(d.start, d.end) ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    d.attributionEnd = d.end;
    reportedUntil = Math.max(reportedUntil, d.end);
  }

  Draft draft(Attribution a, int from, int to) {
    Draft d = new Draft();
    d.start = t.start(from);
    d.end = t.end(to - 1);
    d.text = t.text.substring(d.start, d.end);
    d.kind = hasFragment(d.start, d.end) ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    d.phrase = a.phrase();
    d.cueFirst = a.cueFirst();
    d.cueLast = a.cueLast();
    d.attributionEnd = d.end;
    d.documentNoun = documentAfter(a.lastToken() + 1);
    drafts.add(d);
    return d;
  }

  /** The end (exclusive) of a content starting at {@code from}: before final punctuation. */
  int contentEnd(int from, int sentenceEnd) {
    int end = sentenceEnd;
    for (int k = from + 1; k < sentenceEnd; k++) {
      if (quoted[k] || boundaries.startsNextStatement(k)) {
        end = k; // a direct quote or another statement after the content is not part of it
        break;
      }
    }
    while (end > from && t.isPunct(end - 1) && !isMark(end - 1)) {
      end--;
    }
    return end;
  }

  /** A reporting verb that can introduce a statement anywhere (not an incise-only verb). */
  boolean isCue(int i) {
    String lemma = cueLemma(i);
    return lemma != null && (!lexicon.isInciseOnly(lemma) || sloganFollows(lemma, i));
  }

  /**
   * Whether a verb of chanting or shouting has its words after it: a quotation mark, a colon or
   * "que", past adverbs ("scandent « Dégage ! »", "criaient encore : « … »", "scandent que …").
   */
  private boolean sloganFollows(String lemma, int verb) {
    if (!lexicon.isSloganVerb(lemma)) {
      return false;
    }
    int k = verb + 1;
    while (k < t.size() && k - verb <= 2 && t.isAdverb(k)) {
      k++;
    }
    if (t.is(k, ":")) {
      k++;
    }
    return k < t.size() && (isMark(k) || !t.is(k - 1, ":") && (t.is(k, "que") || t.is(k, "qu'")));
  }

  /** A reporting verb in an incise right after a quotation: any reporting verb will do. */
  boolean isInciseCue(int i) {
    return cueLemma(i) != null;
  }

  String cueLemma(int i) {
    // a word before its inverted subject ("analyse-t-il", "argumente-t-elle") is a verb whatever
    // the tagger says: the tagger reads such forms as the noun or adjective they also spell
    boolean inverted = i + 1 < t.size() && t.isInvertedClitic(i + 1);
    if (!(t.isVerb(i)
        || t.isAux(i)
        || inverted
        || "ADJ".equals(t.pos(i)) && i > 0 && t.isAux(i - 1)
        || inciseSlot(i))) {
      return null;
    }
    return lexicon.reportingVerb(t.word(i), t.following(i, 2));
  }

  /**
   * Whether token {@code i} stands where French puts an incise verb, right after a quotation and
   * its comma ("« … », analyse X", "« … », juge X", "« … », s'emporte X"): a finite verb whatever
   * the tagger read there, which takes "analyse", "juge" or "positive" for a noun or an adjective.
   */
  private boolean inciseSlot(int i) {
    int k = i - 1;
    if (t.is(k, "s'") || t.is(k, "se")) {
      k--;
    }
    return t.is(k, ",") && closesQuotation(k - 1) && !lexicon.nonFinite(t.word(i));
  }

  boolean hasCue(Sentence s) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (isCue(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * First word of the verb group: auxiliaries, adverbs, clitics and the asides of French news ("a,
   * de son côté, souhaité", "a pour sa part déclaré") before the verb.
   */
  int groupStart(int verb) {
    int first = t.sentence(verb).firstToken();
    int k = verb;
    while (k - 1 >= first && verb - k < 10) {
      int aside = t.asideEndingAt(k - 1);
      int auxiliary = k == verb ? auxiliaryAcrossCircumstance(verb, first) : -1;
      if (aside > 0) {
        k -= aside;
      } else if (auxiliary >= 0) {
        k = auxiliary;
      } else if (t.isAux(k - 1)
          || t.isAdverb(k - 1)
          || t.isObjectClitic(k - 1)
          || t.isInvertedClitic(k - 1)
          || t.is(k - 1, "en")) {
        k--;
      } else {
        break;
      }
    }
    return Math.max(first, k);
  }

  /**
   * The auxiliary of a participle separated from it by a circumstance ("avait la veille estimé", "a
   * pour la première fois assuré", "avait à l'époque expliqué", "a mardi à Genève déclaré"), or -1.
   * The circumstance opens with a preposition, an adverb, a number, a comma or a time word (a bare
   * noun phrase would be the auxiliary's object: "a des informations confirmées") and holds no verb
   * and no clause.
   */
  int auxiliaryAcrossCircumstance(int verb, int first) {
    if (!lexicon.canBeNonFinite(t.word(verb))) {
      return -1;
    }
    for (int k = verb - 1; k >= first && verb - k <= MAX_CIRCUMSTANCE; k--) {
      if (t.isAux(k)) {
        int open = k + 1;
        boolean circumstance =
            open < verb - 1
                && ("ADP".equals(t.pos(open))
                    || t.isAdverb(open)
                    || "NUM".equals(t.pos(open))
                    || t.is(open, ",")
                    || isTimeWord(open)
                    || "DET".equals(t.pos(open)) && isTimeWord(open + 1));
        return circumstance ? k : -1;
      }
      boolean clause =
          t.isVerb(k)
              || "SCONJ".equals(t.pos(k))
              || "PRON".equals(t.pos(k))
              || t.isPunct(k) && !t.is(k, ",")
              || isMark(k)
              || inAccepted(k);
      if (clause) {
        return -1;
      }
    }
    return -1;
  }

  /** An auxiliary a few words before a participle: "a, mardi soir à Bruxelles, déclaré". */
  boolean auxiliaryBefore(int verb) {
    int first = Math.max(t.sentence(verb).firstToken(), verb - 10);
    for (int k = verb - 1; k >= first; k--) {
      if (t.isAux(k)) {
        return true;
      }
      if (t.isVerb(k)) {
        return false;
      }
    }
    return false;
  }

  /** A reflexive verb group: "se dit", "s'est déclaré", "en se disant". */
  boolean reflexive(int group, int verb) {
    for (int k = Math.max(0, Math.min(group, verb - 1)); k < verb; k++) {
      if (t.is(k, "se") || t.is(k, "s'")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A passive ("il a été annoncé que", "sont considérées comme") names no speaker as subject; a
   * reflexive ("s'est déclarée") is not a passive.
   */
  boolean passive(int group, int verb) {
    boolean etre = false;
    for (int k = group; k < verb; k++) {
      if (t.is(k, "se") || t.is(k, "s'")) {
        return false;
      }
      etre |= t.isFormOfEtre(k);
    }
    return etre;
  }

  /** The "que" opening the cue's complement clause, within a few words and no other verb. */
  int que(int verb) {
    String lemma = cueLemma(verb);
    // "a fait savoir qu'…", "laisse entendre que …": the que-clause follows the whole phrase
    int from = verb + 1 + (lemma == null ? 0 : lemma.split(" ").length - 1);
    int end = Math.min(t.sentence(verb).endToken(), from + QUE_REACH - 1);
    for (int k = from; k < end; k++) {
      String w = t.lower(k);
      if ((w.equals("que") || w.equals("qu'")) && !t.is(k - 1, "ce") && !"PRON".equals(t.pos(k))
          || (w.equals("que") || w.equals("qu'")) && k == from) {
        return k;
      }
      if (t.isVerb(k)
          || t.is(k, ".")
          || t.is(k, ";")
          || t.is(k, ":")
          || inAccepted(k)
          || isMark(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** A quoted fragment opening within a few words after the verb, or -1. */
  int fragmentAfter(int verb, Sentence sentence) {
    int end = Math.min(sentence.endToken(), verb + 8);
    for (int k = verb + 1; k < end; k++) {
      if (t.isVerb(k) || t.is(k, ",") || t.is(k, ".") || inAccepted(k)) {
        return -1;
      }
      if (isMark(k) && hasFragment(t.start(k), t.end(k))) {
        return k;
      }
    }
    return -1;
  }

  boolean endsSoon(int verb, Sentence sentence) {
    for (int k = verb + 1; k < sentence.endToken(); k++) {
      if (t.is(k, "que") || t.is(k, "qu'") || t.is(k, ":") || isMark(k)) {
        return false;
      }
    }
    return true;
  }

  /** At least one verb and a few words: a clause, not a name or a fragment. */
  boolean isClause(int from, int to) {
    int verbs = 0;
    for (int k = from; k < to; k++) {
      if ((t.isVerb(k) || t.isAux(k)) && !inAccepted(k)) {
        verbs++;
      }
    }
    return verbs > 0 && words(from, to) >= 3;
  }

  /** Whether token {@code k} is the closing mark of a quotation. */
  boolean closesQuotation(int k) {
    if (k < 0 || k >= t.size() || !isMark(k)) {
      return false;
    }
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) { // the first quotation closing at or after the mark's end
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).close() < t.end(k)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < spans.size() && spans.get(lo).close() == t.end(k);
  }

  boolean isMark(int k) {
    String w = t.word(k);
    return w.length() == 1 && "«»“”„‹›\"'".indexOf(w.charAt(0)) >= 0;
  }

  boolean hasFragment(int start, int end) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) { // the first quotation opening at or after start
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).open() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < spans.size() && spans.get(i).open() < end; i++) {
      if (!inAcceptedOffset(spans.get(i).open())) {
        return true;
      }
    }
    return false;
  }

  /** Marks a quotation as a direct quote: its words are no cue for anything else. */
  void accept(QuotedSpan q) {
    accepted.add(q);
    for (int k = t.firstAtOrAfter(q.open()); k < t.size() && t.start(k) < q.close(); k++) {
      quoted[k] = true;
    }
  }

  boolean inAccepted(int token) {
    return token >= 0 && token < quoted.length && quoted[token];
  }

  boolean inAcceptedOffset(int offset) {
    int k = t.firstAtOrAfter(offset + 1) - 1; // the word holding the offset
    return k >= 0 && t.end(k) > offset && quoted[k];
  }

  int words(QuotedSpan q) {
    int from = t.firstAtOrAfter(q.contentStart());
    int to = t.firstAtOrAfter(q.contentEnd());
    return words(from, to);
  }

  int words(int from, int to) {
    int n = 0;
    for (int k = from; k < to && k < t.size(); k++) {
      if (!t.isPunct(k) && (k == 0 || t.start(k) != t.start(k - 1))) {
        n++;
      }
    }
    return n;
  }
}
