package org.vigie.eval.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.names.NameKeys;
import org.vigie.store.FrenchIndexAnalyzer;
import org.vigie.store.story.StoryClusterer;
import org.vigie.store.story.StoryFeatures;

/**
 * {@code vigie eval stories}: the store's online clusterer on French headlines (B-cubed against
 * Google News groupings, with the TF-IDF single-link baseline computed in the same run) and on
 * ML-Crisis articles (topic purity against the country folder).
 *
 * <p>Headlines are fed in a seeded shuffle: the file lists each story's headlines together, an
 * order no news feed has and one that would flatter an online clusterer.
 */
public final class StoryEval {
  /** Shuffle seed for the headline order. */
  public static final long SEED = 20190701L;

  private final FrenchIndexAnalyzer analyzer = new FrenchIndexAnalyzer();

  /** Scores of one clustering run. */
  public record Score(String name, BCubed bcubed, int clusters) {
    public String line() {
      return String.format(
          Locale.ROOT,
          "  %-34s P %.3f  R %.3f  F1 %.3f  (%d clusters)",
          name,
          bcubed.precision(),
          bcubed.recall(),
          bcubed.f1(),
          clusters);
    }
  }

  /** Orders the online clusterer is also run in, to show how much the figure owes to one order. */
  public static final int ORDERS = 5;

  /**
   * Headline results: ours cold (document frequencies from the headlines seen so far, as a fresh
   * store has them), ours warm (document frequencies of the whole set counted first, as a store
   * that already holds the news has them, and as the batch baseline has them), the baseline at its
   * best threshold, and the baseline curve; then ours cold in {@value #ORDERS} shuffles, ours and
   * the baseline against the gold with its duplicated boxes merged ({@link #mergedGold}), and the
   * batch average-link reference at its best threshold on both golds ({@link
   * AverageLinkReference}).
   */
  public record HeadlineReport(
      int headlines,
      int goldStories,
      Score vigie,
      Score vigieWarm,
      Score baseline,
      List<Score> baselineCurve,
      List<Score> orders,
      int mergedGoldStories,
      Score vigieMerged,
      Score baselineMerged,
      Score reference,
      Score referenceMerged) {}

  public HeadlineReport headlines(Path csv, StoryClusterer.Config config) {
    List<Headline> read = Headline.read(csv);
    List<Headline> all = new ArrayList<>(read);
    Collections.shuffle(all, new Random(SEED));
    List<String> gold = all.stream().map(Headline::gold).toList();
    Score cold = online(all, gold, config, false);
    Score warm = online(all, gold, config, true);
    List<String> texts = all.stream().map(Headline::text).toList();
    List<Score> curve = baselineCurve(texts, gold);
    List<Score> orders = new ArrayList<>(List.of(cold));
    for (int k = 1; k < ORDERS; k++) {
      List<Headline> order = new ArrayList<>(read);
      Collections.shuffle(order, new Random(SEED + k));
      orders.add(online(order, order.stream().map(Headline::gold).toList(), config, false));
    }
    List<String> merged = mergedGold(all);
    List<List<String>> cuts = AverageLinkReference.cluster(texts, analyzer, REFERENCE_CUTS);
    return new HeadlineReport(
        all.size(),
        new HashSet<>(gold).size(),
        cold,
        warm,
        best(curve),
        List.copyOf(curve),
        List.copyOf(orders),
        new HashSet<>(merged).size(),
        online(all, merged, config, false),
        best(baselineCurve(texts, merged)),
        best(referenceCurve(cuts, gold)),
        best(referenceCurve(cuts, merged)));
  }

  private static final double[] REFERENCE_CUTS = {0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05};

  private static List<Score> referenceCurve(List<List<String>> cuts, List<String> gold) {
    List<Score> curve = new ArrayList<>();
    for (int i = 0; i < cuts.size(); i++) {
      curve.add(
          new Score(
              String.format(Locale.ROOT, "batch average link (avg >= %.2f)", REFERENCE_CUTS[i]),
              BCubed.score(gold, cuts.get(i)),
              new HashSet<>(cuts.get(i)).size()));
    }
    return curve;
  }

