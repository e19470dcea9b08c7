package org.vigie.quote;

import java.util.List;
import org.vigie.model.Sentence;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Who speaks at a cue: the subject before the verb group ("Le porte-parole … a déclaré"), an
 * inverted clitic ("a-t-elle déclaré"), a subject after the verb ("a déclaré le ministre"), the
 * dependency parse's {@code nsubj} when word patterns find none, or the subject of the main clause
 * for a participle. Per document; not thread-safe.
 */
final class SubjectFinder {
  /** Longest circumstance between an incise verb and its subject. */
  private static final int MAX_CIRCUMSTANCE = 14;

  /** Most asides, day words and circumstances between an incise verb and its subject. */
  private static final int MAX_INCISE_STEPS = 4;

  /** Longest addressee between an incise verb and its subject ("à l'agence Reuters"). */
  private static final int MAX_ADDRESSEE = 6;

  /** Longest object between two coordinated verbs sharing a subject. */
  private static final int MAX_COORDINATED = 25;

  private final QuoteContext c;
  private final TokenText t;
  private final SpeakerPhraseReader reader;
  private final SpeechLexicon lexicon;
  private final List<Draft> drafts;

  SubjectFinder(QuoteContext c) {
    this.c = c;
    this.t = c.t;
    this.reader = c.reader;
    this.lexicon = c.lexicon;
    this.drafts = c.drafts;
  }

  /** A cue verb's speaker: its subject before it, an inverted clitic, or a subject after it. */
  Attribution subjectOf(int verb) {
    int group = c.groupStart(verb);
    for (int k = group; k <= verb + 1 && k < t.size(); k++) {
      if (t.isInvertedClitic(k)) {
        return new Attribution(invertedPronoun(k), group, Math.max(k, verb), Math.max(k, verb));
      }
    }
    SpeakerPhrase p = subjectBefore(group);
    if (p == null) {
      p = coordinatedSubject(group);
    }
    if (p == null) {
      p = parsedSubject(verb);
    }
    if (p != null) {
      return new Attribution(p, group, verb, verb);
    }
    p = reader.after(verb + 1);
    if (p != null && p.form() != Form.UNKNOWN) {
      return new Attribution(p, group, verb, p.last());
    }
    return null;
  }

  /**
   * The subject a verb group shares with the verb before it when the two are coordinated ("X n'a
   * pas confirmé ces informations mais a assuré que …", "X a visité le camp et a affirmé que …"):
   * the subject of the nearest finite verb before the conjunction, in the same sentence.
   */
  SpeakerPhrase coordinatedSubject(int group) {
    int link = group - 1;
    if (!(t.is(link, "et") || t.is(link, "mais") || t.is(link, "puis"))) {
      return null;
    }
    int first = t.sentence(group).firstToken();
    for (int v = link - 1; v >= first && link - v <= MAX_COORDINATED; v--) {
      if (c.inAccepted(v) || t.is(v, "que") || t.is(v, "qu'")) {
        return null;
      }
      boolean finite = (t.isVerb(v) || t.isAux(v)) && !lexicon.nonFinite(t.word(v));
      if (finite && !(lexicon.participleOnly(t.word(v)) && !c.auxiliaryBefore(v))) {
        SpeakerPhrase p = subjectBefore(c.groupStart(v));
        return p == null || p.form() == Form.UNKNOWN ? null : p;
      }
    }
    return null;
  }

  /**
   * The subject the dependency parse gives the verb ({@code nsubj}), when the word patterns found
   * none: "Le porte-parole, qui s'exprimait devant la presse à Genève mardi, a déclaré que …".
   */
  SpeakerPhrase parsedSubject(int verb) {
    int subject = t.dependentOf(verb, "nsubj");
    if (subject < 0 || subject > verb) {
      return null;
    }
    int first = subject;
    int last = subject;
    int sentenceFirst = t.sentence(verb).firstToken();
    for (int k = subject - 1;
        k >= sentenceFirst && subject - k < SpeakerPhraseReader.MAX_WORDS;
        k--) {
      if (t.governedBy(k, subject)) {
        first = k;
      }
    }
    for (int k = subject + 1; k < verb && k - subject < SpeakerPhraseReader.MAX_WORDS; k++) {
      if (t.isPunct(k)) {
        break; // "La télévision libyenne, citant une source militaire, a affirmé"
      }
      if (t.governedBy(k, subject)) {
        last = k;
      }
    }
    while (last > first && t.isPunct(last)) {
      last--;
    }
    SpeakerPhrase p = reader.classify(first, last, -1);
    return p.form() == Form.UNKNOWN ? null : p;
  }

