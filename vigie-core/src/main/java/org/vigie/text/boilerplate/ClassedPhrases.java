package org.vigie.text.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.lexicon.ResourceLines;

/**
 * A lexicon of words and word sequences grouped by class ("[class]" lines open a class), matched on
 * whole folded words ({@link FoldedWords}), longest entry first. What the service notices and the
 * reader-comment signs share: a line is scanned once whatever the lexicon's size, since entries are
 * indexed by their first word. Immutable and thread-safe.
 */
final class ClassedPhrases {
  private record Entry(String cls, String[] words) {}

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  ClassedPhrases(Class<?> owner, String resource) {
    String cls = null;
    for (String line : ResourceLines.of(owner, resource)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        cls = line.substring(1, line.length() - 1);
        continue;
      }
      if (cls == null) {
        throw new IllegalStateException(resource + ": entry before a [class]: " + line);
      }
      String[] words = FoldedWords.of(line).toArray(String[]::new);
      if (words.length > 0) {
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(cls, words));
      }
    }
  }

  /** The class of each entry found in {@code words}, in order, longest entry at each position. */
  List<String> classes(List<String> words) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Entry best = longestAt(words, i);
      if (best != null) {
        found.add(best.cls());
        i += best.words().length - 1;
      }
    }
    return found;
  }

  /** The class of the longest entry starting at word {@code at}, or null. */
  String classAt(List<String> words, int at) {
    Entry best = at < words.size() ? longestAt(words, at) : null;
    return best == null ? null : best.cls();
  }

  /** How many words the longest entry starting at word {@code at} spans; 0 when none does. */
  int lengthAt(List<String> words, int at) {
    Entry best = at < words.size() ? longestAt(words, at) : null;
    return best == null ? 0 : best.words().length;
  }

  private Entry longestAt(List<String> words, int at) {
    List<Entry> candidates = byFirstWord.get(words.get(at));
    if (candidates == null) {
      return null;
    }
    Entry best = null;
    for (Entry entry : candidates) {
      if ((best == null || entry.words().length > best.words().length)
          && matchesAt(words, at, entry.words())) {
        best = entry;
      }
    }
    return best;
  }

  private static boolean matchesAt(List<String> words, int at, String[] entry) {
    if (at + entry.length > words.size()) {
      return false;
    }
    for (int k = 0; k < entry.length; k++) {
      if (!words.get(at + k).equals(entry[k])) {
        return false;
      }
    }
    return true;
  }
}
