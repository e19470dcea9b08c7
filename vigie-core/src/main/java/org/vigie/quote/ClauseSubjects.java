package org.vigie.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * The subjects of the article's own clauses, outside what it reports: who the narration is about at
 * each point, as a reader keeps track of it for the next "il" or "elle". "Pilier de la place
 * Tahrir, M. Al-Aswany avait applaudi …", "L'ambassadeur de Libye, Mohammed Shalgham, qui était
 * resté loyal, fait défection", "Le président était déjà discret" are each the subject of a finite
 * verb read before it ({@link SubjectFinder#subjectBefore}); words inside a statement's content or
 * a quotation are the speaker's, not the narration's ("X a affirmé que Y devait partir" leaves X
 * the one a later "il" designates); a speaker's own phrase is resolved as a speaker, not read again
 * here. Singular persons only: names, roles and pronouns. Linear in the words; each subject read is
 * bounded by {@link SpeakerPhraseReader#MAX_WORDS}. Per document; not thread-safe.
 */
final class ClauseSubjects {
  private final QuoteContext c;
  private final TokenText t;
  private final SubjectFinder subjects;
  private final boolean[] reported;

  ClauseSubjects(QuoteContext c, SubjectFinder subjects) {
    this.c = c;
    this.t = c.t;
    this.subjects = subjects;
    this.reported = reportedWords();
  }

  /**
   * Whether the word at {@code offset} is inside a statement's content: a person named there is
   * talked about by the speaker ("Selon X, Claude Guéant a employé …"), no subject of the
   * narration.
   */
  boolean reported(int offset) {
    int k = t.firstAtOrAfter(offset);
    return k < t.size() && (reported[k] || c.inAccepted(k));
  }

  /** The subject phrases in reading order. */
  List<SpeakerPhrase> find() {
    Set<Integer> speakers = new HashSet<>();
    for (Draft d : c.drafts) {
      if (d.phrase != null) {
        speakers.add(d.phrase.first());
      }
    }
    List<SpeakerPhrase> found = new ArrayList<>();
    int lastGroup = -1;
    for (int v = 0; v < t.size(); v++) {
      if (reported[v] || c.inAccepted(v) || !finite(v)) {
        continue;
      }
      int group = c.groupStart(v);
      if (group <= lastGroup || inverted(group, v)) {
        continue; // "a annoncé": the auxiliary's group already read; "a-t-il dit" is an incise
      }
      lastGroup = group;
      if (t.is(group - 1, "qui")) {
        continue; // a relative clause's antecedent is any noun before it, often an apposition
      }
      SpeakerPhrase p = subjects.subjectBefore(group);
      if (p == null
          || p.plural()
          || reported[p.first()]
          || c.inAccepted(p.first())
          || speakers.contains(p.first())) {
        continue;
      }
      boolean person =
          p.form() == Form.NAME
              || p.form() == Form.ROLE
              || p.form() == Form.PRONOUN && !"on".equalsIgnoreCase(p.text());
      if (person) {
        found.add(p);
      }
    }
    return found;
  }

  private boolean finite(int v) {
    if (!t.isVerb(v) && !t.isAux(v)) {
      return false;
    }
    String word = t.word(v);
    // "La députée Sophie Garnier a voté": a participle-only word with no auxiliary is no verb
    return !c.lexicon.nonFinite(word) && !(c.lexicon.participleOnly(word) && !c.auxiliaryBefore(v));
  }

  private boolean inverted(int group, int verb) {
    for (int k = group; k <= verb + 1 && k < t.size(); k++) {
      if (t.isInvertedClitic(k)) {
        return true;
      }
    }
    return false;
  }

  /** The words inside a statement's content, marked in one pass over the drafts. */
  private boolean[] reportedWords() {
    int[] depth = new int[t.size() + 1];
    for (Draft d : c.drafts) {
      int from = t.firstAtOrAfter(d.start);
      int to = t.firstAtOrAfter(d.end);
      if (from < to) {
        depth[from]++;
        depth[to]--;
      }
    }
    boolean[] reported = new boolean[t.size()];
    int open = 0;
    for (int k = 0; k < t.size(); k++) {
      open += depth[k];
      reported[k] = open > 0;
    }
    return reported;
  }
}
