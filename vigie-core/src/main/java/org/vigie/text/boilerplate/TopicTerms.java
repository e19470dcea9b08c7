package org.vigie.text.boilerplate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.lexicon.ResourceLines;

/**
 * The main terms of an article's body, for topical coherence: content words (stop words and the
 * generic words of every news story left out, resource {@code generic-news-words.txt}) that at
 * least two of its lines use, cut to their first five letters so "Syrie" meets "syrien". A line
 * around the body that shares none of them is about something else: another article's headline or
 * lede, a newsletter blurb. Immutable and thread-safe.
 *
 * <p>Example: a body on "Bachar el-Assad … la Syrie … l'opposition syrienne" has main terms
 * "bacha", "assad", "syrie", "oppos"; "(Washington) Le parti républicain a conservé un siège au
 * Sénat" shares none.
 */
final class TopicTerms {
  static final int STEM = 5;
  private static final int MIN_WORD = 4;
  private static final Set<String> GENERIC =
      Set.copyOf(ResourceLines.of(TopicTerms.class, "generic-news-words.txt"));

  private final Set<String> main;

  private TopicTerms(Set<String> main) {
    this.main = main;
  }

  /** Main terms of the body made of {@code lines}; a lone line gives its own terms. */
  static TopicTerms of(List<String> lines) {
    Map<String, Integer> linesWith = new HashMap<>();
    for (String line : lines) {
      for (String stem : stems(line)) {
        linesWith.merge(stem, 1, Integer::sum);
      }
    }
    int needed = lines.size() >= 2 ? 2 : 1;
    Set<String> main = new HashSet<>();
    linesWith.forEach(
        (stem, count) -> {
          if (count >= needed) {
            main.add(stem);
          }
        });
    return new TopicTerms(Set.copyOf(main));
  }

  boolean isEmpty() {
    return main.isEmpty();
  }

  /** How many of the body's main terms the line uses. */
  int shared(String line) {
    int shared = 0;
    for (String stem : stems(line)) {
      if (main.contains(stem)) {
        shared++;
      }
    }
    return shared;
  }

  /** The distinct content stems of a line. */
  static Set<String> stems(String line) {
    Set<String> stems = new HashSet<>();
    for (String word : FoldedWords.of(line)) {
      if (word.length() < MIN_WORD || GENERIC.contains(word) || LineProfile.isStopWord(word)) {
        continue;
      }
      if (Character.isDigit(word.charAt(0))) {
        continue;
      }
      stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
    }
    return stems;
  }
}
