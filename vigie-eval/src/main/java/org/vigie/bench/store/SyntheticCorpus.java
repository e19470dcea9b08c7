package org.vigie.bench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Article;
import org.vigie.model.Source;

/**
 * Articles made from real ones with controlled variation, to build a large index without running
 * the pipeline on each. Article {@code i} takes base {@code i mod n}, keeps each of its sentences
 * with probability 0.5, adds three or four sentences drawn from other bases, and gets one of twenty
 * outlets and a publication day spread over four years. The bases' layers (entities, quotes, time
 * expressions, events) come along with the sentences that hold them ({@link MovedLayers}): analysed
 * bases make a store with real annotations, cleaned-only bases a store of texts. Every {@value
 * #COPY_EVERY}th article is instead a copy of an earlier one with its first sentence replaced: the
 * near-duplicates the store must catch. Deterministic for a seed.
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

  private final List<MovedLayers.Source> bases;
  private final List<List<int[]>> sentences = new ArrayList<>();
  private final long seed;
  private final List<Article> recent = new ArrayList<>();

  public SyntheticCorpus(List<Article> bases, long seed) {
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("no base articles");
    }
    this.bases = bases.stream().map(MovedLayers.Source::new).toList();
    this.seed = seed;
    for (Article a : bases) {
      List<int[]> spans = sentenceSpans(a.text());
      sentences.add(spans.isEmpty() ? List.of(new int[] {0, a.text().length()}) : spans);
    }
  }

  /** Where a work directory keeps its store of {@code articles} synthetic articles. */
  public static java.nio.file.Path storeDir(java.nio.file.Path work, int articles) {
    return work.resolve("synthetic-" + articles);
  }

  /**
   * Whether {@code dir} holds a whole synthetic store of {@code articles} articles, to reuse. A
   * store cut short (a run killed while filling it) is deleted, to be built again.
   */
  public static boolean complete(java.nio.file.Path dir, int articles, Consumer<String> log)
      throws java.io.IOException {
    if (!java.nio.file.Files.isDirectory(dir.resolve("index"))) {
      return false;
    }
    if (org.vigie.store.VigieStore.outdated(dir)) {
      // A store of an earlier version's format: this version reads it no more.
      log.accept(dir + " is in an older store format: building it again");
      StoreBench.delete(dir);
      return false;
    }
    int size;
    try (org.vigie.store.VigieStore store = org.vigie.store.VigieStore.open(dir)) {
      size = store.size();
    }
    if (size == articles) {
      return true;
    }
    log.accept(dir + " holds " + size + " of " + articles + " articles: building it again");
    StoreBench.delete(dir);
    return false;
  }

  /** What {@link #fill} stored: how many near-duplicates were caught, and how many stories. */
  public record Filled(int duplicates, int stories) {}

  /**
   * Puts the first {@code n} articles of {@code corpus} straight into a store at {@code dir} (its
   * near-duplicate, story and index work, no linguistic analysis), committing every ten thousand.
   */
  public static Filled fill(
      java.nio.file.Path dir, SyntheticCorpus corpus, int n, Consumer<String> log) {
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
        // A commit flushes a segment: every ten thousand articles, larger segments and fewer
        // merges than every thousand, with the same articles stored.
        if ((i + 1) % 10_000 == 0) {
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
      // A bulk load ends merged, as vigie ingest's does: the store is measured as it is served.
      log.accept("  merging the index into one segment");
      store.compact();
    }
    return new Filled(duplicates, stories.size());
  }

  /** The {@code i}th article (call in order: copies point back at recent ones). */
  public Article article(int i) {
    Random random = new Random(seed * 1_000_003L + i);
    MovedLayers layers = new MovedLayers();
    if (i % COPY_EVERY == COPY_EVERY - 1 && !recent.isEmpty()) {
      Article original = recent.get(random.nextInt(recent.size()));
      String text = original.text();
      int cut = text.indexOf(". ");
      String prefix =
          "Mise à jour : " + OUTLETS.get(random.nextInt(OUTLETS.size())) + " reprend la dépêche.";
      int kept = cut < 0 ? 0 : cut + 1;
      layers.copy(new MovedLayers.Source(original), kept, text.length(), prefix.length());
      return make(
          "syn-" + i,
          prefix + text.substring(kept),
          original.title() + " (mise à jour)",
          layers,
          random);
    }
    int b = i % bases.size();
    MovedLayers.Source base = bases.get(b);
    StringBuilder text = new StringBuilder();
    // Consecutive kept sentences are one stretch of the base: a quote whose cue or speaker is in
    // the next sentence survives when both are kept.
    int[] run = null;
    List<int[]> spans = sentences.get(b);
    for (int k = 0; k < spans.size(); k++) {
      if (random.nextDouble() < 0.5) {
        int[] s = spans.get(k);
        if (run != null && run[1] != s[0]) {
          layers.copy(base, run[0], run[1], run[2]);
          run = null;
        }
        if (run == null) {
          run = new int[] {s[0], s[1], text.length()};
        }
        run[1] = s[1];
        append(text, base.article.text(), s);
      }
    }
    if (run != null) {
      layers.copy(base, run[0], run[1], run[2]);
    }
    int extra = 3 + random.nextInt(2);
    for (int k = 0; k < extra; k++) {
      int o = random.nextInt(sentences.size());
      List<int[]> other = sentences.get(o);
      int[] s = other.get(random.nextInt(other.size()));
      layers.copy(bases.get(o), s[0], s[1], text.length());
      append(text, bases.get(o).article.text(), s);
    }
    Article made =
        make("syn-" + i, text.toString().stripTrailing(), base.article.title(), layers, random);
    if (recent.size() < 1000) {
      recent.add(made);
    } else {
      recent.set(random.nextInt(recent.size()), made);
    }
    return made;
  }

  /** A sentence with the white space that followed it in its text (one space at the end). */
  private static void append(StringBuilder out, String text, int[] sentence) {
    out.append(text, sentence[0], sentence[1]);
    if (sentence[1] == text.length() || !Character.isWhitespace(text.charAt(sentence[1] - 1))) {
      out.append(' ');
    }
  }

  /**
   * The sentences of a text as {@code [start, end)} spans, each with the white space after it (a
   * paragraph break stays one): the text is a run of its sentences, so a stretch of consecutive
   * sentences is a stretch of the text.
   */
  static List<int[]> sentenceSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = BREAK.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        spans.add(new int[] {start, m.end()});
      }
      start = m.end();
    }
    if (start < text.length()) {
      spans.add(new int[] {start, text.length()});
    }
    return spans;
  }

  private static final Pattern BREAK = Pattern.compile("(?<=[.!?»])\\s+");

  private static Article make(String id, String text, String title, MovedLayers layers, Random r) {
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
            layers.entities,
            layers.quotes,
            layers.timexes,
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of())
        .withEvents(layers.events);
  }
}
