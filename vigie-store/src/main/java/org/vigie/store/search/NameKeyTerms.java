package org.vigie.store.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigie.names.NameKeys;

/**
 * Name keys for search in any spelling. Each capitalised word of an article (and each word of its
 * entities' names, canonical ones included, so "Artsakh" resolved to the Haut-Karabakh also carries
 * the key of "Karabakh") is indexed under two keys: {@link NameKeys#key} (accents, case, the usual
 * transliterations: Karabakh, Karabagh and Karabakgh; Pashinian and Pashinyan) and a consonant
 * skeleton that also drops an h after a hard consonant and doubled letters (Kadhafi, Khadafi and
 * Kaddafi). A query word that is a name is expanded to its keys ({@link NameKeyExpansion}).
 * Stateless and thread-safe.
 */
public final class NameKeyTerms {
  /** Words shorter than this carry no key: too many unrelated names would meet. */
  static final int MIN_LETTERS = 3;

  /** At most this many distinct keys per article. */
  public static final int MAX_KEYS = 4000;

  private NameKeyTerms() {}

  /** The keys of one word (empty when it is too short or not a word). */
  public static List<String> keys(String word) {
    String folded = NameKeys.fold(word);
    if (folded.length() < MIN_LETTERS || folded.indexOf(' ') >= 0) {
      return List.of();
    }
    String key = NameKeys.key(word);
    String skeleton = skeleton(folded);
    List<String> keys = new ArrayList<>(2);
    if (!key.isEmpty()) {
      keys.add("k:" + key);
    }
    keys.add("s:" + skeleton);
    return keys;
  }

  /** The keys of the capitalised words of a text (title, body), at most {@link #MAX_KEYS}. */
  public static void capitalisedKeys(String text, Set<String> out) {
    if (text == null) {
      return;
    }
    // A name recurs through an article: its keys are made once.
    Set<String> seen = new java.util.HashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n && out.size() < MAX_KEYS) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (i > start && Character.isUpperCase(text.charAt(start))) {
        String word = text.substring(start, i);
        if (seen.add(word)) {
          out.addAll(keys(word));
        }
      }
    }
  }

  /** The keys of every word of a name ("Bachar al-Assad": bachar, al, assad). */
  public static Set<String> nameKeys(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name != null) {
      for (String word : NameKeys.fold(name).split("[ ']+")) {
        out.addAll(keys(word));
      }
    }
    return out;
  }

  /** A query matching any of a word's keys in {@code field}, or null when it has none. */
  public static Query anyKey(String field, String word) {
    List<String> keys = keys(word);
    if (keys.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String k : keys) {
      b.add(new TermQuery(new Term(field, k)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Whether a name ("Bachar al-Assad") answers a query name in any spelling ("assad", "Bashar
   * Assad"): every word of the query shares a key with a word of the name.
   */
  public static boolean answers(String name, String query) {
    Set<String> have = nameKeys(name);
    boolean any = false;
    for (String word : NameKeys.fold(query).split("[ ']+")) {
      List<String> keys = keys(word);
      if (keys.isEmpty()) {
        continue;
      }
      any = true;
      if (keys.stream().noneMatch(have::contains)) {
        return false;
      }
    }
    return any;
  }

  /**
   * The skeleton of a folded word: y as i, no h after a hard consonant (kh, gh, dh, th, zh), no
   * doubled letters: "kadhafi", "khadafi" and "kaddafi" are all "kadafi".
   */
  static String skeleton(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i) == 'y' ? 'i' : folded.charAt(i);
      if (c == '\'') {
        continue;
      }
      int last = out.length() - 1;
      if (c == 'h' && last >= 0 && "kgdtzb".indexOf(out.charAt(last)) >= 0) {
        continue;
      }
      if (last >= 0 && out.charAt(last) == c) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
