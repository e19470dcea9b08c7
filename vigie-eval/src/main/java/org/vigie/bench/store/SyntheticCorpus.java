package org.vigie.bench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.Quote;
import org.vigie.model.Source;

/**
 * Articles made from real ones with controlled variation, to build a large index without running
 * CoreNLP on each. Article {@code i} takes base {@code i mod n}, keeps each of its sentences with
 * probability 0.5, adds three or four sentences drawn from other bases, and gets one of twenty
 * outlets and a publication day spread over four years. Entities and quotes of the base are kept
 * where their text is still found (offsets recomputed); events are kept with their type. Every
 * {@value #COPY_EVERY}th article is instead a copy of an earlier one with its first sentence
 * replaced: the near-duplicates the store must catch. Deterministic for a seed.
 */
public final class SyntheticCorpus {
  static final int COPY_EVERY = 20;
  private static final List<String> OUTLETS =
      List.of(
          "Le Monde",
          "Le Figaro",
          "Le Point",
          "L'Express",
          "L'Obs",
          "L'Humanité",
          "20 Minutes",
          "RTBF",
          "RTS",
          "La Libre",
          "DH",
          "Reuters",
          "AFP",
          "Global Voices",
          "France 24",
          "Libération",
          "Ouest-France",
          "La Croix",
          "Le Parisien",
          "Mediapart");
  private static final LocalDate START = LocalDate.of(2011, 1, 1);

  private final List<Article> bases;
  private final List<List<String>> sentences = new ArrayList<>();
  private final long seed;
  private final List<Article> recent = new ArrayList<>();

  public SyntheticCorpus(List<Article> bases, long seed) {
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("no base articles");
    }
    this.bases = List.copyOf(bases);
    this.seed = seed;
    for (Article a : bases) {
      sentences.add(List.of(a.text().split("(?<=[.!?»])\\s+")));
    }
  }

  /** What {@link #fill} stored: how many near-duplicates were caught, and how many stories. */
  public record Filled(int duplicates, int stories) {}

  /**
   * Puts the first {@code n} articles of {@code corpus} straight into a store at {@code dir} (its
   * near-duplicate, story and index work, no linguistic analysis), committing every thousand.
   */
  public static Filled fill(
      java.nio.file.Path dir,
      SyntheticCorpus corpus,
      int n,
      java.util.function.Consumer<String> log) {
    int duplicates = 0;
    java.util.Set<String> stories = new java.util.HashSet<>();
    long t0 = System.nanoTime();
    try (org.vigie.store.VigieStore store = org.vigie.store.VigieStore.openForWriting(dir)) {
      for (int i = 0; i < n; i++) {
        org.vigie.store.VigieStore.Stored s = store.put(corpus.article(i), null);
        if (s.duplicateOf() != null) {
          duplicates++;
        }
        stories.add(s.story());
        if ((i + 1) % 1000 == 0) {
          store.commit();
        }
        if ((i + 1) % 10_000 == 0) {
          log.accept(
              String.format(
                  java.util.Locale.ROOT,
                  "  %d articles, %.0f articles/s",
                  i + 1,
                  (i + 1) / ((System.nanoTime() - t0) / 1e9)));
        }
      }
      store.commit();
    }
    return new Filled(duplicates, stories.size());
  }

  /** The {@code i}th article (call in order: copies point back at recent ones). */
  public Article article(int i) {
    Random random = new Random(seed * 1_000_003L + i);
    if (i % COPY_EVERY == COPY_EVERY - 1 && !recent.isEmpty()) {
      Article original = recent.get(random.nextInt(recent.size()));
      String text = original.text();
      int cut = text.indexOf(". ");
      String changed =
          "Mise à jour : "
              + OUTLETS.get(random.nextInt(OUTLETS.size()))
              + " reprend la dépêche."
              + (cut < 0 ? text : text.substring(cut + 1));
      return make("syn-" + i, original, changed, original.title() + " (mise à jour)", random);
    }
    int b = i % bases.size();
    Article base = bases.get(b);
    StringBuilder text = new StringBuilder();
    for (String s : sentences.get(b)) {
      if (random.nextDouble() < 0.5) {
        text.append(s).append(' ');
      }
    }
    int extra = 3 + random.nextInt(2);
    for (int k = 0; k < extra; k++) {
      List<String> other = sentences.get(random.nextInt(sentences.size()));
      text.append(other.get(random.nextInt(other.size()))).append(' ');
    }
    Article made = make("syn-" + i, base, text.toString().strip(), base.title(), random);
    if (recent.size() < 1000) {
      recent.add(made);
    } else {
      recent.set(random.nextInt(recent.size()), made);
    }
    return made;
  }

  private static Article make(String id, Article base, String text, String title, Random r) {
    List<Entity> entities = new ArrayList<>();
    for (Entity e : base.entities()) {
      int at = text.indexOf(e.text());
      if (at >= 0) {
        entities.add(
            new Entity(at, at + e.text().length(), e.text(), e.type(), e.canonical(), e.geo()));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : base.quotes()) {
      int at = text.indexOf(q.text());
      if (at >= 0) {
        quotes.add(
            new Quote(at, at + q.text().length(), q.text(), q.kind(), null, q.speaker(), q.date()));
      }
    }
    List<Event> events = new ArrayList<>();
    for (Event e : base.events()) {
      events.add(
          new Event(
              e.type(),
              e.subtype(),
              0,
              Math.min(e.end() - e.start(), text.length()),
              e.trigger(),
              e.actors(),
              e.targets(),
              e.location(),
              e.date(),
              e.killed(),
              e.injured(),
              e.reportedBy()));
    }
    String day = START.plusDays(r.nextInt(4 * 365)).toString();
    return new Article(
        id,
        new Source("synthetic/" + id, null, OUTLETS.get(r.nextInt(OUTLETS.size()))),
        "fr",
        title,
        null,
        day,
        false,
        null,
        text,
        org.vigie.model.Cleaning.NONE,
        entities,
        quotes,
        List.of(),
        events,
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }
}
