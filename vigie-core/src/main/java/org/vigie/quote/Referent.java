package org.vigie.quote;

import java.util.Set;
import org.vigie.model.SpeakerType;

/**
 * Someone or something the article has named, as a later pronoun or role may designate it: its
 * canonical name, type, gender ('m', 'f', '?') and number, the words of the role or institution it
 * was introduced with and their head, where it was named, whether it spoke there ({@code speaker})
 * or was the subject of its sentence ({@code subject}), and whether its canonical form is a name
 * ({@code named}; false for a person known by a role only, "un diplomate occidental", who may be a
 * pronoun's antecedent but introduces no one with that role).
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
    boolean subject,
    boolean named) {

  Referent {
    words = Set.copyOf(words);
  }

  /** A referent known by its name. */
  Referent(
      String canonical,
      SpeakerType type,
      char gender,
      boolean plural,
      Set<String> words,
      String head,
      int offset,
      boolean speaker,
      boolean subject) {
    this(canonical, type, gender, plural, words, head, offset, speaker, subject, true);
  }

  /** Whether a pronoun or role of this gender and number may designate it. */
  boolean agrees(char otherGender, boolean otherPlural) {
    return (gender == '?' || otherGender == '?' || gender == otherGender) && plural == otherPlural;
  }
}
