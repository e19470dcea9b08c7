package org.vigie.quote;

import java.util.Set;
import org.vigie.model.SpeakerType;

/**
 * Someone or something the article has named, as a later pronoun or role may designate it: its
 * canonical name, type, gender ('m', 'f', '?') and number, the words of the role or institution it
 * was introduced with and their head, where it was named, and whether it spoke there ({@code
 * speaker}) or was the subject of its sentence ({@code subject}).
 */
record Referent(
    String canonical,
    SpeakerType type,
    char gender,
    boolean plural,
    Set<String> words,
    String head,
    int offset,
    boolean speaker,
    boolean subject) {

  Referent {
    words = Set.copyOf(words);
  }

  /** Whether a pronoun or role of this gender and number may designate it. */
  boolean agrees(char otherGender, boolean otherPlural) {
    return (gender == '?' || otherGender == '?' || gender == otherGender) && plural == otherPlural;
  }
}
