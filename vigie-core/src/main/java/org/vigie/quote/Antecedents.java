package org.vigie.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.vigie.model.SpeakerType;

/**
 * Who a pronoun or a bare role may designate: the people and organisations the article has named so
 * far, in reading order, and how salient each is (a speaker, the subject of its sentence). Salience
 * follows French reporting: "« … », a-t-il dit" is the subject of its own sentence, else the
 * previous speaker or the subject of an earlier sentence, else the last person named; "a souligné
 * le chef de l'État" after "François Hollande a fait part …" is the person the paragraph is about.
 * One instance per document; not thread-safe; each query is linear in the referents.
 */
final class Antecedents {
  /** How far back (in characters) a pronoun looks for its speaker. */
  private static final int PRONOUN_REACH = 2_500;

  /**
   * How far (in characters) into a sentence a person named counts as its subject for a pronoun of
   * the same sentence: "M. Assad parlait de réformes, a-t-il dit" is Assad, but in "… les défenses
   * du colonel Kadhafi seront éliminées, a-t-il expliqué" Kadhafi is talked about, not speaking.
   */
  static final int SUBJECT_REACH = 60;

  private static final List<String> PREPOSITIONS =
      List.of(
          " du ",
          " de ",
          " des ",
          " d'",
          " d’",
          " à ",
          " au ",
          " aux ",
          " par ",
          " pour ",
          " avec ",
          " contre ",
          " sur ",
          " selon ",
          ", ");

  private final String text;
  private final List<Referent> referents = new ArrayList<>();

  Antecedents(String text) {
    this.text = text;
  }

  void add(Referent r) {
    referents.add(r);
  }

  /** Every referent in reading order (read-only). */
  List<Referent> all() {
    return Collections.unmodifiableList(referents);
  }

  /**
   * Whether a person named at {@code offset} heads its sentence's subject: only a title or role
   * before the name ("Le président Bachar al-Assad parlait …"), no preposition ("les chars du
   * colonel Khalil Mansour" is talked about, not speaking).
   */
  boolean isSubject(int sentenceStart, int offset) {
    String before = " " + text.substring(sentenceStart, offset).toLowerCase(Locale.ROOT) + " ";
    for (String preposition : PREPOSITIONS) {
      if (before.contains(preposition)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The antecedent of a pronoun: the first person of its gender who is the subject of the pronoun's
   * own sentence, else the latest salient referent that agrees, else the latest one named; null
   * when none is within reach. The evidence says which.
   */
  Resolved pronoun(char gender, boolean plural, int offset, int sentenceStart) {
    Referent found = plural ? null : firstInSentence(gender, offset, sentenceStart);
    if (found != null) {
      return new Resolved(found, "pronoun → subject of its sentence");
    }
    found = latest(gender, plural, offset, true);
    if (found != null) {
      return new Resolved(
          found,
          found.speaker()
              ? "pronoun → previous speaker"
              : "pronoun → subject of an earlier sentence");
    }
    found = latest(gender, plural, offset, false);
    return found == null ? null : new Resolved(found, "pronoun → last person named");
  }

  /** A referent with the evidence of how it was found. */
  record Resolved(Referent referent, String evidence) {}

  private Referent firstInSentence(char gender, int offset, int sentenceStart) {
    for (Referent r : referents) {
      boolean inSentence = r.offset() >= sentenceStart && r.offset() < offset;
      if (inSentence
          && (r.subject()
              || r.offset() - sentenceStart <= SUBJECT_REACH
                  && isSubject(sentenceStart, r.offset()))
          && r.type() == SpeakerType.PERSON
          && r.agrees(gender, false)) {
        return r;
      }
    }
    return null;
  }

  /** The latest referent fitting the pronoun; {@code salient}: a speaker or a sentence subject. */
  private Referent latest(char gender, boolean plural, int offset, boolean salient) {
    for (int i = referents.size() - 1; i >= 0; i--) {
      Referent r = referents.get(i);
      if (r.offset() > offset || offset - r.offset() > PRONOUN_REACH) {
        continue;
      }
      if (salient && !r.speaker() && !r.subject()) {
        continue;
      }
      if (r.agrees(gender, plural) && r.type() != SpeakerType.DOCUMENT) {
        return r;
      }
    }
    return null;
  }

  /**
   * The latest person within reach introduced or quoted with the noun {@code head} ("une source
   * militaire" for "cette source", "Moussa Ibrahim, un porte-parole de Kadhafi" for "ce
   * porte-parole"), or null.
   */
  Referent latestWithHead(String head, int offset) {
    for (int i = referents.size() - 1; i >= 0; i--) {
      Referent r = referents.get(i);
      if (r.offset() >= offset || offset - r.offset() > PRONOUN_REACH) {
        continue;
      }
      if (r.type() == SpeakerType.PERSON && (head.equals(r.head()) || r.words().contains(head))) {
        return r;
      }
    }
    return null;
  }

  /**
   * The person a definite role with no complement of its own designates when no one was introduced
   * with that role: the latest salient person of the same paragraph, of the role's gender and named
   * without a role ("François Hollande a fait part de son souhait … a souligné le chef de l'État"),
   * or of the paragraph before when this one has named no one yet ("… a poursuivi Me Ceccaldi. ¶
   * L'avocat n'a pas dit quand …"). A person the article gave another role anywhere is someone
   * else's colleague, not this role; further back, the article may have moved on to someone else.
   */
  Referent salientPersonOfParagraph(char gender, int offset) {
    int paragraph = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int previous = paragraphBefore(paragraph);
    boolean personInParagraph = false;
    for (int i = referents.size() - 1; i >= 0; i--) {
      Referent r = referents.get(i);
      if (r.offset() >= offset) {
        continue;
      }
      if (r.offset() < previous || r.offset() < paragraph && personInParagraph) {
        return null;
      }
      if (r.type() != SpeakerType.PERSON || !r.named()) {
        continue;
      }
      if (r.speaker() || r.subject()) {
        return r.head() == null && !hasRole(r.canonical()) && r.agrees(gender, false) ? r : null;
      }
      personInParagraph |= r.offset() >= paragraph;
    }
    return null;
  }

  /** Whether the article has given the person of this name a role anywhere before. */
  private boolean hasRole(String canonical) {
    for (Referent r : referents) {
      if (r.head() != null && r.canonical().equals(canonical)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the paragraph before the one starting at {@code paragraph} (blank lines skipped).
   */
  private int paragraphBefore(int paragraph) {
    int p = paragraph - 1;
    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    return p <= 0 ? 0 : text.lastIndexOf('\n', p - 1) + 1;
  }

  /**
   * The organisation that spoke last in the paragraph of {@code offset}, named by its own name (the
   * New York Times, al-Jezira, the OSDH): what "le quotidien", "la chaîne" or "l'ONG" designates
   * right after it, or named with the same noun ("la chaîne d'information al-Jezira"). Null when
   * someone else spoke after it or the paragraph has none.
   */
  Referent lastSpeakingOrganisationOfParagraph(String head, int offset) {
    int paragraph = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    for (int i = referents.size() - 1; i >= 0; i--) {
      Referent r = referents.get(i);
      if (r.offset() >= offset || !r.speaker()) {
        continue;
      }
      if (r.offset() < paragraph) {
        return null;
      }
      boolean sameKind = r.head() == null || r.head().equals(head);
      return r.type() == SpeakerType.ORGANIZATION && sameKind ? r : null;
    }
    return null;
  }
}
