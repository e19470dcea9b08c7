package org.vigie.quote;

import java.util.List;
import java.util.Objects;

/**
 * The words that name a quote's source, as found at the cue, before any resolution: tokens {@code
 * [first, last]}, their text, what kind of phrase it is, the person's name if one is written
 * (without title), the head noun, the content words of the role or institution ("porte-parole",
 * "ministère", "russe", "affaires", "étrangères"), and the grammatical gender ('m', 'f', '?') and
 * number.
 */
record SpeakerPhrase(
    int first,
    int last,
    int start,
    int end,
    String text,
    Form form,
    String name,
    String head,
    List<String> words,
    char gender,
    boolean plural) {

  /** What a speaker phrase is made of. */
  enum Form {
    /** il, elle, lui, -t-elle… */
    PRONOUN,
    /** A person's name, with or without a role ("la porte-parole …, Maria Zakharova"). */
    NAME,
    /** A person designated by their function only ("le chef de la diplomatie russe"). */
    ROLE,
    ORGANIZATION,
    /** A place standing for its government ("Moscou", "la Russie"). */
    PLACE,
    GROUP,
    DOCUMENT,
    UNKNOWN
  }

  SpeakerPhrase {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    words = List.copyOf(words);
  }

  /** The phrase without its leading determiner: "le ministère russe" → "ministère russe". */
  String bare() {
    String t = text;
    for (String det : List.of("le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ")) {
      if (t.regionMatches(true, 0, det, 0, det.length())) {
        return t.substring(det.length()).strip();
      }
    }
    return t;
  }
}
