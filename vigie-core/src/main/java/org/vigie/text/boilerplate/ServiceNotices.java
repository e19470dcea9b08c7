package org.vigie.text.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.lexicon.ResourceLines;

/**
 * Service notices a site prints around its articles, recognised by the vocabulary of their class
 * rather than by phrase (resource {@code service-notices.txt}): paywall, account, device, cookie,
 * comment, share and newsletter notices. A line is a notice when it uses a class's words and
 * addresses the reader ("Vous pouvez lire ce journal sur un seul appareil à la fois"), or uses two
 * entries of the lexicon ("Ce message s'affichera sur l'autre appareil"). News prose speaks of
 * readers' accounts and devices rarely, and not to the reader. Immutable and thread-safe.
 */
final class ServiceNotices {
  /** Notices are a few sentences at most: longer lines are prose. */
  static final int MAX_WORDS = 45;

  /** Lines this short may be notices on two entries alone. */
  static final int SHORT_WORDS = 20;

  private static final String ADDRESS = "address";

  private record Entry(String cls, String[] words) {}

  /** Entries by their first word, so a line is scanned once whatever the lexicon's size. */
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  ServiceNotices() {
    String cls = null;
    for (String line : ResourceLines.of(ServiceNotices.class, "service-notices.txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        cls = line.substring(1, line.length() - 1);
        continue;
      }
      if (cls == null) {
        throw new IllegalStateException("service-notices.txt: entry before a [class]: " + line);
      }
      String[] words = FoldedWords.of(line).toArray(String[]::new);
      if (words.length > 0) {
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(cls, words));
      }
    }
  }

  /** The notice's class when the line is one, else null. */
  String reason(String line) {
    List<String> words = FoldedWords.of(line);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return null;
    }
    boolean address = false;
    String first = null;
    int hits = 0;
    for (int i = 0; i < words.size(); i++) {
      List<Entry> candidates = byFirstWord.get(words.get(i));
      if (candidates == null) {
        continue;
      }
      int longest = 0;
      Entry found = null;
      for (Entry entry : candidates) {
        if (entry.words().length > longest && matchesAt(words, i, entry.words())) {
          longest = entry.words().length;
          found = entry;
        }
      }
      if (found == null) {
        continue;
      }
      if (found.cls().equals(ADDRESS)) {
        address = true;
      } else {
        hits++;
        first = first == null ? found.cls() : first;
      }
      i += longest - 1;
    }
    // Two entries without an address: a news sentence may name "son compte Twitter" once, not
    // "compte" and "appareil" and "ce message" in one short line.
    boolean dense = hits >= 3 || hits >= 2 && words.size() <= SHORT_WORDS;
    return first != null && (address || dense) ? first : null;
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
