package org.vigie.quote;

import java.util.List;
import java.util.Set;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Indefinite pronoun subjects, the unnamed people a statement is attributed to: "Certains disent
 * que …", "Plusieurs estiment que …", "…, proclame l'un d'eux", "un autre menace : « … »", "…, a
 * ajouté l'un des militants". Read as a {@link Form#GROUP} kept as written. Stateless apart from
 * the document it reads.
 */
final class IndefiniteSubjects {
  private static final Set<String> INDEFINITES =
      Set.of("certains", "certaines", "plusieurs", "beaucoup", "chacun", "chacune");

  private final TokenText t;

  IndefiniteSubjects(TokenText t) {
    this.t = t;
  }

  /**
   * The first word of an indefinite pronoun phrase ending at token {@code j}, or -1: "certains",
   * "plusieurs", "beaucoup", "d'autres", "la plupart", "l'un d'eux", "l'une d'entre elles", "un
   * autre", "chacun". Such a subject speaks for unnamed people ("Certains disent que …").
   */
  int endingAt(int j, int sentenceFirst) {
    if (j < sentenceFirst) {
      return -1;
    }
    String w = t.lower(j);
    if (INDEFINITES.contains(w) && !"DET".equals(t.pos(j)) && !"NOUN".equals(t.pos(j + 1))) {
      return j;
    }
    if ((w.equals("autres") && (t.is(j - 1, "d'") || t.is(j - 1, "d’")))
        || w.equals("plupart") && t.is(j - 1, "la")) {
      return j - 1 >= sentenceFirst ? j - 1 : -1;
    }
    if (w.equals("autre") && (t.is(j - 1, "un") || t.is(j - 1, "une") || t.is(j - 1, "l'"))) {
      return j - 1 >= sentenceFirst ? j - 1 : -1;
    }
    int one = oneOf(j, sentenceFirst);
    if (one >= 0) {
      return one;
    }
    if (w.equals("eux") || w.equals("elles")) {
      int k = j - 1;
      if (t.is(k, "entre")) {
        k--;
      }
      if ((t.is(k, "d'") || t.is(k, "d’")) && (t.is(k - 1, "un") || t.is(k - 1, "une"))) {
        int start = t.is(k - 2, "l'") || t.is(k - 2, "l’") ? k - 2 : k - 1;
        return start >= sentenceFirst ? start : -1;
      }
    }
    return -1;
  }

  /**
   * The first word of "l'un des militants", "un des membres", "l'une de ses proches" ending at noun
   * {@code j}, or -1: one person of a group named by its noun, kept as written.
   */
  private int oneOf(int j, int sentenceFirst) {
    if (!"NOUN".equals(t.pos(j))) {
      return -1;
    }
    int k = j - 1;
    while (k > sentenceFirst && j - k <= 3 && ("DET".equals(t.pos(k)) || "ADJ".equals(t.pos(k)))) {
      k--; // "de ses anciens", "des" read as "de" + "les"
    }
    if (!(t.is(k, "de") || t.is(k, "d'") || t.is(k, "des")) || !isOne(k - 1)) {
      return -1;
    }
    int start = t.is(k - 2, "l'") || t.is(k - 2, "l’") ? k - 2 : k - 1;
    return start >= sentenceFirst ? start : -1;
  }

  private boolean isOne(int k) {
    return t.is(k, "un") || t.is(k, "une");
  }

  /** An indefinite subject: the unnamed people it speaks for, kept as written. */
  SpeakerPhrase phrase(int first, int last) {
    String text = t.text.substring(t.start(first), t.end(last));
    boolean one = isOne(first) || isOne(first + 1); // "l'un des militants", "un autre"
    boolean plural = !(one || t.is(last, "eux") || t.is(last, "elles") || t.is(last, "autre"));
    return new SpeakerPhrase(
        first,
        last,
        t.start(first),
        t.end(last),
        text,
        Form.GROUP,
        null,
        null,
        List.of(t.lower(last)),
        '?',
        plural);
  }
}
