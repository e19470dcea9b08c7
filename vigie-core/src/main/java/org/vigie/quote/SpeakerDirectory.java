package org.vigie.quote;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vigie.model.SpeakerType;

/**
 * One name per speaker across a corpus. Articles spell names their own way ("Pashinian",
 * "Pashinyan"; "Sergueï Lavrov", "Sergei Lavrov", "Lavrov"); the directory groups canonical names
 * whose {@link SpeakerNames#key keys} agree, joins a surname alone to the one full name it can
 * belong to, and names each group by its most frequent fullest form. Feed it every name first
 * ({@link #add}), then ask ({@link #name}). Not thread-safe.
 */
public final class SpeakerDirectory {
  private final Map<String, Map<String, Integer>> formsByKey = new HashMap<>();
  private final Map<String, Set<String>> fullKeysBySurname = new HashMap<>();

  /** Records one use of a canonical name. */
  public void add(String canonical, SpeakerType type) {
    if (canonical == null || canonical.isBlank()) {
      return;
    }
    String key = SpeakerNames.key(canonical);
    formsByKey.computeIfAbsent(key, k -> new HashMap<>()).merge(canonical, 1, Integer::sum);
    if (type == SpeakerType.PERSON && key.indexOf(' ') > 0) {
      fullKeysBySurname
          .computeIfAbsent(SpeakerNames.surnameKey(canonical), k -> new HashSet<>())
          .add(key);
    }
  }

  /** The corpus name for a canonical name seen in one article; the name itself if unknown. */
  public String name(String canonical, SpeakerType type) {
    if (canonical == null) {
      return null;
    }
    String key = SpeakerNames.key(canonical);
    if (type == SpeakerType.PERSON && key.indexOf(' ') < 0) {
      Set<String> full = fullKeysBySurname.getOrDefault(key, Set.of());
      if (full.size() == 1) {
        key = full.iterator().next(); // "Lavrov" alone is the one Lavrov with a first name
      }
    }
    Map<String, Integer> forms = formsByKey.get(key);
    if (forms == null) {
      return canonical;
    }
    return forms.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparingInt(e -> capitals(e.getKey()))
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(canonical);
  }

  private static int capitals(String s) {
    return (int) s.chars().filter(Character::isUpperCase).count();
  }
}
