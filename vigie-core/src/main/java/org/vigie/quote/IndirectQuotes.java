package org.vigie.quote;

import java.util.List;
import java.util.Set;
import org.vigie.model.Sentence;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Indirect and mixed statements around a reporting verb: its que-clause ("a déclaré mercredi que
 * …"), an attribution after the statement ("…, a déclaré X"), "comme l'a noté X, …", "X a déclaré :
 * …", quoted words in its object ("a dénoncé une « agression »"), an infinitive report ("a annoncé
 * avoir …"), a speech act whose object is the statement ("a démenti ces informations", "a fait état
 * de …"), a reflexive report ("se dit préoccupé") and a verb coordinated with the one before ("… et
 * accusé Paris de …"). Dispatches participles, source prepositions and reports about the sentence
 * before ("X l'a souligné", "C'est ce que confirme X") to their own rules; where a verb stands as
 * an incise is {@link IncisePositions}'s to say. Per document; not thread-safe.
 */
final class IndirectQuotes {
  /** Articles that open a speech act's object after its addressee (not "des", "du": "de"). */
  private static final Set<String> OBJECT_ARTICLES =
      Set.of("la", "le", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "leurs");

  private final QuoteContext c;
  private final TokenText t;
  private final SpeechLexicon lexicon;
  private final List<Draft> drafts;
  private final SubjectFinder subjects;
  private final ParticipialQuotes participial;
  private final SourceQuotes sources;
  private final SentenceBeforeQuotes before;
  private final IncisePositions incises;
  private final BlockQuotes blocks;

  IndirectQuotes(QuoteContext c, SubjectFinder subjects) {
    this.c = c;
    this.t = c.t;
    this.lexicon = c.lexicon;
    this.drafts = c.drafts;
    this.subjects = subjects;
    this.participial = new ParticipialQuotes(c, subjects, this);
    this.sources = new SourceQuotes(c);
    this.before = new SentenceBeforeQuotes(c, subjects);
    this.incises = new IncisePositions(c, subjects);
    this.blocks = new BlockQuotes(c);
  }

  void indirect() {
    for (int i = 0; i < t.size(); i++) {
      if (t.start(i) < c.reportedUntil || c.inAccepted(i)) {
        continue;
      }
      if (c.isParticipialCue(i)) {
        participial.participialCue(i);
      } else if (c.isCue(i) || c.isInciseCue(i) && incises.afterFragment(i)) {
        verbCue(i);
      } else if (sources.isSourcePreposition(i)) {
        sources.sourceCue(i);
      }
    }
  }

  void verbCue(int verb) {
    int group = c.groupStart(verb);
    if (c.passive(group, verb) || lexicon.nonFinite(t.word(verb))) {
      return;
    }
    Sentence sentence = t.sentence(verb);
    Draft coordinated = coordinatedWith(group, sentence);
    if (coordinated != null) {
      coordinatedCue(coordinated, group, verb, sentence);
      return;
    }
    if (group == verb && lexicon.participleOnly(t.word(verb)) && !c.auxiliaryBefore(verb)) {
      return; // "une droite dite « républicaine »": a participle without auxiliary is no cue
    }
    if (before.isCleft(group)) {
      before.cleft(group, verb); // "C'est ce que confirment X": its subject is no object
      return;
    }
    int que = c.que(verb);
    if (que >= 0) {
      Attribution a = subjects.subjectOf(verb);
      // no one says "Toutes les informations affirment que …": the clause stays open to a cue
      // of its own ("…, a affirmé le CNS")
      boolean blockQuote = t.is(que + 1, ":") && blocks.endsParagraph(que + 1);
      if (blockQuote
          && a != null
          && a.lastToken() <= verb + 1
          && a.phrase().form() != Form.UNKNOWN) {
        blocks.paragraphAfter(a, que + 1); // "X craint que :" and the paragraph quoted
      } else if (a != null && a.lastToken() <= verb + 1 && a.phrase().form() != Form.UNKNOWN) {
        c.add(a, que + 1, relativeEnd(group, que + 1, c.contentEnd(que + 1, sentence.endToken())));
      }
      return;
    }
    // "…, a déclaré X": the statement is the clause before the comma.
    // "…, a déclaré X", and "… « fragment » s'inquiète X" after a closing mark with no comma
    boolean afterComma =
        (t.is(group - 1, ",") || c.closesQuotation(group - 1))
            && group - 1 > sentence.firstToken()
            && !incises.subjectWithCommentOpens(group, sentence);
    // an incise is never negated: "…, n'a dévoilé aucune feuille de route" is a verb
    Attribution incise =
        afterComma && !negated(group, verb) ? subjects.invertedOrAfter(group, verb) : null;
    if (afterComma && incise == null) {
      // with no subject after it, the comma may close the subject's apposition ("X, un réseau de
      // …, a fait état de …", "X, Nom, a démenti …"); read by word patterns only, so that no
      // sentence is parsed for a verb that is most often no cue here
      SpeakerPhrase before = subjects.subjectBefore(group);
      if (before == null || before.form() == Form.UNKNOWN) {
        return;
      }
    }
    if (incise != null) {
      Attribution a = incise;
      int resume = a.lastToken() + 2;
      if (t.is(resume - 1, ",") && incises.continuesAfterIncise(resume, sentence)) {
        // "C'est le meilleur moyen, pense-t-il, de …", "La ville, assure-t-il, sera …": one
        // statement around its incise
        c.addAround(
            a, sentence.firstToken(), group - 1, resume, c.contentEnd(resume, sentence.endToken()));
      } else if (c.isClause(sentence.firstToken(), group - 1)) {
        c.addBefore(a, sentence.firstToken(), group - 1);
      }
      return;
    }
    // "Comme l'a noté X, …"
    if (t.is(group - 1, "comme") && group - 1 == sentence.firstToken()) {
      Attribution a = subjects.invertedOrAfter(group, verb);
      if (a != null) {
        int comma = a.lastToken() + 1;
        if (t.is(comma, ",")) {
          c.add(a, comma + 1, c.contentEnd(comma + 1, sentence.endToken()));
        }
      }
      return;
    }
    // "X l'a souligné": the statement is the sentence before.
    if (before.pronounObject(group, verb)) {
      return;
    }
    // "X a dénoncé une « agression à grande échelle »": quoted words in the verb's object.
    int fragment = c.fragmentAfter(verb, sentence);
    if (fragment >= 0) {
      Attribution a = subjects.subjectOf(verb);
      if (a != null && a.lastToken() <= verb + 1) {
        int from = a.cueLast() + 1;
        c.add(a, from, objectEnd(group, from, c.contentEnd(from, sentence.endToken())));
      }
      return;
    }
    // "X a déclaré : …" without quotation marks.
    int colon = afterAsides(verb + 1, sentence.endToken());
    if (t.is(colon, ":") && blocks.endsParagraph(colon)) {
      // "Il écrit [en farsi] :" and the next paragraph is the text quoted, without marks.
      Attribution a = subjects.subjectOf(verb);
      if (a != null && a.lastToken() <= verb + 1 && a.phrase().form() != Form.UNKNOWN) {
        blocks.paragraphAfter(a, colon);
      }
      return;
    }
    if (t.is(colon, ":") && colon + 1 < sentence.endToken() && !c.inAccepted(colon + 1)) {
      Attribution a = subjects.subjectOf(verb);
      if (a != null && a.lastToken() <= verb + 1) {
        c.add(a, colon + 1, c.contentEnd(colon + 1, sentence.endToken()));
      }
      return;
    }
    // "X a annoncé avoir …", "X réclame le retrait …": the object is the statement.
    int object = statementObject(verb, sentence);
    if (object >= 0 && !incises.inciseAfter(object, sentence)) {
      Attribution a = subjects.subjectOf(verb);
      // a document's own acts ("le texte appelle à la retenue") are no speech act
      if (a != null
          && a.lastToken() <= verb + 1
          && a.phrase().form() != Form.UNKNOWN
          && a.phrase().form() != Form.DOCUMENT) {
        int cueLast = Math.max(a.cueLast(), object - 1); // "a fait état | de …"
        a = new Attribution(a.phrase(), a.cueFirst(), cueLast, Math.max(a.lastToken(), cueLast));
        c.add(a, object, objectEnd(group, object, c.contentEnd(object, sentence.endToken())));
      }
    }
  }

  /**
   * The end of a statement made in a relative clause: its closing comma ("X, qui a annoncé la
   * destitution de Y, est resté …": the main clause is no part of it), else {@code end}.
   */
  private int relativeEnd(int group, int from, int end) {
    if (!t.is(group - 1, "qui")) {
      return end;
    }
    for (int k = from + 1; k < end; k++) {
      if (t.is(k, ",")) {
        return k;
      }
    }
    return end;
  }

  /**
   * The end of a statement that is a verb's object, said in a relative clause: its closing comma,
   * or the main clause's verb right after the object's last noun ("les partisans qui avaient appelé
   * à la destitution du président ont défilé": the object stops before "ont"), else {@code end}. An
   * object has no verb of its own to be mistaken for it; a que-clause does, so only {@link
   * #relativeEnd} applies to one.
   */
  private int objectEnd(int group, int from, int end) {
    end = relativeEnd(group, from, end);
    if (!t.is(group - 1, "qui")) {
      return end;
    }
    for (int k = from + 1; k < end; k++) {
      boolean finite = (t.isVerb(k) || t.isAux(k)) && !lexicon.nonFinite(t.word(k));
      String before = t.pos(k - 1);
      boolean afterNoun = "NOUN".equals(before) || "PROPN".equals(before) || "ADJ".equals(before);
      if (finite && afterNoun && !lexicon.participleOnly(t.word(k)) && !c.inAccepted(k)) {
        return k;
      }
    }
    return end;
  }

  /**
   * The first token after adverbs, a bracketed aside and a medium ("écrit [en farsi] sur Twitter
   * :").
   */
  int afterAsides(int k, int end) {
    int start = k;
    while (k < end && k - start < 8) {
      if (t.isAdverb(k)) {
        k++;
      } else if (c.afterMedium(k) > k) {
        k = c.afterMedium(k); // "a écrit sur Twitter :"
      } else if (t.is(k, "[") || t.is(k, "(")) {
        int close = k + 1;
        while (close < end && close - k < 6 && !t.is(close, "]") && !t.is(close, ")")) {
          close++;
        }
        if (close >= end || close - k >= 6) {
          return k;
        }
        k = close + 1;
      } else {
        return k;
      }
    }
    return k;
  }

  /**
   * The first word of a reporting verb's object when that object is the statement itself: an
   * infinitive report ("a annoncé avoir mené", "assure n'avoir rien vu", "dit être prêt") after any
   * reporting verb, or any object of a speech act ("a démenti ces informations", "appelle la Russie
   * à coopérer", "a fait état de pertes"); -1 otherwise. Adverbs and short time phrases between
   * verb and object are skipped.
   */
  int statementObject(int verb, Sentence sentence) {
    int end = sentence.endToken();
    int k = verb + 1;
    if (k < end && t.isInvertedClitic(k)) {
      return -1; // an incise ("estime-t-il") has no object of its own
    }
    String lemma = c.cueLemma(verb);
    int complement = lemma == null ? 0 : lemma.split(" ").length - 1;
    k += complement; // "fait état | de …", "fait part | de …"
    int group = c.groupStart(verb);
    boolean negated = negated(group, verb);
    for (int skipped = 0; k < end && skipped < 4; skipped++) {
      // "a condamné, vendredi, les exécutions": a time word between commas
      boolean timeComma =
          t.is(k, ",") && (c.isTimeWord(k + 1) || k > verb + 1 && c.isTimeWord(k - 1));
      if (t.isAdverb(k) || "NUM".equals(t.pos(k)) || c.isTimeWord(k) || timeComma) {
        k++;
      } else {
        break;
      }
    }
    if (k >= end || t.isPunct(k) || c.inAccepted(k)) {
      return -1;
    }
    int inf = k;
    if (t.is(inf, "ne") || t.is(inf, "n'")) {
      inf++;
      while (inf < end && inf - k < 3 && t.isAdverb(inf)) {
        inf++; // "n'avoir jamais"
      }
      if (t.is(inf, "pas") || t.is(inf, "plus") || t.is(inf, "rien") || t.is(inf, "jamais")) {
        inf++;
      }
    }
    if (inf < end && lexicon.infinitive(t.word(inf)) && !"NOUN".equals(t.pos(inf))) {
      return k;
    }
    if (c.reflexive(group, verb) && ("ADJ".equals(t.pos(k)) || lexicon.participleOnly(t.word(k)))) {
      return k; // "se dit préoccupé par …", "tout en se disant incapable de …"
    }
    if (lemma == null || !lexicon.objectIsStatement(lemma) || negated) {
      return -1; // a speech act denied ("n'a pas annoncé de réforme") reports nothing
    }
    k = afterAddressee(k, end);
    String pos = t.pos(k);
    boolean nominal =
        "DET".equals(pos)
            || "NOUN".equals(pos)
            || "PROPN".equals(pos)
            || "ADP".equals(pos)
            || "ADJ".equals(pos)
            || "NUM".equals(pos)
            || t.isObjectClitic(k) && !t.is(k, "en");
    return nominal && c.words(k, end) >= 2 ? k : -1;
  }

  /**
   * The object after the addressee or medium of a speech act ("a annoncé à la télévision la
   * destitution de …", "a confirmé aux journalistes la mort de …"), else {@code k}: "à" and a short
   * noun phrase, then the object's article. "appelle à la retenue des parties" keeps its "à".
   */
  private int afterAddressee(int k, int end) {
    if (!(t.is(k, "à") || t.is(k, "au") || t.is(k, "aux"))) {
      return k;
    }
    int j = k + 1;
    if (j < end && t.start(j) == t.start(k)) {
      j++; // "au" read as "à" + "le"
    }
    if (j < end && "DET".equals(t.pos(j))) {
      j++;
    }
    int nouns = 0;
    while (j < end && nouns < 2 && ("NOUN".equals(t.pos(j)) || "PROPN".equals(t.pos(j)))) {
      j++;
      nouns++;
    }
    return nouns > 0 && j < end && OBJECT_ARTICLES.contains(t.lower(j)) ? j : k;
  }

  /** Whether the verb group starting at {@code group} is negated ("n'a pas annoncé"). */
  private boolean negated(int group, int verb) {
    for (int n = Math.max(0, group - 1); n < verb; n++) {
      if (t.is(n, "ne") || t.is(n, "n'")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statement a coordinated reporting verb continues: "a déploré la « hâte » de la France et
   * accusé Paris de …", "a affirmé que …, et demandé que …" share the first verb's speaker.
   */
  Draft coordinatedWith(int group, Sentence sentence) {
    int link = group - 1;
    if (!(t.is(link, "et") || t.is(link, "puis"))) {
      return null;
    }
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft previous = drafts.get(d);
      if (previous.phrase == null || previous.cueLast < 0) {
        return null;
      }
      if (previous.cueLast < link && t.sentence(previous.cueLast) == sentence) {
        return previous.attributionEnd <= t.start(link) + 1 ? previous : null;
      }
      if (previous.cueLast < sentence.firstToken()) {
        return null;
      }
    }
    return null;
  }

  void coordinatedCue(Draft previous, int group, int verb, Sentence sentence) {
    Attribution a = new Attribution(previous.phrase, group, verb, verb);
    int que = c.que(verb);
    int from = que >= 0 ? que + 1 : verb + 1;
    if (que >= 0 || c.fragmentAfter(verb, sentence) >= 0 || statementObject(verb, sentence) >= 0) {
      Draft d = c.addDraft(a, from, c.contentEnd(from, sentence.endToken()));
      if (d != null) {
        d.sharedWith = previous;
      }
    }
  }
}
