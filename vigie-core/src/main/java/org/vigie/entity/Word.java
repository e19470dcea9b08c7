package org.vigie.entity;

import java.util.ArrayList;
import java.util.List;
import org.vigie.linguistic.EntityMentionStage;
import org.vigie.model.EntityType;
import org.vigie.model.Token;

/**
 * A word as written: the backend splits "du" into "de" + "le" sharing one span; entity rules read
 * the text, so such words count once, with the first word's tag and label.
 */
record Word(int start, int end, String text, String pos, String ner) {
  static List<Word> of(String text, List<Token> tokens) {
    List<Word> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (!words.isEmpty() && words.get(words.size() - 1).start() == t.start()) {
        continue;
      }
      words.add(new Word(t.start(), t.end(), text.substring(t.start(), t.end()), t.pos(), t.ner()));
    }
    return words;
  }

  boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  boolean punctuation() {
    return "PUNCT".equals(pos) || !Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** Whether the backend labelled this word as part of a person's name. */
  boolean person() {
    return EntityMentionStage.typeOf(ner) == EntityType.PERSON;
  }

  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
