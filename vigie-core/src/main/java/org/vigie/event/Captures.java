package org.vigie.event;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * Territory taken, read from the verb and its object, which the trigger lexicon cannot hold: a verb
 * of taking ({@code capture-words.txt}) followed by a place, either a noun of a place's kind after
 * its determiner ("les rebelles ont repris la ville de Ketla", "la prise de l'aéroport") or a place
 * the entity layer names ("les loyalistes ont repris Misrata"). "prendre la parole", "pris part" or
 * "a pris la décision" have no place and are no capture. Stateless.
 */
final class Captures {
  private static final String LABEL = "ASSAULT territory-taken";

  private final WordPatterns words;

  Captures(WordPatterns words) {
    this.words = words;
  }

  /** The captures of a sentence's words, as trigger matches spanning the verb and the place. */
  List<WordPatterns.Match> find(List<Word> sentence, List<Entity> entities) {
    List<WordPatterns.Match> found = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      WordPatterns.Match take = words.longestAt(sentence, i);
      if (take == null || !take.pattern().label().equals("take")) {
        continue;
      }
      int object = take.end();
      int end = placeEnd(sentence, entities, object);
      if (end > object) {
        WordPatterns.Pattern p = new WordPatterns.Pattern(LABEL, List.of("capture"));
        found.add(new WordPatterns.Match(p, i, end));
        i = end - 1;
      }
    }
    return found;
  }

  /** The end of the place starting at word {@code at} ("la ville", "Misrata"), else {@code at}. */
  private int placeEnd(List<Word> sentence, List<Entity> entities, int at) {
    if (at >= sentence.size()) {
      return at;
    }
    int noun = at;
    if ("determiner".equals(label(sentence, at))) {
      noun++;
    }
    if (noun < sentence.size() && "place".equals(label(sentence, noun))) {
      return noun + 1;
    }
    Word w = sentence.get(at);
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION && e.start() == w.start()) {
        return at + 1;
      }
    }
    return at;
  }

  private String label(List<Word> sentence, int i) {
    WordPatterns.Match m = words.longestAt(sentence, i);
    return m == null ? null : m.pattern().label();
  }
}
