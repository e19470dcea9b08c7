package org.vigie.store.story;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.store.Keys;
import org.vigie.store.Tokens;

/**
 * What the clusterer knows of an article: term counts (title words count {@value #TITLE_WEIGHT}
 * times: a headline names the story, the body wanders), named entities (folded canonical names) and
 * the publication day ({@code null} when unknown). Terms come from the index's French analysis, at
 * most {@value #MAX_TERMS} of the body.
 */
public record StoryFeatures(
    String id, Map<String, Integer> terms, List<String> entities, Long day) {
  public static final int TITLE_WEIGHT = 3;
  public static final int MAX_TERMS = 400;

  /**
   * Distinct terms kept per article, the most frequent first: bounds what the store keeps to replay
   * the clusterer, and live clustering uses exactly what a replay will see.
   */
  public static final int KEPT_TERMS = 80;

  public StoryFeatures {
    Objects.requireNonNull(id, "id");
    terms = Map.copyOf(terms);
    entities = List.copyOf(entities);
  }

  /** Features of a headline (or any short text) with an optional day. */
  public static StoryFeatures ofHeadline(String id, String title, Long day, Analyzer analyzer) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (String t : Tokens.of(analyzer, title, MAX_TERMS)) {
      terms.merge(t, TITLE_WEIGHT, Integer::sum);
    }
    return new StoryFeatures(id, top(terms), List.copyOf(titleNames(title, analyzer)), day);
  }

  public static StoryFeatures of(Article article, Long day, Analyzer analyzer) {
    Map<String, Integer> terms = new HashMap<>();
    for (String t : Tokens.of(analyzer, article.title(), MAX_TERMS)) {
      terms.merge(t, TITLE_WEIGHT, Integer::sum);
    }
    for (String t : Tokens.of(analyzer, article.text(), MAX_TERMS)) {
      terms.merge(t, 1, Integer::sum);
    }
    java.util.Set<String> names = titleNames(article.title(), analyzer);
    for (Entity e : article.entities()) {
      if (e.type() != EntityType.MISC) {
        names.add(Keys.fold(e.canonical() != null ? e.canonical() : e.text()));
      }
    }
    return new StoryFeatures(article.id(), top(terms), List.copyOf(names), day);
  }

  /**
   * Capitalised words of a title ("Xiaomi", "Pesquet", "Fortnite"), analysed like terms: the names
   * a headline is about, when no recogniser ran on it (a headline alone, or cleaning-only
   * analysis). The first word counts too; a capitalised common word there costs little, since stop
   * words are gone and a name feature only adds a bonus.
   */
  static java.util.Set<String> titleNames(String title, Analyzer analyzer) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    if (title == null) {
      return names;
    }
    for (String word : title.split("[\\s\\p{Punct}«»“”’]+")) {
      if (word.length() >= 3 && Character.isUpperCase(word.charAt(0))) {
        List<String> t = Tokens.of(analyzer, word, 1);
        if (!t.isEmpty()) {
          names.add(t.get(0));
        }
      }
    }
    return names;
  }

  private static Map<String, Integer> top(Map<String, Integer> terms) {
    if (terms.size() <= KEPT_TERMS) {
      return terms;
    }
    List<Map.Entry<String, Integer>> entries = new java.util.ArrayList<>(terms.entrySet());
    entries.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> kept = new LinkedHashMap<>();
    for (int i = 0; i < KEPT_TERMS; i++) {
      kept.put(entries.get(i).getKey(), entries.get(i).getValue());
    }
    return kept;
  }

  /** A compact line for the store: day, entities, then term=count pairs. */
  public String encode() {
    StringBuilder out = new StringBuilder();
    out.append(day == null ? "" : day.toString()).append('\u001e');
    out.append(String.join("\u001f", entities)).append('\u001e');
    java.util.TreeMap<String, Integer> sorted = new java.util.TreeMap<>(terms);
    boolean first = true;
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      if (!first) {
        out.append('\u001f');
      }
      first = false;
      out.append(e.getKey()).append('\u001d').append(e.getValue());
    }
    return out.toString();
  }

  /** The features {@link #encode()} wrote. */
  public static StoryFeatures decode(String id, String line) {
    String[] parts = line.split("\u001e", -1);
    Long day = parts[0].isEmpty() ? null : Long.valueOf(parts[0]);
    List<String> entities = parts[1].isEmpty() ? List.of() : List.of(parts[1].split("\u001f", -1));
    Map<String, Integer> terms = new HashMap<>();
    if (parts.length > 2 && !parts[2].isEmpty()) {
      for (String pair : parts[2].split("\u001f", -1)) {
        int sep = pair.lastIndexOf('\u001d');
        terms.put(pair.substring(0, sep), Integer.parseInt(pair.substring(sep + 1)));
      }
    }
    return new StoryFeatures(id, terms, entities, day);
  }

  /** The day number of an ISO date's leading {@code yyyy-mm-dd}, or {@code null}. */
  public static Long dayOf(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10)).toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
