package org.vigie.quote;

import org.vigie.model.Sentence;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Participial and gerund attributions: "…, affirmant que …", "en précisant que …", "tout en se
 * disant incapable de …", "Washington évoquant la possibilité d'un « massacre »". The speaker is
 * the participle's own subject right before it, else the subject of the main clause; a participle
 * coordinated with a reporting one ("… et condamnant …") shares its speaker. Per document; not
 * thread-safe.
 */
final class ParticipialQuotes {
  private final QuoteContext c;
  private final TokenText t;
  private final SpeakerPhraseReader reader;
  private final SubjectFinder subjects;
  private final IndirectQuotes indirect;

  ParticipialQuotes(QuoteContext c, SubjectFinder subjects, IndirectQuotes indirect) {
    this.c = c;
    this.t = c.t;
    this.reader = c.reader;
    this.subjects = subjects;
    this.indirect = indirect;
  }

  void participialCue(int participle) {
    Sentence sentence = t.sentence(participle);
    int k = participle - 1;
    // "en se disant", "en affirmant également"; the "en" of a gerund is no object clitic here
    while (k >= sentence.firstToken() && (t.isObjectClitic(k) && !t.is(k, "en") || t.isAdverb(k))) {
      k--;
    }
    if (t.is(k, "et")) {
      // "Washington évoquant un « massacre » et condamnant « l'agression »": the second
      // participle shares the first one's speaker
      Draft previous = indirect.coordinatedWith(k + 1, sentence);
      if (previous != null && previous.cueFirst >= 0 && c.isParticipialCue(previous.cueLast)) {
        indirect.coordinatedCue(previous, k + 1, participle, sentence);
      }
      return;
    }
    boolean gerund = t.is(k, "en");
    if (gerund) {
      k--;
      if (t.is(k, "tout")) {
        k--;
      }
    }
    int que = c.que(participle);
    int from = que >= 0 ? que + 1 : participle + 1;
    boolean hasObject =
        que >= 0
            || c.fragmentAfter(participle, sentence) >= 0
            || indirect.statementObject(participle, sentence) >= 0;
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
    // a gerund right after its incise ("…», a-t-il poursuivi en affirmant que …") hangs on the
    // incise's verb, at k itself
    SpeakerPhrase speaker = own != null ? own : subjects.mainSubject(gerund ? k + 1 : k, sentence);
    if (speaker == null) {
      return;
    }
    int cueFirst = gerund ? k + 1 : participle; // "en affirmant", "tout en assurant"
    Attribution a = new Attribution(speaker, cueFirst, participle, participle);
    c.addDraft(a, from, c.contentEnd(from, sentence.endToken()));
  }
}
