package org.vigie.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The end of an assault is no assault: "le PKK arrête ses attaques contre la Turquie", "l'arrêt des
 * combats", "ont cessé leurs bombardements", "mettre un terme à la répression". A cessation word
 * ({@code cessation-words.txt}) followed by an ASSAULT trigger, with at most {@value #LINKS}
 * determiners or prepositions between them, makes one RETREAT/ceasefire spanning both; the assault
 * trigger is dropped. Its modality is read at the cessation word, so "appelle à l'arrêt des
 * combats" is a demanded ceasefire. Stateless.
 */
final class Cessations {
  /** Determiners and prepositions allowed between the cessation and the assault. */
  static final int LINKS = 3;

  /** Words looked back from the cessation for its negation ("n'ont pas cessé"). */
  private static final int NEGATION_REACH = 3;

  private static final String ASSAULT = "ASSAULT ";
  private static final WordPatterns.Pattern CEASEFIRE =
      new WordPatterns.Pattern("RETREAT ceasefire", List.of("cessation"));

  private final WordPatterns words;

  Cessations(WordPatterns words) {
    this.words = words;
  }

  /** {@code found} with each ended assault replaced by a ceasefire, in text order. */
  List<WordPatterns.Match> apply(List<Word> sentence, List<WordPatterns.Match> found) {
    List<WordPatterns.Match> out = new ArrayList<>(found);
    for (WordPatterns.Match m : found) {
      if (!m.pattern().label().startsWith(ASSAULT)) {
        continue;
      }
      int cue = cueBefore(sentence, m.first());
      if (cue < 0 || negated(sentence, cue)) {
        continue;
      }
      // The ceasefire takes the words from the cessation to the assault, and any trigger there
      // ("arrêté", an arrest word, in "ont arrêté les bombardements").
      out.removeIf(o -> o.first() < m.end() && o.end() > cue);
      out.add(new WordPatterns.Match(CEASEFIRE, cue, m.end()));
    }
    out.sort(java.util.Comparator.comparingInt(WordPatterns.Match::first));
    return out;
  }

  /** "n'a cessé de bombarder", "ne cesse de tirer": a cessation denied goes on, an assault. */
  private static boolean negated(List<Word> sentence, int cue) {
    for (int k = cue - 1; k >= Math.max(0, cue - NEGATION_REACH); k--) {
      String form = sentence.get(k).form();
      if (form.equals("n'") || form.equals("ne")) {
        return true;
      }
    }
    return false;
  }

  /** The first word of a cessation ending before word {@code at} across links, or -1. */
  private int cueBefore(List<Word> sentence, int at) {
    int end = at;
    for (int n = 0; n <= LINKS && end > 0; n++) {
      WordPatterns.Match cue = words.endingAt(sentence, Math.max(0, end - 4), end);
      if (cue != null && cue.pattern().label().equals("cessation")) {
        return cue.first();
      }
      WordPatterns.Match link = words.longestAt(sentence, end - 1);
      if (link == null || !link.pattern().label().equals("link")) {
        return -1;
      }
      end--;
    }
    return -1;
  }
}
