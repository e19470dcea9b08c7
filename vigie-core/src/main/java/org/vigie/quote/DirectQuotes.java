package org.vigie.quote;

import java.util.List;
import org.vigie.model.QuoteKind;
import org.vigie.model.Sentence;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Direct quotes: a quotation opening its sentence and followed by an attribution ("« … », a-t-elle
 * déclaré", "« … », indique le communiqué", "« … », a affirmé, dans un communiqué, X"), or preceded
 * by one and a colon ("X a déclaré : « … »", "il a lancé à ses partisans : « … »"), or holding it
 * as an incise ("« A, poursuit-il. B »"); the next quotation of the same speaker without a cue
 * continues it; "« A », dit-il, « B »" is one quote. Per document; not thread-safe.
 */
final class DirectQuotes {
  /** Longest addressee between a verb of saying and its colon ("à ses partisans :"). */
  private static final int MAX_ADDRESSEE = 10;

  /** Words of a quotation searched for an incise inside it. */
  private static final int MAX_INNER_SCAN = 200;

  private final QuoteContext c;
  private final TokenText t;
  private final List<QuotedSpan> spans;
  private final SpeakerPhraseReader reader;
  private final SpeechLexicon lexicon;
  private final List<Draft> drafts;
  private final SubjectFinder subjects;

  DirectQuotes(QuoteContext c, SubjectFinder subjects) {
    this.c = c;
    this.t = c.t;
    this.spans = c.spans;
    this.reader = c.reader;
    this.lexicon = c.lexicon;
    this.drafts = c.drafts;
    this.subjects = subjects;
  }

  void direct() {
    Draft previous = null;
    for (int s = 0; s < spans.size(); s++) {
      QuotedSpan q = spans.get(s);
      Draft d = attributed(q);
      if (d != null && d.phrase != null) {
        // « A », dit-il, « B »: one quote.
        int comma = d.cueLast >= 0 ? Math.max(d.cueLast, d.phrase.last()) + 1 : -1;
        if (comma > 0 && comma < t.size() && t.is(comma, ",") && s + 1 < spans.size()) {
          QuotedSpan next = spans.get(s + 1);
          if (comma + 1 < t.size() && t.start(comma + 1) == next.open()) {
            d.text = d.text + " " + t.text.substring(next.contentStart(), next.contentEnd());
            d.end = next.contentEnd();
            d.attributionEnd = next.close();
            c.accept(next);
            s++;
          }
        }
      } else if (previous != null && continues(previous, q)) {
        d = content(q);
        d.continues = previous;
      }
      if (d != null) {
        c.accept(q);
        drafts.add(d);
        previous = d;
      }
    }
  }

  /**
   * The quotations still without a source once every rule has run: one standing as its own sentence
   * right after a reported statement, with nothing between them, continues that statement as a
   * quotation does after a direct quote ("X défend son action devant les députés. « Nous ne
   * conduisons pas une guerre … »", "Selon les habitants, le régime a voulu … « Ils ont coupé
   * l'électricité. »"): French news gives the speaker once and their words next.
   */
  void afterStatements() {
    for (QuotedSpan q : spans) {
      int first = t.firstAtOrAfter(q.contentStart());
      if (first >= t.size() || c.inAccepted(first) || !standsAlone(q)) {
        continue;
      }
      Draft previous = statementEndingBefore(q.open());
      if (previous != null && continues(previous, q) && !heading(previous, q)) {
        Draft d = content(q);
        d.continues = previous.continues != null ? previous.continues : previous;
        c.accept(q);
        drafts.add(d);
      }
    }
  }

  /**
   * Whether a quotation is a paragraph of its own after the statement, without a final stop: a
   * subheading that repeats words quoted further on, not their continuation.
   */
  private boolean heading(Draft previous, QuotedSpan q) {
    int paragraphEnd = t.text.indexOf('\n', previous.attributionEnd);
    if (paragraphEnd < 0 || paragraphEnd >= q.open()) {
      return false;
    }
    int last = q.close();
    while (last < t.text.length() && t.text.charAt(last) != '\n') {
      if (!Character.isWhitespace(t.text.charAt(last))) {
        return false; // the paragraph goes on after the quotation
      }
      last++;
    }
    String content = t.text.substring(q.contentStart(), q.contentEnd()).strip();
    return !(content.endsWith(".")
        || content.endsWith("!")
        || content.endsWith("?")
        || content.endsWith("…"));
  }

  /** Whether a quotation ends its sentence: "« … ».", not "« Le printemps arabe » a changé …". */
  private boolean standsAlone(QuotedSpan q) {
    int after = t.firstAtOrAfter(q.close());
    if (after >= t.size() || t.sentenceIndex(after) != t.sentenceIndex(after - 1)) {
      return true;
    }
    return t.isPunct(after) && !t.is(after, ",") && !c.isMark(after);
  }

  /**
   * The statement with a source whose words end last before {@code offset}, or null when one holds
   * the offset (a quoted fragment of an indirect statement is no statement of its own).
   */
  private Draft statementEndingBefore(int offset) {
    Draft latest = null;
    int latestEnd = -1;
    for (Draft d : drafts) {
      int end = Math.max(d.end, d.attributionEnd);
      if (d.start <= offset && offset < end) {
        return null;
      }
      boolean sourced = d.phrase != null || d.continues != null;
      if (sourced && end <= offset && end > latestEnd) {
        latest = d;
        latestEnd = end;
      }
    }
    return latest;
  }

  Draft content(QuotedSpan q) {
    Draft d = new Draft();
    d.start = q.contentStart();
    d.end = q.contentEnd();
    d.text = t.text.substring(d.start, d.end);
    d.kind = QuoteKind.DIRECT;
    d.attributionEnd = q.close();
    return d;
  }

  Draft attributed(QuotedSpan q) {
    int first = t.firstAtOrAfter(q.open());
    if (first >= t.size() || c.words(q) < 1) {
      return null;
    }
    boolean opensSentence = opensSentence(q, first);
    Attribution a = opensSentence ? after(t.firstAtOrAfter(q.close())) : null;
    if (a == null && (opensSentence || t.is(first - 1, ":"))) {
      a = before(first);
    }
    if (a == null && opensSentence) {
      Draft inner = withInnerIncise(q);
      if (inner != null) {
        return inner; // "… : « J'ai eu peur, témoigne X. Je suis partie. »": X speaks
      }
      a = t.is(first - 1, ":") ? speakerBeforeColon(clauseStart(first - 1), first - 1) : null;
    }
    if (a == null) {
      return null;
    }
    Draft d = content(q);
    d.phrase = a.phrase();
    d.cueFirst = a.cueFirst();
    d.cueLast = a.cueLast();
    d.documentNoun = c.documentAfter(a.lastToken() + 1);
    int end = d.documentNoun >= 0 ? d.documentNoun : a.lastToken();
    d.attributionEnd = Math.max(q.close(), t.end(end));
    return d;
  }

  /** Whether the quotation starts its sentence (or paragraph), or follows a colon. */
  boolean opensSentence(QuotedSpan q, int first) {
    if (first == 0 || t.is(first - 1, ":")) {
      return true;
    }
    if (t.sentence(first).firstToken() == first) {
      return true;
    }
    int k = first - 1;
    String previous = t.lower(k);
    if (previous.equals(".")
        || previous.equals("!")
        || previous.equals("?")
        || previous.equals("-")
        || previous.equals("—")
        || previous.equals("–")) {
      return true;
    }
    int c = q.open() - 1;
    while (c >= 0 && t.text.charAt(c) != '\n' && Character.isWhitespace(t.text.charAt(c))) {
      c--;
    }
    return c < 0 || t.text.charAt(c) == '\n';
  }

  /** The attribution right after a closing mark: ", a-t-elle déclaré", ", indique X". */
  Attribution after(int i) {
    if (i >= t.size()) {
      return null;
    }
    int k = i;
    if (t.is(k, ",") || t.is(k, "-") || t.is(k, "—") || t.is(k, "–")) {
      k++;
    }
    if (k >= t.size()) {
      return null;
    }
    if (SourceQuotes.SOURCE_PREPOSITIONS.contains(t.lower(k))) {
      SpeakerPhrase p = reader.after(k + 1);
      return p == null || p.form() == Form.UNKNOWN ? null : new Attribution(p, k, k, p.last());
    }
    int cueFirst = k;
    if (t.is(k, "s'") || t.is(k, "se")) {
      k++; // a reflexive incise: "s'emporte un homme", "s'était-il enthousiasmé"
    }
    // "a déclaré", but "fait savoir X": an auxiliary opening a phrasal cue is its verb
    if (k < t.size()
        && t.isAux(k)
        && !lexicon.isReportingVerb(t.word(k))
        && c.cueLemma(k) == null) {
      k++;
    }
    int clitic = -1;
    if (k < t.size() && t.isInvertedClitic(k)) {
      clitic = k++;
    }
    for (int adverbs = 0; k < t.size() && t.isAdverb(k) && adverbs < 3; adverbs++) {
      k++;
    }
    if (k >= t.size() || !c.isInciseCue(k)) {
      return null;
    }
    int cueLast = k;
    if (clitic < 0 && k + 1 < t.size() && t.isInvertedClitic(k + 1)) {
      clitic = k + 1;
      cueLast = k + 1;
    }
    if (clitic >= 0) {
      SpeakerPhrase p = subjects.invertedPronoun(clitic);
      return new Attribution(p, cueFirst, cueLast, cueLast);
    }
    // a phrasal cue's subject follows its whole phrase: "« … », fait savoir X", "a fait remarquer"
    k += c.cueLemma(k).split(" ").length - 1;
    cueLast = k;
    SpeakerPhrase p = reader.inInversion(reader.after(subjects.invertedSubjectStart(k)));
    if (p == null || p.form() == Form.UNKNOWN) {
      p = reader.inInversion(subjects.afterCircumstance(k + 1));
    }
    if (p == null || p.form() == Form.UNKNOWN) {
      p = reader.inInversion(subjects.afterAddressee(k + 1)); // "confie à l'AFP une source"
    }
    if (p == null || p.form() == Form.UNKNOWN) {
      return null;
    }
    return new Attribution(p, cueFirst, cueLast, p.last());
  }

  /**
   * Whether token {@code v} is the cue of a quotation already attributed: "« A », proclame l'un
   * d'eux, tandis qu'un autre menace : « B »" gives B to the second speaker, not to the first.
   */
  private boolean attributesEarlier(int v) {
    for (int d = drafts.size() - 1; d >= 0 && d >= drafts.size() - 3; d--) {
      if (drafts.get(d).cueFirst <= v && v <= drafts.get(d).cueLast) {
        return true;
      }
    }
    return false;
  }

  /** The attribution in the clause before a quotation: "X a déclaré : « … »". */
  Attribution before(int first) {
    int j = first - 1;
    if (j < 0) {
      return null;
    }
    if (!t.is(j, ":")) {
      Sentence s = t.sentence(first);
      if (s.firstToken() != first || s.firstToken() == 0 || !t.is(s.firstToken() - 1, ":")) {
        return null;
      }
      j = s.firstToken() - 1;
    }
    int sentenceFirst = clauseStart(j); // after an earlier quotation
    // The first cue of the clause is its main reporting verb ("Comme l'a noté X, Y communique
    // … : « … »").
    for (int v = sentenceFirst; v < j; v++) {
      if (c.inAccepted(v) || attributesEarlier(v)) {
        continue;
      }
      // an incise verb too when the colon follows it at once ("il lâche : « … »") or after its
      // addressee ("il a lancé à ses partisans : « … »")
      if (c.isCue(v) || c.isInciseCue(v) && (t.is(v + 1, ":") || addresseeThenColon(v + 1, j))) {
        Attribution a = subjects.subjectOf(v);
        if (a != null) {
          return a;
        }
      }
      if (SourceQuotes.SOURCE_PREPOSITIONS.contains(t.lower(v))) {
        SpeakerPhrase p = reader.after(v + 1);
        if (p != null && p.form() != Form.UNKNOWN) {
          return new Attribution(p, v, v, p.last());
        }
      }
    }
    return null;
  }

  /** The first word of the clause ending at {@code colon}: its sentence, after any quotation. */
  private int clauseStart(int colon) {
    int first = t.sentence(colon).firstToken();
    for (int v = colon - 1; v >= first; v--) {
      if (c.inAccepted(v)) {
        return v + 1;
      }
    }
    return first;
  }

  /**
   * Who a colon right before a quotation gives the words to when no cue precedes it: the subject of
   * the clause's first verb, whatever that verb ("il décrypte pour son journal les massacres : « …
   * »", "les partisans chantent le refrain : « … »", "le ministre a été clair : « … »"), or a
   * person's name standing alone before it ("Le chercheur Jean Martin : « … »", the press's
   * interview heading). A subject naming no one ("le bilan est lourd : « … »"), a document, a place
   * alone or an impersonal "il" ("il y a ce slogan : « … »") gives none.
   */
  Attribution speakerBeforeColon(int from, int colon) {
    SpeakerPhrase alone = reader.before(colon);
    if (alone != null
        && alone.first() == from
        && (alone.form() == Form.NAME || alone.form() == Form.ROLE)) {
      return new Attribution(alone, colon, colon, colon);
    }
    for (int v = from; v < colon; v++) {
      // "A la fin du discours": a capital preposition is no auxiliary
      boolean finite =
          (t.isVerb(v) || t.isAux(v) && !"ADP".equals(t.pos(v))) && !lexicon.nonFinite(t.word(v));
      if (!finite || c.inAccepted(v) || lexicon.participleOnly(t.word(v)) && !t.isAux(v - 1)) {
        continue;
      }
      Attribution a = subjects.subjectOf(v);
      if (a == null
          || a.lastToken() > v + 1
          || a.phrase().form() == Form.UNKNOWN
          || a.phrase().form() == Form.DOCUMENT
          || impersonal(a.phrase(), v)) {
        return null;
      }
      int last = v; // the cue is the whole verb group: "a été clair"
      while (last + 1 < colon && (t.isVerb(last + 1) || t.isAux(last + 1))) {
        last++;
      }
      return new Attribution(a.phrase(), a.cueFirst(), last, Math.max(a.lastToken(), last));
    }
    return null;
  }

  /** "il y a", "il faut", "il reste": a subject "il" that stands for no one. */
  private boolean impersonal(SpeakerPhrase p, int verb) {
    return p.form() == Form.PRONOUN
        && (t.is(p.first(), "il") || t.is(p.first(), "Il"))
        && (t.is(verb - 1, "y") || lexicon.impersonal(t.word(verb)));
  }

  /**
   * Whether tokens {@code [from, colon)} are the addressee of a verb of saying and nothing else: "à
   * ses partisans", "à l'adresse des soldats", "aux journalistes présents" — a preposition of
   * address, then words with no punctuation, within a bounded length.
   */
  private boolean addresseeThenColon(int from, int colon) {
    if (colon - from < 2 || colon - from > MAX_ADDRESSEE || !t.is(colon, ":")) {
      return false;
    }
    if (!(t.is(from, "à") || t.is(from, "au") || t.is(from, "aux") || t.is(from, "devant"))) {
      return false;
    }
    for (int k = from + 1; k < colon; k++) {
      if (t.isPunct(k) || c.isCue(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A quotation opening its sentence with its attribution inside, as an incise ending one of its
   * sentences or set between commas: "« Ils ne savent pas gouverner, poursuit-il. Le parti n'a
   * aucune autonomie. »", "« Nous resterons, affirme le ministre, jusqu'au bout »". The draft's
   * text leaves the incise out. A source preposition ("…, selon moi, …") is no incise here: inside
   * a quotation it is the speaker's own opinion.
   */
  Draft withInnerIncise(QuotedSpan q) {
    int first = t.firstAtOrAfter(q.contentStart());
    int end = Math.min(t.firstAtOrAfter(q.contentEnd()), first + MAX_INNER_SCAN);
    for (int k = first + 2; k + 2 < end; k++) {
      if (!t.is(k, ",") || SourceQuotes.SOURCE_PREPOSITIONS.contains(t.lower(k + 1))) {
        continue;
      }
      Attribution a = after(k);
      if (a == null) {
        continue;
      }
      int close = a.lastToken() + 1;
      boolean sentenceEnd = t.is(close, ".") || t.is(close, "!") || t.is(close, "?");
      if (close >= end || !(t.is(close, ",") || sentenceEnd)) {
        continue;
      }
      Draft d = content(q);
      String before = t.text.substring(q.contentStart(), t.start(k));
      String rest = t.text.substring(t.end(close), q.contentEnd()).strip();
      d.text = (before + (sentenceEnd ? t.word(close) : "") + " " + rest).strip();
      d.phrase = a.phrase();
      d.cueFirst = a.cueFirst();
      d.cueLast = a.cueLast();
      return d;
    }
    return null;
  }

  /** Whether quotation {@code q} continues the quote {@code previous} (same speaker, no cue). */
  boolean continues(Draft previous, QuotedSpan q) {
    if (previous.phrase == null && previous.continues == null) {
      return false;
    }
    int first = t.firstAtOrAfter(q.open());
    if (first >= t.size() || !opensSentence(q, first) || c.words(q) < 3) {
      return false;
    }
    // Only blanks and the end of the previous sentence between them.
    int from = t.firstAtOrAfter(previous.attributionEnd);
    for (int k = from; k < first; k++) {
      if (!t.isPunct(k)) {
        return false;
      }
    }
    return true;
  }
}
