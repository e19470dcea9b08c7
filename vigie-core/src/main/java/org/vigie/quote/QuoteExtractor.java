package org.vigie.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.linguistic.Syntax;
import org.vigie.model.Cue;
import org.vigie.model.Diagnostic;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;
import org.vigie.model.QuoteKind;
import org.vigie.model.Sentence;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;
import org.vigie.model.Token;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Finds the statements of one article and who made them. Rules of French reporting:
 *
 * <ul>
 *   <li>direct: a quotation opening a sentence and followed by an attribution ("« … », a-t-elle
 *       déclaré", "« … », indique le communiqué", "« … », a conclu la porte-parole du ministère")
 *       or preceded by one and a colon ("Comme l'a noté Mme Zakharova, … : « … »"); the next
 *       quotation of the same speaker without a cue continues it; "« A », dit-il, « B »" is one
 *       quote;
 *   <li>indirect: a reporting verb with its que-clause ("a déclaré mercredi que …"), an attribution
 *       after the statement ("…, a déclaré la porte-parole …, Maria Zakharova"), "selon X, …",
 *       "d'après X", "pour X, …", "comme l'a noté X, …", "X l'a souligné" about the sentence
 *       before, and "X a déclaré : …";
 *   <li>mixed: indirect speech with a quoted fragment ("a déclaré que l'Arménie « n'a pas … »");
 *       quoted words with no speech around them are scare quotes, not statements.
 * </ul>
 *
 * Speakers are read at the cue ({@link SpeakerPhraseReader}) and resolved in reading order ({@link
 * SpeakerResolver}). Linear in the number of words; every look-around is bounded.
 */
final class QuoteExtractor {
  static final int MAX_QUOTES = 2_000;
  private static final int QUE_REACH = 10;
  private static final Set<String> SOURCE_PREPOSITIONS = Set.of("selon", "d'après");
  private static final Set<String> NOT_A_SOURCE =
      Set.of(
          "laquelle",
          "lequel",
          "lesquels",
          "lesquelles",
          "que",
          "qu'",
          "toute",
          "tous",
          "nos",
          "notre",
          "moi",
          "les",
          "un",
          "une",
          "des");
  private static final Set<String> DOCUMENT_LINKS = Set.of("dans", "par");

  private final SpeechLexicon lexicon;

  QuoteExtractor(SpeechLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Something the resolver learns at an offset; lower ranks first at the same offset. */
  private record Event(int offset, int rank, Runnable action) {}

  record Result(List<Quote> quotes, List<Diagnostic> diagnostics) {}

  Result extract(
      String text,
      List<Sentence> sentences,
      List<Token> tokens,
      Syntax syntax,
      List<Entity> entities) {
    QuotationMarkScanner.Result marks = new QuotationMarkScanner().scan(text);
    Run run = new Run(new TokenText(text, sentences, tokens, syntax), marks.spans());
    run.direct();
    run.posts(entities);
    run.indirect();
    List<Quote> quotes = run.resolve(entities);
    List<Diagnostic> diagnostics = new ArrayList<>(marks.diagnostics());
    if (quotes.size() > MAX_QUOTES) {
      quotes = quotes.subList(0, MAX_QUOTES);
      diagnostics.add(
          Diagnostic.warning("quotes-capped", "more than " + MAX_QUOTES + " quotes; rest dropped"));
    }
    return new Result(quotes, diagnostics);
  }

  /** The work on one document. */
  private final class Run {
    private final TokenText t;
    private final List<QuotedSpan> spans;
    private final SpeakerPhraseReader reader;
    private final List<QuotedSpan> accepted = new ArrayList<>();
    private final boolean[] quoted;
    private final List<Draft> drafts = new ArrayList<>();
    private int reportedUntil = -1;

    Run(TokenText t, List<QuotedSpan> spans) {
      this.t = t;
      this.spans = spans;
      this.reader = new SpeakerPhraseReader(t, lexicon);
      this.quoted = new boolean[t.size()];
    }

    // ---- direct quotes ----

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
              accept(next);
              s++;
            }
          }
        } else if (previous != null && continues(previous, q)) {
          d = content(q);
          d.continues = previous;
        }
        if (d != null) {
          accept(q);
          drafts.add(d);
          previous = d;
        }
      }
    }

    private Draft content(QuotedSpan q) {
      Draft d = new Draft();
      d.start = q.contentStart();
      d.end = q.contentEnd();
      d.text = t.text.substring(d.start, d.end);
      d.kind = QuoteKind.DIRECT;
      d.attributionEnd = q.close();
      return d;
    }

    private Draft attributed(QuotedSpan q) {
      int first = t.firstAtOrAfter(q.open());
      if (first >= t.size() || words(q) < 1) {
        return null;
      }
      boolean opensSentence = opensSentence(q, first);
      Attribution a = opensSentence ? after(t.firstAtOrAfter(q.close())) : null;
      if (a == null && (opensSentence || t.is(first - 1, ":"))) {
        a = before(first);
      }
      if (a == null) {
        return null;
      }
      Draft d = content(q);
      d.phrase = a.phrase();
      d.cueFirst = a.cueFirst();
      d.cueLast = a.cueLast();
      d.documentNoun = documentAfter(a.lastToken() + 1);
      int end = d.documentNoun >= 0 ? d.documentNoun : a.lastToken();
      d.attributionEnd = Math.max(q.close(), t.end(end));
      return d;
    }

    /** Whether the quotation starts its sentence (or paragraph), or follows a colon. */
    private boolean opensSentence(QuotedSpan q, int first) {
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
    private Attribution after(int i) {
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
      if (SOURCE_PREPOSITIONS.contains(t.lower(k))) {
        SpeakerPhrase p = reader.after(k + 1);
        return p == null || p.form() == Form.UNKNOWN ? null : new Attribution(p, k, k, p.last());
      }
      int cueFirst = k;
      if (t.isAux(k) && !lexicon.isReportingVerb(t.word(k))) {
        k++;
      }
      int clitic = -1;
      if (k < t.size() && t.isInvertedClitic(k)) {
        clitic = k++;
      }
      for (int adverbs = 0; k < t.size() && t.isAdverb(k) && adverbs < 3; adverbs++) {
        k++;
      }
      if (k >= t.size() || !isInciseCue(k)) {
        return null;
      }
      int cueLast = k;
      if (clitic < 0 && k + 1 < t.size() && t.isInvertedClitic(k + 1)) {
        clitic = k + 1;
        cueLast = k + 1;
      }
      if (clitic >= 0) {
        SpeakerPhrase p = invertedPronoun(clitic);
        return new Attribution(p, cueFirst, cueLast, cueLast);
      }
      SpeakerPhrase p = reader.after(k + 1);
      if (p == null || p.form() == Form.UNKNOWN) {
        return null;
      }
      return new Attribution(p, cueFirst, cueLast, p.last());
    }

    /** The attribution in the clause before a quotation: "X a déclaré : « … »". */
    private Attribution before(int first) {
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
      int sentenceFirst = t.sentence(j).firstToken();
      for (int v = j - 1; v >= t.sentence(j).firstToken(); v--) {
        if (inAccepted(v)) {
          sentenceFirst = v + 1; // the clause starts after an earlier quotation
          break;
        }
      }
      // The first cue of the clause is its main reporting verb ("Comme l'a noté X, Y communique
      // … : « … »").
      for (int v = sentenceFirst; v < j; v++) {
        if (inAccepted(v)) {
          continue;
        }
        if (isCue(v)) {
          Attribution a = subjectOf(v);
          if (a != null) {
            return a;
          }
        }
        if (SOURCE_PREPOSITIONS.contains(t.lower(v))) {
          SpeakerPhrase p = reader.after(v + 1);
          if (p != null && p.form() != Form.UNKNOWN) {
            return new Attribution(p, v, v, p.last());
          }
        }
      }
      return null;
    }

    /** A cue verb's speaker: its subject before it, an inverted clitic, or a subject after it. */
    private Attribution subjectOf(int verb) {
      int group = groupStart(verb);
      for (int k = group; k <= verb + 1 && k < t.size(); k++) {
        if (t.isInvertedClitic(k)) {
          return new Attribution(invertedPronoun(k), group, Math.max(k, verb), Math.max(k, verb));
        }
      }
      SpeakerPhrase p = subjectBefore(group);
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
     * The subject the dependency parse gives the verb ({@code nsubj}), when the word patterns found
     * none: "Le porte-parole, qui s'exprimait devant la presse à Genève mardi, a déclaré que …".
     */
    private SpeakerPhrase parsedSubject(int verb) {
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

    private SpeakerPhrase subjectBefore(int group) {
      int aside = t.asideEndingAt(group - 1);
      if (aside > 0) {
        group -= aside; // "X, de son côté, a déclaré"
      }
      if (t.is(group - 1, "qui") && t.is(group - 2, ",")) {
        return reader.before(group - 2);
      }
      return reader.before(group);
    }

    /** Whether quotation {@code q} continues the quote {@code previous} (same speaker, no cue). */
    private boolean continues(Draft previous, QuotedSpan q) {
      if (previous.phrase == null && previous.continues == null) {
        return false;
      }
      int first = t.firstAtOrAfter(q.open());
      if (first >= t.size() || !opensSentence(q, first) || words(q) < 3) {
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

    /** The token of a document noun in "dans un communiqué" starting at {@code i}, or -1. */
    private int documentAfter(int i) {
      if (i + 2 < t.size()
          && DOCUMENT_LINKS.contains(t.lower(i))
          && "DET".equals(t.pos(i + 1))
          && lexicon.speakerNoun(t.word(i + 2)) == SpeakerType.DOCUMENT) {
        return i + 2;
      }
      return -1;
    }

    // ---- indirect and mixed quotes ----

    void indirect() {
      for (int i = 0; i < t.size(); i++) {
        if (t.start(i) < reportedUntil || inAccepted(i)) {
          continue;
        }
        if (isParticipialCue(i)) {
          participialCue(i);
        } else if (isCue(i)) {
          verbCue(i);
        } else if (isSourcePreposition(i)) {
          sourceCue(i);
        }
      }
    }

    private void verbCue(int verb) {
      int group = groupStart(verb);
      if (passive(group, verb) || lexicon.nonFinite(t.word(verb))) {
        return;
      }
      Sentence sentence = t.sentence(verb);
      Draft coordinated = coordinatedWith(group, sentence);
      if (coordinated != null) {
        coordinatedCue(coordinated, group, verb, sentence);
        return;
      }
      if (group == verb && lexicon.participleOnly(t.word(verb)) && !auxiliaryBefore(verb)) {
        return; // "une droite dite « républicaine »": a participle without auxiliary is no cue
      }
      int que = que(verb);
      if (que >= 0) {
        Attribution a = subjectOf(verb);
        if (a != null && a.lastToken() <= verb + 1) {
          add(a, que + 1, contentEnd(que + 1, sentence.endToken()));
        }
        return;
      }
      // "…, a déclaré X": the statement is the clause before the comma.
      if (t.is(group - 1, ",") && group - 1 > sentence.firstToken()) {
        Attribution a = invertedOrAfter(group, verb);
        if (a != null && isClause(sentence.firstToken(), group - 1)) {
          addBefore(a, sentence.firstToken(), group - 1);
        }
        return;
      }
      // "Comme l'a noté X, …"
      if (t.is(group - 1, "comme") && group - 1 == sentence.firstToken()) {
        Attribution a = invertedOrAfter(group, verb);
        if (a != null) {
          int comma = a.lastToken() + 1;
          if (t.is(comma, ",")) {
            add(a, comma + 1, contentEnd(comma + 1, sentence.endToken()));
          }
        }
        return;
      }
      // "X l'a souligné": the statement is the sentence before.
      if ((t.is(group, "l'") || t.is(group, "le"))
          && "PRON".equals(t.pos(group))
          && endsSoon(verb, sentence)) {
        int s = t.sentenceIndex(verb) - 1;
        if (s >= 0) {
          Sentence previous = t.sentences.get(s);
          SpeakerPhrase p = subjectBefore(group);
          if (p != null && !inAccepted(previous.firstToken()) && !hasCue(previous)) {
            Attribution a = new Attribution(p, group, verb, verb);
            addBefore(a, previous.firstToken(), previous.endToken());
          }
        }
        return;
      }
      // "X a dénoncé une « agression à grande échelle »": quoted words in the verb's object.
      int fragment = fragmentAfter(verb, sentence);
      if (fragment >= 0) {
        Attribution a = subjectOf(verb);
        if (a != null && a.lastToken() <= verb + 1) {
          add(a, a.cueLast() + 1, contentEnd(a.cueLast() + 1, sentence.endToken()));
        }
        return;
      }
      // "X a déclaré : …" without quotation marks.
      int colon = afterAsides(verb + 1, sentence.endToken());
      if (t.is(colon, ":") && endsParagraph(colon)) {
        // "Il écrit [en farsi] :" and the next paragraph is the text quoted, without marks.
        Attribution a = subjectOf(verb);
        if (a != null && a.lastToken() <= verb + 1 && a.phrase().form() != Form.UNKNOWN) {
          paragraphAfter(a, colon);
        }
        return;
      }
      if (t.is(colon, ":") && colon + 1 < sentence.endToken() && !inAccepted(colon + 1)) {
        Attribution a = subjectOf(verb);
        if (a != null && a.lastToken() <= verb + 1) {
          add(a, colon + 1, contentEnd(colon + 1, sentence.endToken()));
        }
        return;
      }
      // "X a annoncé avoir …", "X réclame le retrait …": the object is the statement.
      int object = statementObject(verb, sentence);
      if (object >= 0) {
        Attribution a = subjectOf(verb);
        if (a != null && a.lastToken() <= verb + 1 && a.phrase().form() != Form.UNKNOWN) {
          int cueLast = Math.max(a.cueLast(), object - 1); // "a fait état | de …"
          a = new Attribution(a.phrase(), a.cueFirst(), cueLast, Math.max(a.lastToken(), cueLast));
          add(a, object, contentEnd(object, sentence.endToken()));
        }
      }
    }

    /** The first token after adverbs and a bracketed aside ("écrit [en farsi] :"). */
    private int afterAsides(int k, int end) {
      int start = k;
      while (k < end && k - start < 8) {
        if (t.isAdverb(k)) {
          k++;
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

    /** Whether only blanks follow token {@code k} up to the end of its line. */
    private boolean endsParagraph(int k) {
      for (int c = t.end(k); c < t.text.length(); c++) {
        char ch = t.text.charAt(c);
        if (ch == '\n') {
          return true;
        }
        if (!Character.isWhitespace(ch)) {
          return false;
        }
      }
      return false;
    }

    /**
     * The paragraph after a colon that ends its line, as the direct statement of {@code a}: the
     * block quotation of blogs and press reviews. A paragraph opening with a quotation mark is the
     * direct-quote rule's; one of fewer than three words is no statement.
     */
    private void paragraphAfter(Attribution a, int colon) {
      int first = colon + 1;
      if (first >= t.size() || inAccepted(first) || isMark(first)) {
        return;
      }
      int lineEnd = t.text.indexOf('\n', t.start(first));
      int endOffset = Math.min(lineEnd < 0 ? t.text.length() : lineEnd, t.start(first) + 2_000);
      int to = first;
      while (to < t.size() && t.end(to) <= endOffset) {
        to++;
      }
      if (words(first, to) < 3) {
        return;
      }
      Draft d = draft(a, first, to);
      d.kind = QuoteKind.DIRECT;
      for (int k = first; k < to; k++) {
        quoted[k] = true;
      }
      reportedUntil = Math.max(reportedUntil, d.end);
    }

    /** Posts quoted as paragraphs ("@handle : texte"), unless a quotation already covers them. */
    void posts(List<Entity> entities) {
      List<String> known = new ArrayList<>();
      for (Entity e : entities) {
        if (e.type() == EntityType.PERSON) {
          known.add(withoutTitle(e.text()));
        }
      }
      for (Draft d : SocialPostQuotes.find(t, known)) {
        int first = t.firstAtOrAfter(d.start);
        int to = t.firstAtOrAfter(d.end);
        if (first >= to || inAccepted(first)) {
          continue;
        }
        for (int k = first; k < to; k++) {
          quoted[k] = true;
        }
        if (d.phrase.name().startsWith("@")) {
          d.phrase = introducedBefore(d.phrase, entities);
        }
        drafts.add(d);
      }
    }

    /**
     * A post whose handle the article never spells out is by the person the paragraph before it
     * names ("Dana Barakat attend le jour où :" then "@dandoon167 : …"), if any.
     */
    private SpeakerPhrase introducedBefore(SpeakerPhrase handle, List<Entity> entities) {
      int lineStart = t.text.lastIndexOf('\n', Math.max(0, handle.start() - 1));
      int previousStart = lineStart <= 0 ? 0 : t.text.lastIndexOf('\n', lineStart - 1) + 1;
      Entity named = null;
      for (Entity e : entities) {
        if (e.type() == EntityType.PERSON && e.start() >= previousStart && e.end() <= lineStart) {
          named = e;
        }
      }
      if (named == null || named.text().contains("@")) {
        return handle;
      }
      return new SpeakerPhrase(
          handle.first(),
          handle.last(),
          handle.start(),
          handle.end(),
          handle.text(),
          Form.NAME,
          withoutTitle(named.text()),
          null,
          List.of(),
          '?',
          false);
    }

    /**
     * The first word of a reporting verb's object when that object is the statement itself: an
     * infinitive report ("a annoncé avoir mené", "assure n'avoir rien vu", "dit être prêt") after
     * any reporting verb, or any object of a speech act ("a démenti ces informations", "appelle la
     * Russie à coopérer", "a fait état de pertes"); -1 otherwise. Adverbs and short time phrases
     * between verb and object are skipped.
     */
    private int statementObject(int verb, Sentence sentence) {
      int end = sentence.endToken();
      int k = verb + 1;
      if (k < end && t.isInvertedClitic(k)) {
        return -1; // an incise ("estime-t-il") has no object of its own
      }
      String lemma = cueLemma(verb);
      int complement = lemma == null ? 0 : lemma.split(" ").length - 1;
      k += complement; // "fait état | de …", "fait part | de …"
      int group = groupStart(verb);
      boolean negated = t.is(group - 1, "ne") || t.is(group - 1, "n'");
      for (int skipped = 0; k < end && skipped < 4; skipped++) {
        if (t.isAdverb(k) || "NUM".equals(t.pos(k)) || isTimeWord(k)) {
          k++;
        } else {
          break;
        }
      }
      if (k >= end || t.isPunct(k) || inAccepted(k)) {
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
      if (reflexive(group, verb) && ("ADJ".equals(t.pos(k)) || lexicon.participleOnly(t.word(k)))) {
        return k; // "se dit préoccupé par …", "tout en se disant incapable de …"
      }
      if (lemma == null || !lexicon.objectIsStatement(lemma) || negated) {
        return -1; // a speech act denied ("n'a pas annoncé de réforme") reports nothing
      }
      String pos = t.pos(k);
      boolean nominal =
          "DET".equals(pos)
              || "NOUN".equals(pos)
              || "PROPN".equals(pos)
              || "ADP".equals(pos)
              || "ADJ".equals(pos)
              || "NUM".equals(pos)
              || t.isObjectClitic(k) && !t.is(k, "en");
      return nominal && words(k, end) >= 2 ? k : -1;
    }

    /** A weekday or time-of-day word the press puts between verb and object ("a annoncé mardi"). */
    private boolean isTimeWord(int k) {
      return lexicon.isTimeWord(t.lower(k));
    }

    /**
     * The statement a coordinated reporting verb continues: "a déploré la « hâte » de la France et
     * accusé Paris de …", "a affirmé que …, et demandé que …" share the first verb's speaker.
     */
    private Draft coordinatedWith(int group, Sentence sentence) {
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

    private void coordinatedCue(Draft previous, int group, int verb, Sentence sentence) {
      Attribution a = new Attribution(previous.phrase, group, verb, verb);
      int que = que(verb);
      int from = que >= 0 ? que + 1 : verb + 1;
      if (que >= 0 || fragmentAfter(verb, sentence) >= 0 || statementObject(verb, sentence) >= 0) {
        Draft d = addDraft(a, from, contentEnd(from, sentence.endToken()));
        if (d != null) {
          d.sharedWith = previous;
        }
      }
    }

    /**
     * Participial and gerund attributions: "…, affirmant que …", "en précisant que …", "tout en se
     * disant incapable …", "Washington évoquant la possibilité d'un « massacre »". The speaker is
     * the participle's own subject right before it, else the subject of the main clause.
     */
    private boolean isParticipialCue(int i) {
      if (!lexicon.presentParticiple(t.word(i)) || !t.lower(i).endsWith("ant")) {
        return false;
      }
      String lemma = lexicon.reportingVerb(t.word(i), t.following(i, 2));
      return lemma != null && !lexicon.isInciseOnly(lemma);
    }

    private void participialCue(int participle) {
      Sentence sentence = t.sentence(participle);
      int k = participle - 1;
      while (k >= sentence.firstToken() && (t.isObjectClitic(k) || t.isAdverb(k))) {
        k--; // "en se disant", "en affirmant également"
      }
      boolean gerund = t.is(k, "en");
      if (gerund) {
        k--;
        if (t.is(k, "tout")) {
          k--;
        }
      }
      int que = que(participle);
      int from = que >= 0 ? que + 1 : participle + 1;
      boolean hasObject =
          que >= 0
              || fragmentAfter(participle, sentence) >= 0
              || statementObject(participle, sentence) >= 0;
      if (!hasObject) {
        return;
      }
      SpeakerPhrase own = null;
      if (!gerund && k >= sentence.firstToken() && !t.isPunct(k)) {
        own = reader.before(k + 1); // "Washington évoquant …"
        if (own == null || own.form() == Form.UNKNOWN || own.form() == Form.DOCUMENT) {
          return;
        }
      } else if (!gerund && !t.is(k, ",")) {
        return;
      }
      SpeakerPhrase speaker = own != null ? own : mainSubject(k, sentence);
      if (speaker == null) {
        return;
      }
      int cueFirst = gerund ? k + 1 : participle; // "en affirmant", "tout en assurant"
      Attribution a = new Attribution(speaker, cueFirst, participle, participle);
      addDraft(a, from, contentEnd(from, sentence.endToken()));
    }

    /**
     * The subject of the clause a participle hangs on (before token {@code before}): the statement
     * already found there, else the dependency parse, else the subject before the clause's first
     * finite verb.
     */
    private SpeakerPhrase mainSubject(int before, Sentence sentence) {
      for (int d = drafts.size() - 1; d >= 0; d--) {
        Draft previous = drafts.get(d);
        if (previous.phrase != null
            && previous.cueLast >= sentence.firstToken()
            && previous.cueLast < before) {
          return previous.phrase;
        }
        if (previous.cueLast >= 0 && previous.cueLast < sentence.firstToken()) {
          break;
        }
      }
      for (int v = sentence.firstToken(); v < before; v++) {
        if ((t.isVerb(v) || t.isAux(v)) && !lexicon.nonFinite(t.word(v)) && !inAccepted(v)) {
          int group = groupStart(v);
          SpeakerPhrase p = subjectBefore(group);
          if (p == null) {
            p = parsedSubject(v);
          }
          return p == null || p.form() == Form.UNKNOWN ? null : p;
        }
      }
      return null;
    }

    /** "selon X, …", "…, d'après X.", "Pour X, …". */
    private void sourceCue(int i) {
      if (i + 1 >= t.size()
          || NOT_A_SOURCE.contains(t.lower(i + 1)) && !"DET".equals(t.pos(i + 1))
          || t.is(i + 1, "laquelle")
          || t.is(i + 1, "lequel")) {
        return;
      }
      Sentence sentence = t.sentence(i);
      SpeakerPhrase p = reader.after(i + 1);
      if (p == null || p.form() == Form.UNKNOWN) {
        return;
      }
      boolean pour = t.is(i, "pour");
      if (pour
          && !(p.form() == Form.NAME
              || p.form() == Form.PRONOUN
              || p.form() == Form.ROLE
              || p.form() == Form.ORGANIZATION
              || p.form() == Form.PLACE
              || p.form() == Form.GROUP)) {
        return;
      }
      int cue = t.is(i, "après") && t.is(i - 1, "d'") ? i - 1 : i;
      Attribution a = new Attribution(p, cue, i, p.last());
      int next = p.last() + 1;
      boolean fronted = isFronted(cue, sentence);
      if (fronted && t.is(next, ",")) {
        int end = contentEnd(next + 1, sentence.endToken());
        if (!reportsItself(next + 1, end)) {
          add(a, next + 1, end);
        }
      } else if (!pour && t.is(cue - 1, ",")) {
        // "…, selon X." and "…, selon des sources proches de X, qui …"
        if (isClause(sentence.firstToken(), cue - 1)) {
          addBefore(a, sentence.firstToken(), cue - 1);
        }
      } else if (!pour && !fronted && next < sentence.endToken() && !t.isPunct(next)) {
        // "Il s'agit là selon le procureur d'une « nouvelle forme de répression »": the
        // statement goes on after the source.
        int end = contentEnd(next, sentence.endToken());
        if (isClause(sentence.firstToken(), cue) || words(next, end) >= 3) {
          add(a, sentence.firstToken() < cue ? sentence.firstToken() : next, end);
        }
      } else if (!pour && !fronted && isClause(sentence.firstToken(), cue)) {
        addBefore(a, sentence.firstToken(), cue); // "… ont été tués selon l'OSDH."
      }
    }

    private boolean isSourcePreposition(int i) {
      String w = t.lower(i);
      if (SOURCE_PREPOSITIONS.contains(w) || w.equals("après") && t.is(i - 1, "d'")) {
        return true;
      }
      return w.equals("pour") && isFronted(i, t.sentence(i));
    }

    /** At the start of the sentence, or after a fronted adverbial and a comma. */
    private boolean isFronted(int i, Sentence sentence) {
      return i == sentence.firstToken()
          || t.is(i - 1, ",")
          || t.is(i - 1, ":") // after a live blog's time stamp: "15h25 : Selon l'AFP, …"
          || t.is(i - 1, "mais")
          || t.is(i - 1, "et");
    }

    /** Whether the content holds its own reporting clause ("…, M. Lavrov a déclaré que …"). */
    private boolean reportsItself(int from, int to) {
      for (int k = from; k < to; k++) {
        if (isCue(k) && que(k) >= 0) {
          return true;
        }
      }
      return false;
    }

    private Attribution invertedOrAfter(int group, int verb) {
      for (int k = group; k <= verb + 1 && k < t.size(); k++) {
        if (t.isInvertedClitic(k)) {
          return new Attribution(invertedPronoun(k), group, Math.max(k, verb), Math.max(k, verb));
        }
      }
      SpeakerPhrase p = reader.after(verb + 1);
      return p == null || p.form() == Form.UNKNOWN
          ? null
          : new Attribution(p, group, verb, p.last());
    }

    /** Adds a statement whose content follows the cue: tokens {@code [from, to)}. */
    private void add(Attribution a, int from, int to) {
      addDraft(a, from, to);
    }

    private Draft addDraft(Attribution a, int from, int to) {
      if (to <= from || words(from, to) < 2) {
        return null;
      }
      Draft d = draft(a, from, to);
      reportedUntil = Math.max(reportedUntil, d.end);
      return d;
    }

    /** Adds a statement whose content precedes the cue: tokens {@code [from, to)}. */
    private void addBefore(Attribution a, int from, int to) {
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

    private Draft draft(Attribution a, int from, int to) {
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
    private int contentEnd(int from, int sentenceEnd) {
      int end = sentenceEnd;
      for (int k = from + 1; k < sentenceEnd; k++) {
        if (quoted[k] || startsNextStatement(k)) {
          end = k; // a direct quote or another statement after the content is not part of it
          break;
        }
      }
      while (end > from && t.isPunct(end - 1) && !isMark(end - 1)) {
        end--;
      }
      return end;
    }

    /**
     * Whether a second statement of the same sentence starts at {@code k}: "et accusé …", ", en
     * affirmant …", ", affirmant que …", "tout en assurant …".
     */
    private boolean startsNextStatement(int k) {
      int j = k;
      if (t.is(j, ",")) {
        j++;
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
      if (isParticipialCue(j)) {
        return true;
      }
      boolean participle = t.isVerb(j) && lexicon.participleOnly(t.word(j));
      return participle && isCue(j) && (t.is(k, "et") || t.is(k + 1, "et"));
    }

    // ---- resolution ----

    List<Quote> resolve(List<Entity> entities) {
      SpeakerResolver resolver = new SpeakerResolver(lexicon);
      Acronyms.expanded(t.text).forEach(resolver::learnAcronym);
      // What the resolver learns, in reading order: documents and their issuers first at an
      // offset, then people named, then statements.
      List<Event> events = new ArrayList<>();
      for (Entity e : entities) {
        if (e.type() == EntityType.PERSON && !inAcceptedOffset(e.start())) {
          int at = t.firstAtOrAfter(e.start());
          String name = personName(e.text(), at > 0 && "DET".equals(t.pos(at - 1)));
          if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0))) {
            resolver.learnName(name, '?');
            int first = t.firstAtOrAfter(e.start());
            SpeakerPhrase role = first < t.size() ? reader.roleBefore(first) : null;
            events.add(new Event(e.start(), 1, () -> resolver.mention(name, e.start(), role)));
          }
        }
      }
      for (int k = 1; k < t.size(); k++) {
        if (lexicon.speakerNoun(t.word(k)) == SpeakerType.DOCUMENT
            && t.isOf(k + 1)
            && !inAccepted(k)) {
          int noun = k;
          events.add(new Event(t.start(k - 1), 0, () -> issuedBy(resolver, noun)));
        }
      }
      for (Draft d : drafts) {
        if (d.phrase != null && d.phrase.name() != null && d.phrase.form() == Form.NAME) {
          resolver.learnName(d.phrase.name(), d.phrase.gender());
        }
        events.add(new Event(d.order(), 2, () -> resolveDraft(resolver, d)));
      }
      events.sort(Comparator.comparingInt(Event::offset).thenComparingInt(Event::rank));
      events.forEach(e -> e.action().run());
      List<Quote> quotes = new ArrayList<>();
      for (Draft d : drafts) {
        Cue cue =
            d.cueFirst < 0
                ? null
                : new Cue(t.start(d.cueFirst), t.end(d.cueLast), t.span(d.cueFirst, d.cueLast));
        Speaker speaker = d.speaker;
        if (speaker == null || !credible(d)) {
          continue;
        }
        quotes.add(new Quote(d.start, d.end, d.text, d.kind, cue, speaker, null));
      }
      quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
      return quotes;
    }

    /**
     * Whether a draft's source is someone: "on" and inanimate subjects ("De nombreuses pistes
     * suggèrent que") do not make a statement.
     */
    private boolean credible(Draft d) {
      SpeakerPhrase p = d.continues != null ? d.continues.phrase : d.phrase;
      if (p == null) {
        return false;
      }
      if (p.form() == Form.PRONOUN) {
        return !"on".equalsIgnoreCase(p.text());
      }
      return p.form() != Form.UNKNOWN || d.speaker.canonical() != null;
    }

    private void resolveDraft(SpeakerResolver resolver, Draft d) {
      d.speaker =
          d.continues != null
              ? d.continues.speaker
              : d.sharedWith != null && d.sharedWith.speaker != null
                  ? d.sharedWith.speaker
                  : d.phrase == null
                      ? null
                      : resolver.resolve(d.phrase, d.order(), t.sentence(d.phrase.first()).start());
      if (d.documentNoun >= 0 && d.speaker != null && d.speaker.canonical() != null) {
        resolver.issued(
            t.lower(d.documentNoun),
            d.speaker.canonical(),
            d.speaker.type(),
            t.start(d.documentNoun));
      }
    }

    private Speaker withEvidence(Speaker speaker, String evidence) {
      return speaker == null ? null : speaker.withEvidence(evidence);
    }

    /** "un communiqué du ministère russe des Affaires étrangères": the document's issuer. */
    private void issuedBy(SpeakerResolver resolver, int noun) {
      SpeakerPhrase issuer = reader.after(noun + 2);
      if (issuer == null) {
        return;
      }
      String name;
      SpeakerType type;
      switch (issuer.form()) {
        case NAME:
          name = resolver.fullName(issuer.name());
          type = SpeakerType.PERSON;
          break;
        case ORGANIZATION:
        case PLACE:
          name = issuer.name() != null ? issuer.name() : issuer.bare();
          type = SpeakerType.ORGANIZATION;
          break;
        default:
          return;
      }
      resolver.issued(t.lower(noun), name, type, t.start(noun));
    }

    // ---- helpers ----

    /** A reporting verb that can introduce a statement anywhere (not an incise-only verb). */
    private boolean isCue(int i) {
      String lemma = cueLemma(i);
      return lemma != null && !lexicon.isInciseOnly(lemma);
    }

    /** A reporting verb in an incise right after a quotation: any reporting verb will do. */
    private boolean isInciseCue(int i) {
      return cueLemma(i) != null;
    }

    private String cueLemma(int i) {
      if (!(t.isVerb(i) || t.isAux(i) || "ADJ".equals(t.pos(i)) && i > 0 && t.isAux(i - 1))) {
        return null;
      }
      return lexicon.reportingVerb(t.word(i), t.following(i, 2));
    }

    private boolean hasCue(Sentence s) {
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        if (isCue(k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * First word of the verb group: auxiliaries, adverbs, clitics and the asides of French news
     * ("a, de son côté, souhaité", "a pour sa part déclaré") before the verb.
     */
    private int groupStart(int verb) {
      int first = t.sentence(verb).firstToken();
      int k = verb;
      while (k - 1 >= first && verb - k < 10) {
        int aside = t.asideEndingAt(k - 1);
        if (aside > 0) {
          k -= aside;
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

    /** An auxiliary a few words before a participle: "a, mardi soir à Bruxelles, déclaré". */
    private boolean auxiliaryBefore(int verb) {
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
    private boolean reflexive(int group, int verb) {
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
    private boolean passive(int group, int verb) {
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
    private int que(int verb) {
      int end = Math.min(t.sentence(verb).endToken(), verb + QUE_REACH);
      for (int k = verb + 1; k < end; k++) {
        String w = t.lower(k);
        if ((w.equals("que") || w.equals("qu'")) && !t.is(k - 1, "ce") && !"PRON".equals(t.pos(k))
            || (w.equals("que") || w.equals("qu'")) && k == verb + 1) {
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
    private int fragmentAfter(int verb, Sentence sentence) {
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

    private boolean endsSoon(int verb, Sentence sentence) {
      for (int k = verb + 1; k < sentence.endToken(); k++) {
        if (t.is(k, "que") || t.is(k, "qu'") || t.is(k, ":") || isMark(k)) {
          return false;
        }
      }
      return true;
    }

    /** At least one verb and a few words: a clause, not a name or a fragment. */
    private boolean isClause(int from, int to) {
      int verbs = 0;
      for (int k = from; k < to; k++) {
        if ((t.isVerb(k) || t.isAux(k)) && !inAccepted(k)) {
          verbs++;
        }
      }
      return verbs > 0 && words(from, to) >= 3;
    }

    private boolean isMark(int k) {
      String w = t.word(k);
      return w.length() == 1 && "«»“”„‹›\"'".indexOf(w.charAt(0)) >= 0;
    }

    private boolean hasFragment(int start, int end) {
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
    private void accept(QuotedSpan q) {
      accepted.add(q);
      for (int k = t.firstAtOrAfter(q.open()); k < t.size() && t.start(k) < q.close(); k++) {
        quoted[k] = true;
      }
    }

    private boolean inAccepted(int token) {
      return token >= 0 && token < quoted.length && quoted[token];
    }

    private boolean inAcceptedOffset(int offset) {
      int k = t.firstAtOrAfter(offset + 1) - 1; // the word holding the offset
      return k >= 0 && t.end(k) > offset && quoted[k];
    }

    private int words(QuotedSpan q) {
      int from = t.firstAtOrAfter(q.contentStart());
      int to = t.firstAtOrAfter(q.contentEnd());
      return words(from, to);
    }

    private int words(int from, int to) {
      int n = 0;
      for (int k = from; k < to && k < t.size(); k++) {
        if (!t.isPunct(k) && (k == 0 || t.start(k) != t.start(k - 1))) {
          n++;
        }
      }
      return n;
    }

    private SpeakerPhrase invertedPronoun(int clitic) {
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

  /**
   * A person name as the tagger marked it, without title and without the common nouns it took in
   * after an article ("M. Lavrov" → "Lavrov"; "au Commerce Gary Locke" → "Gary Locke").
   */
  private String personName(String tagged, boolean afterArticle) {
    String name = withoutTitle(tagged);
    String[] words = name.split(" ");
    int k = 0;
    // Only right after an article: "le Commerce Gary Locke", never "Rami Abdel Rahmane".
    while (afterArticle && words.length - k > 2 && lexicon.commonNounNotName(words[k])) {
      k++; // a first name and a surname stay
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
  }

  private static String withoutTitle(String name) {
    String[] words = name.strip().split("\\s+");
    int k = 0;
    while (k < words.length - 1
        && TokenText.TITLES.contains(words[k].toLowerCase(java.util.Locale.ROOT))) {
      k++;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
  }
}