  /**
   * The gold labels of {@code headlines} with every two gold stories that share a headline (same
   * words, case and punctuation aside) made one. The set files some Google boxes under two sections
   * ("homepage/11" and "economie/9" both hold "L'UFC-Que Choisir attaque Google - LCI"); no reading
   * of the headlines can tell such twins apart, so the raw gold charges any clusterer for them.
   */
  static List<String> mergedGold(List<Headline> headlines) {
    Map<String, String> parent = new HashMap<>();
    Map<String, String> storyOfText = new HashMap<>();
    for (Headline h : headlines) {
      parent.putIfAbsent(h.gold(), h.gold());
      String text = NameKeys.fold(h.text());
      String other = storyOfText.putIfAbsent(text, h.gold());
      if (other != null) {
        parent.put(root(parent, h.gold()), root(parent, other));
      }
    }
    return headlines.stream().map(h -> root(parent, h.gold())).toList();
  }

  private static String root(Map<String, String> parent, String story) {
    String s = story;
    while (!parent.get(s).equals(s)) {
      s = parent.get(s);
    }
    return s;
  }

  private List<Score> baselineCurve(List<String> texts, List<String> gold) {
    List<Score> curve = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      double t = i / 10.0;
      List<String> labels = SingleLinkBaseline.cluster(texts, t, analyzer);
      curve.add(
          new Score(
              String.format(Locale.ROOT, "TF-IDF single link (cos >= %.1f)", t),
              BCubed.score(gold, labels),
              new HashSet<>(labels).size()));
    }
    return curve;
  }

  private static Score best(List<Score> curve) {
    return curve.stream().max(Comparator.comparingDouble(s -> s.bcubed().f1())).orElseThrow();
  }

  private Score online(
      List<Headline> all, List<String> gold, StoryClusterer.Config config, boolean warm) {
    StoryClusterer clusterer = new StoryClusterer(config);
    List<StoryFeatures> features = new ArrayList<>();
    for (Headline h : all) {
      features.add(StoryFeatures.ofHeadline(h.id(), h.text(), null, analyzer));
    }
    if (warm) {
      features.forEach(clusterer::observe);
    }
    List<String> ours = new ArrayList<>();
    for (StoryFeatures f : features) {
      ours.add(clusterer.assign(f));
    }
    return new Score(
        String.format(
            Locale.ROOT,
            "vigie online, %s IDF (t %.2f)",
            warm ? "background" : "cold",
            config.threshold()),
        BCubed.score(gold, ours),
        new HashSet<>(ours).size());
  }

  /** ML-Crisis results: purity of stories against the country, and how many stories. */
  public record CrisisReport(
      int articles, int stories, double purity, double meanSize, int largest) {}

  /**
   * Clusters the corpus's articles in date order (the folder date is the day an article joined the
   * timeline, used when the page states none), with cleaning-only analysis: the clusterer sees
   * titles, text and dates here, no named entities (those need the CoreNLP run).
   */
  public CrisisReport crisis(Path corpus, Analyzer cleaning, StoryClusterer.Config config) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(p -> p.toString().endsWith(".txt"))
              .filter(p -> p.getParent().getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}"))
              .sorted(
                  Comparator.comparing((Path p) -> p.getParent().getFileName().toString())
                      .thenComparing(Path::toString))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoryClusterer clusterer = new StoryClusterer(config);
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    try (InputScanner inputs =
        new InputScanner(files.stream().map(Path::toString).toList(), IngestLimits.DEFAULT, null)) {
      while (inputs.hasNext()) {
        AnalysisOutcome outcome = cleaning.analyze(inputs.next());
        if (!(outcome instanceof AnalysisOutcome.Analyzed analyzed)) {
          continue;
        }
        Path path = Path.of(outcome.location());
        String folderDate = path.getParent().getFileName().toString();
        String country = path.getParent().getParent().getFileName().toString();
        Long day = StoryFeatures.dayOf(analyzed.article().published());
        if (day == null) {
          day = StoryFeatures.dayOf(folderDate);
        }
        // Ids repeat across folders (ext_10.txt); the path makes them unique here.
        var a = analyzed.article();
        String id = country + "/" + folderDate + "/" + a.id();
        StoryFeatures f = StoryFeatures.of(a, day, analyzer);
        predicted.add(clusterer.assign(new StoryFeatures(id, f.terms(), f.entities(), f.day())));
        gold.add(country);
      }
    }
    Map<String, Integer> sizes = new HashMap<>();
    predicted.forEach(s -> sizes.merge(s, 1, Integer::sum));
    int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new CrisisReport(
        gold.size(),
        sizes.size(),
        gold.isEmpty() ? 0 : BCubed.purity(gold, predicted),
        sizes.isEmpty() ? 0 : gold.size() / (double) sizes.size(),
        largest);
  }
}
