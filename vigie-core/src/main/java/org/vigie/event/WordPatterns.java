package org.vigie.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.lexicon.ResourceLines;

/**
 * Labelled word sequences read from a resource ({@code LABEL word word...}, one per line), matched
 * against a sentence's {@link Word}s. A word ending in {@code *} matches any ending (at least three
 * letters before it). At each position only the patterns starting with that word (or its first
 * three letters) are tried, so a sentence is read in linear time. Immutable and thread-safe.
 */
final class WordPatterns {
  private static final int PREFIX_KEY = 3;

  /** One entry: its label (the first field of its line) and its words. */
  record Pattern(String label, List<String> words) {
    int length() {
      return words.size();
    }

    boolean wordMatches(int k, String form) {
      String w = words.get(k);
      return w.endsWith("*") ? form.startsWith(w.substring(0, w.length() - 1)) : form.equals(w);
    }
  }

  /** A pattern found at words {@code [first, end)}. */
  record Match(Pattern pattern, int first, int end) {}

  private final Map<String, List<Pattern>> byWord = new HashMap<>();
  private final Map<String, List<Pattern>> byPrefix = new HashMap<>();

  /** From lines "LABEL words..."; {@code labelFields} leading fields make the label. */
  WordPatterns(List<String> lines, int labelFields) {
    for (String line : lines) {
      String[] parts = line.split("\\s+");
      if (parts.length <= labelFields) {
        throw new IllegalArgumentException("pattern line without words: " + line);
      }
      String label = String.join(" ", java.util.Arrays.copyOf(parts, labelFields));
      List<String> words = new ArrayList<>();
      for (int i = labelFields; i < parts.length; i++) {
        List<Word> split = Word.split(parts[i], 0, parts[i].length(), 16);
        if (split.isEmpty()) {
          words.add(parts[i]);
          continue;
        }
        split.forEach(w -> words.add(w.form()));
        if (parts[i].endsWith("*")) {
          words.set(words.size() - 1, words.get(words.size() - 1) + "*");
        }
      }
      add(new Pattern(label, List.copyOf(words)), line);
    }
  }

  static WordPatterns resource(String name, int labelFields) {
    return new WordPatterns(ResourceLines.of(WordPatterns.class, name), labelFields);
  }

  private void add(Pattern p, String line) {
    String first = p.words().get(0);
    if (first.endsWith("*")) {
      if (first.length() - 1 < PREFIX_KEY) {
        throw new IllegalArgumentException("prefix shorter than three letters: " + line);
      }
      byPrefix.computeIfAbsent(first.substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(p);
    } else {
      byWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
    }
  }

  /** The longest pattern starting at word {@code i}, or null. */
  Match longestAt(List<Word> words, int i) {
    if (i < 0 || i >= words.size()) {
      return null;
    }
    Pattern best = null;
    String form = words.get(i).form();
    for (Pattern p : byWord.getOrDefault(form, List.of())) {
      best = longer(best, p, words, i);
    }
    if (form.length() >= PREFIX_KEY) {
      for (Pattern p : byPrefix.getOrDefault(form.substring(0, PREFIX_KEY), List.of())) {
        best = longer(best, p, words, i);
      }
    }
    return best == null ? null : new Match(best, i, i + best.length());
  }

  /** A pattern ending exactly before word {@code end} and starting at or after {@code from}. */
  Match endingAt(List<Word> words, int from, int end) {
    for (int start = end - 1; start >= Math.max(from, end - 6); start--) {
      Match m = longestAt(words, start);
      if (m != null && m.end() == end) {
        return m;
      }
    }
    return null;
  }

  /** Patterns in words {@code [from, to)}, left to right, not overlapping, longest first. */
  List<Match> findAll(List<Word> words, int from, int to) {
    List<Match> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match m = longestAt(words, i);
      if (m == null || m.end() > to) {
        i++;
        continue;
      }
      found.add(m);
      i = m.end();
    }
    return found;
  }

  private static Pattern longer(Pattern best, Pattern p, List<Word> words, int i) {
    if (best != null && p.length() <= best.length()) {
      return best;
    }
    if (i + p.length() > words.size()) {
      return best;
    }
    for (int k = 0; k < p.length(); k++) {
      if (!p.wordMatches(k, words.get(i + k).form())) {
        return best;
      }
    }
    return p;
  }
}
