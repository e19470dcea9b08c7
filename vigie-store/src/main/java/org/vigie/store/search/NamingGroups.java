package org.vigie.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.vigie.names.NameKeys;
import org.vigie.store.Fields;
import org.vigie.store.Keys;
import org.vigie.store.LiveDocuments;

/**
 * Groups entity names across outlets (see {@link StoreSearcher#namingChoices}): by the canonical
 * name the analysis gave each mention, then by spelling (transliteration key, edit distance), and
 * shows each outlet's forms as written. At most {@value #MAX_NAMES} distinct names are compared
 * (the most frequent), so the pairwise pass stays bounded on a large store. Not thread-safe; one
 * per call.
 */
final class NamingGroups {
  static final int MAX_NAMES = 20_000;
  private static final Set<String> FIELDS =
      Set.of(Fields.NAMES, Fields.OUTLET_NAME, Fields.DUPLICATE_OF);

  private final IndexReader reader;

  NamingGroups(IndexReader reader) {
    this.reader = reader;
  }

  List<NamingChoice> choices(int minOutlets) {
    // type \t key of the canonical name -> outlet -> form as written -> articles
    Map<String, Map<String, Map<String, Integer>>> byName = new HashMap<>();
    // type \t key -> canonical name -> articles: the entity's label is its commonest canonical,
    // and the key's frequency is the sum
    Map<String, Map<String, Integer>> canonicals = new HashMap<>();
    try {
      LiveDocuments.forEach(
          reader,
          FIELDS,
          (docId, doc) -> {
            String outlet = doc.get(Fields.OUTLET_NAME);
            if (outlet == null || doc.get(Fields.DUPLICATE_OF) != null) {
              return;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (IndexableField f : doc.getFields(Fields.NAMES)) {
              // type \t canonical \t text as written (stores written before the text was kept
              // have two parts: the canonical is then the only form known)
              String[] parts = f.stringValue().split("\t", -1);
              if (parts.length < 2 || parts[0].equals("MISC")) {
                continue;
              }
              String canonical = parts[1];
              String form = parts.length > 2 && !parts[2].isBlank() ? parts[2] : canonical;
              // Grouped by the canonical name, so exonyms the analysis resolved to one place
              // (Artsakh, Haut-Karabakh) meet, and by its transliteration key, so spellings of one
              // person across articles (Pachinian, Pashinyan) meet too.
              String key = parts[0] + "\t" + letters(NameKeys.key(canonical));
              if (key.endsWith("\t") || !seen.add(key + "\t" + form)) {
                continue;
              }
              byName
                  .computeIfAbsent(key, k -> new TreeMap<>())
                  .computeIfAbsent(outlet, k -> new TreeMap<>())
                  .merge(form, 1, Integer::sum);
              canonicals
                  .computeIfAbsent(key, k -> new TreeMap<>())
                  .merge(canonical, 1, Integer::sum);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> keys = new ArrayList<>(canonicals.keySet());
    keys.sort(
        Comparator.comparingInt(
                (String k) -> -canonicals.get(k).values().stream().mapToInt(n -> n).sum())
            .thenComparing(Comparator.naturalOrder()));
    if (keys.size() > MAX_NAMES) {
      keys = new ArrayList<>(keys.subList(0, MAX_NAMES));
    }
    keys.sort(Comparator.naturalOrder());
    int[] parent = new int[keys.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < keys.size(); i++) {
      String a = keys.get(i);
      for (int j = i + 1; j < keys.size(); j++) {
        String b = keys.get(j);
        // Sorted keys: once the type and first letter change, no later key can be close.
        if (!sameBlock(a, b)) {
          break;
        }
        if (close(name(a), name(b))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<String>> groups = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(keys.get(i));
    }
    List<NamingChoice> out = new ArrayList<>();
    for (List<String> group : groups.values()) {
      Map<String, Map<String, Integer>> byOutlet = new TreeMap<>();
      Map<String, Integer> labels = new TreeMap<>();
      Set<String> forms = new LinkedHashSet<>();
      for (String key : group) {
        canonicals.get(key).forEach((name, n) -> labels.merge(name, n, Integer::sum));
        for (Map.Entry<String, Map<String, Integer>> o : byName.get(key).entrySet()) {
          for (Map.Entry<String, Integer> f : o.getValue().entrySet()) {
            byOutlet
                .computeIfAbsent(o.getKey(), k -> new TreeMap<>())
                .merge(f.getKey(), f.getValue(), Integer::sum);
            forms.add(Keys.fold(f.getKey()));
          }
        }
      }
      if (forms.size() < 2 || byOutlet.size() < Math.max(2, minOutlets)) {
        continue;
      }
      List<NamingChoice.OutletForm> rows = new ArrayList<>();
      byOutlet.forEach(
          (outlet, fs) ->
              fs.forEach((form, n) -> rows.add(new NamingChoice.OutletForm(outlet, form, n))));
      String label =
          labels.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElseThrow();
      String type = group.get(0).substring(0, group.get(0).indexOf('\t'));
      out.add(new NamingChoice(label, type, rows));
    }
    out.sort(
        Comparator.comparing(
                (NamingChoice c) ->
                    -c.forms().stream().mapToInt(NamingChoice.OutletForm::articles).sum())
            .thenComparing(NamingChoice::entity));
    return out;
  }

  private static String letters(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : Keys.fold(name).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String name(String key) {
    return key.substring(key.indexOf('\t') + 1);
  }

  private static boolean sameBlock(String a, String b) {
    int ta = a.indexOf('\t');
    int tb = b.indexOf('\t');
    return a.regionMatches(0, b, 0, Math.max(ta, tb) + 2);
  }

  static boolean close(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int allowed = shorter >= 9 ? 2 : shorter >= 6 ? 1 : 0;
    if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
      return false;
    }
    return distance(a, b, allowed) <= allowed;
  }

  /** Levenshtein distance, stopping early once it exceeds {@code max}. */
  private static int distance(String a, String b, int max) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
