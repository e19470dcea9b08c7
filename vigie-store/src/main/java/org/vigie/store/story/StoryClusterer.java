package org.vigie.store.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Online story clustering. A new article is turned into a TF-IDF vector (document frequencies
 * counted online over everything seen so far, sublinear term frequency, the {@value #VECTOR_TERMS}
 * heaviest terms, unit length); the live stories that share one of its terms are scored by cosine
 * to their centroid plus a bonus for shared named entities, and the article joins the best story
 * scoring at least {@link Config#threshold()}, or opens a new one. Time-aware: a story whose date
 * range is more than {@link Config#windowDays()} days from the article's date is not a candidate,
 * and nearer stories lose a little per day of gap. Centroid linkage (not single link) keeps a story
 * from chaining into its neighbours through one ambiguous headline.
 *
 * <p>Bounded: at most {@link Config#maxLiveStories()} stories stay candidates (the least recently
 * joined drop out) and each term lists at most {@value #POSTING_CAP} stories. Not thread-safe.
 */
public final class StoryClusterer {
  static final int VECTOR_TERMS = 60;
  static final int CENTROID_TERMS = 200;
  static final int LOOKUP_TERMS = 12;
  static final int POSTING_CAP = 400;

  /** Clustering parameters. */
  public record Config(
      double threshold,
      double idfExponent,
      double entityWeight,
      int windowDays,
      double dayPenalty,
      int maxLiveStories) {
    /** Tuned on news-clusters-fr headlines (see the closing note of issue 7). */
    public static final Config DEFAULT = new Config(0.25, 2.0, 0.15, 7, 0.01, 50_000);

    public Config {
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
      }
      if (windowDays < 0 || maxLiveStories < 1) {
        throw new IllegalArgumentException("bad window or capacity");
      }
    }

    public Config withThreshold(double t) {
      return new Config(t, idfExponent, entityWeight, windowDays, dayPenalty, maxLiveStories);
    }
  }

  private final Config config;
  private final Map<String, Integer> df = new HashMap<>();
  private long documents;
  private final LinkedHashMap<String, Story> live = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, Deque<String>> postings = new HashMap<>();
  private final Map<String, String> storyOfArticle = new HashMap<>();

  public StoryClusterer(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public StoryClusterer() {
    this(Config.DEFAULT);
  }

  /** Assigns the article to a story and returns the story id ({@code "s-" + first article id}). */
  public String assign(StoryFeatures f) {
    count(f);
    Map<String, Double> vector = vector(f);
    Story best = null;
    double bestScore = config.threshold();
    for (Story s : candidates(vector)) {
      double score = score(s, vector, f);
      if (score >= bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null) {
      best = open("s-" + org.vigie.store.Keys.term(f.id())); // bounded: ids can be huge
    }
    join(best, f, vector);
    return best.id;
  }

  /**
   * Adds an article to a known story without scoring: a near-duplicate joins its original's story,
   * and a reopened store replays its articles in ingest order.
   */
  public void assignTo(StoryFeatures f, String storyId, boolean countTerms) {
    if (countTerms) {
      count(f);
    }
    Story s = live.get(storyId);
    if (s == null) {
      s = open(storyId);
    }
    join(s, f, vector(f));
  }

  /**
   * Counts an article's terms for document frequencies without clustering it: background
   * statistics, so the first articles of a run are not weighed on a handful of documents.
   */
  public void observe(StoryFeatures f) {
    count(f);
  }

  /** The story an article was put in, or {@code null}. */
  public String storyOf(String articleId) {
    return storyOfArticle.get(articleId);
  }

  public int liveStories() {
    return live.size();
  }

  private void count(StoryFeatures f) {
    documents++;
    for (String t : f.terms().keySet()) {
      df.merge(t, 1, Integer::sum);
    }
  }

  private Map<String, Double> vector(StoryFeatures f) {
    List<Map.Entry<String, Double>> weights = new ArrayList<>(f.terms().size());
    for (Map.Entry<String, Integer> e : f.terms().entrySet()) {
      double w =
          termWeight(e.getValue(), documents, df.getOrDefault(e.getKey(), 0), config.idfExponent());
      weights.add(Map.entry(e.getKey(), w));
    }
    weights.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> v = new LinkedHashMap<>();
    double norm = 0;
    for (int i = 0; i < Math.min(VECTOR_TERMS, weights.size()); i++) {
      double w = weights.get(i).getValue();
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < Math.min(VECTOR_TERMS, weights.size()); i++) {
      v.put(weights.get(i).getKey(), weights.get(i).getValue() / norm);
    }
    return v;
  }

  /**
   * A term's weight: sublinear count times IDF raised to {@code idfExponent}. With the default
   * squared IDF, a story is told by its rare words (a name, "Fortnite", "Bootides"); the common
   * words two headlines share ("jeudi", "2019", "soldes") must not tie them.
   */
  public static double termWeight(int count, long documents, int df, double idfExponent) {
    double idf = Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    return (1 + Math.log(count)) * Math.pow(idf, idfExponent);
  }

  private List<Story> candidates(Map<String, Double> vector) {
    // Each story is looked up once (the same story lists under several terms), in first-seen
    // order; a story no longer live is skipped once and for all.
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Story> found = new ArrayList<>();
    int n = 0;
    for (String term : vector.keySet()) {
      if (n++ >= LOOKUP_TERMS) {
        break;
      }
      Deque<String> stories = postings.get(term);
      if (stories == null) {
        continue;
      }
      for (String id : stories) {
        if (seen.add(id)) {
          Story s = live.get(id);
          if (s != null) {
            found.add(s);
          }
        }
      }
    }
    return found;
  }

  private double score(Story s, Map<String, Double> vector, StoryFeatures f) {
    double gap = 0;
    if (f.day() != null && s.firstDay != null) {
      gap = Math.max(0, Math.max(s.firstDay - f.day(), f.day() - s.lastDay));
      if (gap > config.windowDays()) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      Double c = s.centroid.get(e.getKey());
      if (c != null) {
        dot += e.getValue() * c;
      }
    }
    double cosine = dot / Math.max(s.norm(), 1e-12);
    double entities = 0;
    if (!f.entities().isEmpty() && !s.entities.isEmpty()) {
      int shared = 0;
      for (String e : f.entities()) {
        if (s.entities.containsKey(e)) {
          shared++;
        }
      }
      entities = shared / (double) Math.min(f.entities().size(), s.entities.size());
    }
    return cosine + config.entityWeight() * entities - config.dayPenalty() * gap;
  }

  private Story open(String id) {
    Story s = new Story(id);
    live.put(id, s);
    if (live.size() > config.maxLiveStories()) {
      var eldest = live.entrySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return s;
  }

  private void join(Story s, StoryFeatures f, Map<String, Double> vector) {
    live.get(s.id); // touch: most recently joined stories stay live
    storyOfArticle.put(f.id(), s.id);
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      s.centroid.merge(e.getKey(), e.getValue(), Double::sum);
    }
    s.size++;

    if (s.centroid.size() > CENTROID_TERMS * 2) {
      s.prune();
    }
    s.normCache = -1;
    for (String e : f.entities()) {
      s.entities.merge(e, 1, Integer::sum);
    }
    if (f.day() != null) {
      s.firstDay = s.firstDay == null ? f.day() : Math.min(s.firstDay, f.day());
      s.lastDay = s.lastDay == null ? f.day() : Math.max(s.lastDay, f.day());
    }
    int n = 0;
    for (String term : vector.keySet()) {
      if (n++ >= LOOKUP_TERMS) {
        break;
      }
      Deque<String> list = postings.computeIfAbsent(term, k -> new ArrayDeque<>(2));
      if (!s.id.equals(list.peekLast())) {
        list.remove(s.id);
        list.addLast(s.id);
        if (list.size() > POSTING_CAP) {
          list.removeFirst();
        }
      }
    }
  }

  private static final class Story {
    final String id;
    final Map<String, Double> centroid = new HashMap<>();
    final Map<String, Integer> entities = new HashMap<>();
    Long firstDay;
    Long lastDay;
    int size;
    double normCache = -1;

    Story(String id) {
      this.id = id;
    }

    double norm() {
      if (normCache < 0) {
        double n = 0;
        for (double v : centroid.values()) {
          n += v * v;
        }
        normCache = Math.sqrt(n);
      }
      return normCache;
    }

    void prune() {
      List<Map.Entry<String, Double>> entries = new ArrayList<>(centroid.entrySet());
      entries.sort(Collections.reverseOrder(Map.Entry.comparingByValue()));
      centroid.clear();
      for (int i = 0; i < Math.min(CENTROID_TERMS, entries.size()); i++) {
        centroid.put(entries.get(i).getKey(), entries.get(i).getValue());
      }
    }
  }
}