  SpeakerPhrase subjectBefore(int group) {
    int aside = t.asideEndingAt(group - 1);
    if (aside > 0) {
      group -= aside; // "X, de son côté, a déclaré"
    }
    if (t.is(group - 1, "qui") && t.is(group - 2, ",")) {
      SpeakerPhrase p = reader.before(group - 2);
      // "Ahmad Nasser, 27 ans, qui jure …": the relative clause follows an apposition
      return p == null || p.form() == Form.UNKNOWN
          ? reader.before(group - 1)
          : reader.nameBeforeApposition(p);
    }
    if (t.is(group - 1, "qui")) {
      // "le président Barack Obama qui a indiqué que …", "des vendeurs qui jurent que …": a
      // restrictive relative's subject is the phrase it follows; "ce qui", "celui qui" name no one
      return relativeAntecedent(group - 1);
    }
    return reader.before(group);
  }

  /**
   * The speaker a restrictive relative "qui" at {@code qui} hangs on: the phrase before it, or the
   * complement in it that names someone when its head names no speaker ("une intervention du
   * président Barack Obama qui a indiqué que …": Obama speaks, not the intervention); null when no
   * one is named ("ce qui", "celui qui").
   */
  private SpeakerPhrase relativeAntecedent(int qui) {
    SpeakerPhrase p = reader.before(qui);
    if (p == null || p.form() == Form.UNKNOWN) {
      return null;
    }
    for (int k = p.first() + 1; k <= p.last() && !namesSpeaker(p); k++) {
      if (t.isOf(k - 1) && !t.isOf(k)) {
        SpeakerPhrase complement = reader.classify(k, p.last(), -1);
        p = complement.form() == Form.UNKNOWN ? p : complement;
      }
    }
    // "Somia Kadri, la blogueuse qui a … , a écrit :": the apposition's relative speaks of the name
    return reader.nameBeforeApposition(p);
  }

  /** Whether a phrase is headed by a speaker noun ("le ministre", "l'ONG") or is a bare name. */
  private boolean namesSpeaker(SpeakerPhrase p) {
    return p.head() == null ? p.form() != Form.UNKNOWN : lexicon.speakerNoun(p.head()) != null;
  }

  /**
   * The subject of the clause a participle hangs on (before token {@code before}): the statement
   * already found there, else the dependency parse, else the subject before the clause's first
   * finite verb.
   */
  SpeakerPhrase mainSubject(int before, Sentence sentence) {
    // direct quotes are all found before the indirect rules run, so the list is not in reading
    // order: the statement wanted is the latest one whose cue is in the clause
    Draft latest = null;
    for (Draft previous : drafts) {
      if (previous.phrase != null
          && previous.cueLast >= sentence.firstToken()
          && previous.cueLast < before
          && (latest == null || previous.cueLast > latest.cueLast)) {
        latest = previous;
      }
    }
    if (latest != null) {
      return latest.phrase;
    }
    for (int v = sentence.firstToken(); v < before; v++) {
      boolean finite = (t.isVerb(v) || t.isAux(v)) && !lexicon.nonFinite(t.word(v));
      // "La députée Sophie Garnier a voté …": a participle-only word ("députée") is no verb
      boolean bareParticiple = lexicon.participleOnly(t.word(v)) && !c.auxiliaryBefore(v);
      if (finite && !bareParticiple && !c.inAccepted(v)) {
        int group = c.groupStart(v);
        SpeakerPhrase p = subjectBefore(group);
        if (p == null) {
          p = parsedSubject(v);
        }
        return p == null || p.form() == Form.UNKNOWN ? null : p;
      }
    }
    return null;
  }

  Attribution invertedOrAfter(int group, int verb) {
    for (int k = group; k <= verb + 1 && k < t.size(); k++) {
      if (t.isInvertedClitic(k)) {
        return new Attribution(invertedPronoun(k), group, Math.max(k, verb), Math.max(k, verb));
      }
    }
    SpeakerPhrase p = reader.inInversion(reader.after(invertedSubjectStart(verb)));
    if (p == null || p.form() == Form.UNKNOWN) {
      p = reader.inInversion(afterCircumstance(verb + 1)); // "…, a déclaré, lors de …, X"
    }
    if (p == null || p.form() == Form.UNKNOWN) {
      p = reader.inInversion(afterAddressee(verb + 1)); // "…, confie à l'AFP une source"
    }
    if (p != null && takesComplement(p.last() + 1)) {
      return null; // "…, ont accusé le régime de « bombarder … »": the object, not the subject
    }
    return p == null || p.form() == Form.UNKNOWN ? null : new Attribution(p, group, verb, p.last());
  }

