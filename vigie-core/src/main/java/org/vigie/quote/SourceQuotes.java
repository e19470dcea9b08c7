package org.vigie.quote;

import java.util.Set;
import org.vigie.model.Sentence;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Statements attributed by a preposition, in every position: "Selon X, …", "…, selon X.", "…, selon
 * des sources proches de X, qui …", "Il s'agit selon X d'une « … »", "d'après X", "Pour X, …" (X a
 * person, an institution or a place). Per document; not thread-safe.
 */
final class SourceQuotes {
  static final Set<String> SOURCE_PREPOSITIONS = Set.of("selon", "d'après");
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

  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles");

  /** Longest stretch of modifiers between a fronted source and its comma. */
  private static final int MAX_MODIFIERS = 15;

  /** Longest subject between a source and the verb of a statement following it without comma. */
  private static final int MAX_SUBJECT = 8;

  private final QuoteContext c;
  private final TokenText t;
  private final SpeakerPhraseReader reader;

  SourceQuotes(QuoteContext c) {
    this.c = c;
    this.t = c.t;
    this.reader = c.reader;
  }

  /** "selon X, …", "…, d'après X.", "Pour X, …". */
  void sourceCue(int i) {
    if (i + 1 >= t.size()
        || NOT_A_SOURCE.contains(t.lower(i + 1)) && !"DET".equals(t.pos(i + 1))
        || t.is(i + 1, "laquelle")
        || t.is(i + 1, "lequel")) {
      return;
    }
    Sentence sentence = t.sentence(i);
    boolean pour = t.is(i, "pour");
    SpeakerPhrase p = reader.after(i + 1);
    if (!pour && (t.is(i + 1, "un") || t.is(i + 1, "une"))) {
      // "selon" itself says its object is a source: "selon un officiel du gouvernement" names an
      // unnamed person even when no lexicon knows the noun ("selon les cas", "selon les méthodes"
      // mean "depending on", so only a single indefinite person is read so)
      p = reader.inInversion(p);
    }
    if (p == null || p.form() == Form.UNKNOWN) {
      return;
    }
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
    int parenthesis = parenthesisEnd(next, sentence.endToken());
    if (parenthesis > next) {
      // "Selon l'Observatoire syrien des droits de l'homme (OSDH), …", "selon le Yemen Post (en
      // anglais) …": the source's own parenthesis
      a = new Attribution(p, cue, i, parenthesis - 1);
      next = parenthesis;
    }
    boolean fronted = isFronted(cue, sentence);
    // (not after a comma: "…, selon X à Stuttgart, en Allemagne, sans …" closes its statement)
    if (fronted && !pour && !t.is(next, ",") && !t.is(cue - 1, ",")) {
      // "Selon l'amiral cité par le Spiegel, …", "Selon des sources médicales dans un hôpital de
      // campagne, …", "Selon le Premier ministre ayant fait défection, …": the source's modifiers
      // run to the comma that closes the fronted phrase
      int comma = modifiersEnd(next, sentence.endToken());
      if (comma >= 0) {
        a = new Attribution(p, cue, i, comma - 1);
        next = comma;
      } else if (opensClause(next, sentence.endToken())) {
        // "Selon le CNS il avait quitté …", "D'après un médecin « nous avons dix morts »": the
        // statement follows its source without a comma
        int end = c.contentEnd(next, sentence.endToken());
        if (!reportsItself(next, end)) {
          c.add(a, next, end);
        }
        return;
      }
    }
    boolean between = !pour && t.is(cue - 1, ",") && cue - 1 > sentence.firstToken();
    if (between
        && t.is(next, ",")
        && !c.isClause(next + 1, c.contentEnd(next + 1, sentence.endToken()))
        && c.isClause(sentence.firstToken(), cue - 1)) {
      // "Un ferry a évacué 460 blessés, selon la presse turque, depuis Misrata.": between commas,
      // the source closes the clause before it when what follows is only its circumstance
      c.addBefore(a, sentence.firstToken(), cue - 1);
    } else if (fronted && t.is(next, ",")) {
      int end = c.contentEnd(next + 1, sentence.endToken());
      if (!reportsItself(next + 1, end)) {
        c.add(a, next + 1, end);
      }
    } else if (!pour && t.is(cue - 1, ",")) {
      // "…, selon X." and "…, selon des sources proches de X, qui …"
      if (c.isClause(sentence.firstToken(), cue - 1)) {
        c.addBefore(a, sentence.firstToken(), cue - 1);
      }
    } else if (!pour && !fronted) {
      // "Il s'agit là selon le procureur d'une « nouvelle forme de répression »", "… ont été
      // tués selon l'OSDH.": the statement is the whole sentence around its source.
      int end = c.contentEnd(sentence.firstToken(), sentence.endToken());
      if (c.isClause(sentence.firstToken(), end)) {
        c.add(a, sentence.firstToken(), end);
      }
    }
  }

