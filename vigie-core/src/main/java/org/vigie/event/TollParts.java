package org.vigie.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A toll given as its parts after "parmi les morts": "Parmi les morts figurent 85 civils, 26
 * soldats et 17 rebelles" counts 128 killed, "parmi les blessés, on compte 12 policiers et 30
 * manifestants" 42 injured. The parts make one toll only when each names another group of {@link
 * Sides} (civilians, the army, rebels, the police, protesters...): "parmi les victimes figurent 14
 * enfants et 7 femmes" names groups that overlap (children and women are civilians) and counts
 * nothing, nor does a single part ("parmi les morts figurent trois enfants" is a subset). Parts are
 * figures of people separated by commas and "et", in the head's clause. Immutable and thread-safe.
 */
final class TollParts {
  /** Words between the toll noun and its first part ("figurent", "on compte", "il y a"). */
  private static final int LEAD_WORDS = 3;

  /**
   * Words that may qualify a part's noun ("huit manifestants anti-gouvernement et trois soldats").
   */
  private static final int MODIFIER_WORDS = 2;

  private final Sides sides;
  private final CasualtyWords vocabulary;

  TollParts(Sides sides, CasualtyWords vocabulary) {
    this.sides = sides;
    this.vocabulary = vocabulary;
  }

  /** The toll whose parts follow "parmi les" and a toll noun, or null. */
  Casualty read(String text, List<Word> words, List<Count> counts) {
    for (int i = 0; i + 2 < words.size(); i++) {
      if (!words.get(i).form().equals("parmi")
          || !words.get(i + 1).form().equals("les")
          || !CasualtyWords.casualtyWord(vocabulary.label(words, i + 2))) {
        continue;
      }
      int head = i + 2;
      for (int n = 0; n < counts.size(); n++) {
        int first = CountReader.wordIndexAt(words, counts.get(n).start());
        if (first <= head) {
          continue;
        }
        if (first - head - 1 > LEAD_WORDS
            || CasualtyWords.endsPhrase(text, words.get(head).end(), counts.get(n).start())) {
          break;
        }
        Count whole = sum(text, words, counts, n);
        if (whole != null) {
          boolean killed = vocabulary.label(words, head).startsWith("killed");
          return new Casualty(killed, whole, words.get(head).start(), whole.end(), null);
        }
        break;
      }
    }
    return null;
  }

  /**
   * The whole of a subject given as its parts, "huit manifestants et trois soldats sont tués" (11):
   * the figure {@code first} and those coordinated with it, each of another group, else null.
   */
  Count coordinated(String text, List<Word> words, List<Count> counts, Count first) {
    int n = counts.indexOf(first);
    return n < 0 ? null : sum(text, words, counts, n);
  }

  /**
   * The sum of the figures from {@code counts[from]} on, each before a noun of another group (with
   * at most {@value #MODIFIER_WORDS} words qualifying it), set apart by commas and a last "et";
   * null for fewer than two parts or a part naming no group, a vague or repeated one.
   */
  private Count sum(String text, List<Word> words, List<Count> counts, int from) {
    long total = 0;
    int parts = 0;
    int end = -1;
    Set<String> groups = new HashSet<>();
    int next = -1; // where the next part may start, once one is read
    for (int n = from; n < counts.size(); n++) {
      Count c = counts.get(n);
      int first = CountReader.wordIndexAt(words, c.start());
      if (next >= 0 && !joined(text, words, next, first)) {
        break;
      }
      int noun = CountReader.wordIndexAt(words, c.end());
      String group = noun < words.size() ? sides.of(words, noun) : null;
      if (c.value() == null || c.article() || group == null || !groups.add(group)) {
        return null;
      }
      total += c.value();
      parts++;
      end = words.get(noun).end();
      next = noun + 1;
    }
    if (parts < 2) {
      return null;
    }
    Count start = counts.get(from);
    return new Count(start.start(), end, total, start.qualifier(), false);
  }

  /**
   * Whether the part at word {@code first} follows the previous part's noun (ending before word
   * {@code next}) as its coordinate: a comma or "et" after a few qualifying words, in one clause.
   */
  private boolean joined(String text, List<Word> words, int next, int first) {
    if (first < next || first - next > MODIFIER_WORDS + 1) {
      return false;
    }
    for (int k = next; k < first; k++) {
      String form = words.get(k).form();
      if (CasualtyWords.casualtyWord(vocabulary.label(words, k))) {
        return false; // "dix soldats tués et cinq rebelles blessés": two tolls
      }
      if (form.equals("et")) {
        return k == first - 1
            && !CasualtyWords.endsPhrase(text, words.get(next - 1).end(), words.get(k).start());
      }
    }
    return text.substring(words.get(first - 1).end(), words.get(first).start()).contains(",")
        && !CasualtyWords.endsPhrase(text, words.get(next - 1).end(), words.get(first).start());
  }
}