  /**
   * Where the subject of an incise with inversion starts: past the day, the asides and the
   * circumstances of the saying ("…, a annoncé lundi soir un commandant rebelle", "…, écrivent dans
   * un communiqué plusieurs partis", "…, a déclaré pour sa part un habitant", "…, a dit par
   * téléphone à Reuters un porte-parole", "…, a déclaré à la presse Abdallah Al-Zoubedi").
   */
  int invertedSubjectStart(int verb) {
    int k = verb + 1;
    for (int steps = 0; k < t.size() && steps < MAX_INCISE_STEPS; steps++) {
      int aside = t.asideStartingAt(k);
      int next = c.isTimeWord(k) ? k + 1 : aside > 0 ? k + aside : c.afterSayingCircumstance(k);
      if (next == k) {
        break;
      }
      k = next;
    }
    return k;
  }

  /**
   * The subject of an incise after its addressee ("…, a dit à l'AFP ce responsable", "…, confie à
   * 20 Minutes une source proche du dossier"), or null: "à" and a short noun phrase, then the
   * subject.
   */
  SpeakerPhrase afterAddressee(int k) {
    if (!(t.is(k, "à") || t.is(k, "au") || t.is(k, "aux")) || k + 1 >= t.size()) {
      return null;
    }
    int j = t.start(k + 1) == t.start(k) ? k + 2 : k + 1; // "au": "à" + "le"
    if (j < t.size() && "DET".equals(t.pos(j))) {
      j++;
    }
    int first = j;
    // the addressee's words up to the subject's determiner: "à 20 Minutes une source"
    while (j < t.size() && j - k <= MAX_ADDRESSEE && !"DET".equals(t.pos(j)) && !t.isPunct(j)) {
      boolean nominal =
          "NOUN".equals(t.pos(j))
              || "PROPN".equals(t.pos(j))
              || "NUM".equals(t.pos(j))
              || "ADJ".equals(t.pos(j))
              || t.capitalised(j);
      if (!nominal) {
        return null;
      }
      j++;
    }
    return j > first && j < t.size() && "DET".equals(t.pos(j)) ? reader.after(j) : null;
  }

  /**
   * Whether the verb's complement goes on at token {@code k} ("accuser X de …", "appeler X à …"):
   * the phrase before it was the verb's object.
   */
  private boolean takesComplement(int k) {
    return k < t.size()
        && (t.is(k, "de") || t.is(k, "d'") || t.is(k, "d’") || t.is(k, "à"))
        && k + 1 < t.size()
        && (c.isMark(k + 1) || lexicon.infinitive(t.word(k + 1)) && !"NOUN".equals(t.pos(k + 1)));
  }

  /**
   * The subject of an incise set after a circumstance between commas ("« … », a affirmé, dans un
   * communiqué publié dans la nuit, le général X", "…, a déclaré, lors d'une conférence de presse,
   * le ministre"): the phrase after the circumstance; null when {@code comma} opens none. The
   * circumstance starts with a preposition and holds no clause boundary; its length is bounded.
   */
  SpeakerPhrase afterCircumstance(int comma) {
    if (!t.is(comma, ",") || comma + 1 >= t.size()) {
      return null;
    }
    if (!"ADP".equals(t.pos(comma + 1)) && !t.is(comma + 1, "lors")) {
      return null;
    }
    int end = t.sentence(comma).endToken();
    for (int k = comma + 2; k < end && k - comma <= MAX_CIRCUMSTANCE; k++) {
      if (t.is(k, ",")) {
        return reader.after(k + 1);
      }
      if (t.isPunct(k) || t.is(k, "que") || t.is(k, "qu'") || t.isInvertedClitic(k)) {
        return null;
      }
    }
    return null;
  }

  SpeakerPhrase invertedPronoun(int clitic) {
    String pronoun = t.invertedPronoun(clitic);
    int end = t.end(clitic);
    int start = end - pronoun.length();
    char gender = pronoun.startsWith("elle") ? 'f' : pronoun.equals("on") ? '?' : 'm';
    return new SpeakerPhrase(
        clitic,
        clitic,
        start,
        end,
        t.text.substring(start, end),
        Form.PRONOUN,
        null,
        null,
        List.of(),
        gender,
        pronoun.endsWith("s"));
  }
}