  /**
   * The comma ending the modifiers of a fronted source, or -1: participles, infinitives and
   * prepositional phrases up to it, with no clause of their own (no finite verb, relative pronoun,
   * quotation mark or other punctuation), within a bounded length.
   */
  private int modifiersEnd(int from, int end) {
    boolean relative = false;
    for (int k = from; k < end && k - from <= MAX_MODIFIERS; k++) {
      if (t.is(k, ",")) {
        return k > from ? k : -1;
      }
      String w = t.lower(k);
      if (w.equals("qui") && k == from && !relative) {
        // "Selon un ancien assistant qui vit désormais à l'étranger, …": a relative clause on
        // the source, whose verbs are its own
        relative = true;
        continue;
      }
      boolean finite = t.isAux(k) || t.isVerb(k) && !c.lexicon.canBeNonFinite(t.word(k));
      if (relative && finite && !t.isInvertedClitic(k)) {
        continue;
      }
      if (t.isPunct(k)
          || c.isMark(k)
          || w.equals("qui")
          || w.equals("que")
          || w.equals("qu'")
          || w.equals("dont")
          || t.isInvertedClitic(k)
          || t.isAux(k) && !w.equals("ayant") && !w.equals("étant")
          || t.isVerb(k) && !c.lexicon.canBeNonFinite(t.word(k))) {
        return -1;
      }
    }
    return -1;
  }

  /** The token after a parenthesis opening at {@code k} ("(OSDH)", "(en anglais)"), else k. */
  private int parenthesisEnd(int k, int end) {
    if (!t.is(k, "(")) {
      return k;
    }
    for (int close = k + 1; close < end && close - k <= 6; close++) {
      if (t.is(close, ")")) {
        return close + 1;
      }
      if (t.isPunct(close) && !t.is(close, "-")) {
        return k;
      }
    }
    return k;
  }

  /**
   * Whether a clause starts at {@code k}: a subject (a pronoun, a determiner, a name, or a
   * quotation opening on one) and a finite verb within a few words, before any comma.
   */
  private boolean opensClause(int k, int end) {
    int first = c.isMark(k) ? k + 1 : k;
    if (first >= end) {
      return false;
    }
    String pos = t.pos(first);
    boolean subject =
        "PRON".equals(pos)
                && (SUBJECT_PRONOUNS.contains(t.lower(first)) || !t.isObjectClitic(first))
            || "DET".equals(pos)
            || "PROPN".equals(pos) && t.capitalised(first);
    if (!subject) {
      return false;
    }
    for (int v = first + 1; v < end && v - first <= MAX_SUBJECT; v++) {
      if (t.is(v, ",") || c.isMark(v)) {
        return false;
      }
      if ((t.isVerb(v) || t.isAux(v)) && !c.lexicon.nonFinite(t.word(v))) {
        return true;
      }
    }
    return false;
  }

  boolean isSourcePreposition(int i) {
    String w = t.lower(i);
    if (SOURCE_PREPOSITIONS.contains(w) || w.equals("après") && t.is(i - 1, "d'")) {
      return true;
    }
    return w.equals("pour") && isFronted(i, t.sentence(i));
  }

  /** At the start of the sentence, or after a fronted adverbial and a comma. */
  boolean isFronted(int i, Sentence sentence) {
    return i == sentence.firstToken()
        || t.is(i - 1, ",")
        || t.is(i - 1, ":") // after a live blog's time stamp: "15h25 : Selon l'AFP, …"
        || t.is(i - 1, "mais")
        || t.is(i - 1, "et");
  }

  /** Whether the content holds its own reporting clause ("…, M. Lavrov a déclaré que …"). */
  boolean reportsItself(int from, int to) {
    for (int k = from; k < to; k++) {
      if (c.isCue(k) && c.que(k) >= 0) {
        return true;
      }
    }
    return false;
  }
}
