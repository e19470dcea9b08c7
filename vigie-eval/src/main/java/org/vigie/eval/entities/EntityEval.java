package org.vigie.eval.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.SeedArticles;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * Scores named entities of two systems side by side, "vigie" (the article's entities) and "corenlp"
 * (the backend's raw mentions of the same run), on the seeds' bundled gold ({@link SeedGold}) and
 * on POPCORN ({@link PopcornCorpus}). Mention scores are micro-averaged multisets of (surface,
 * type) per document; the seeds add the targeted checks of {@link EntityChecks}.
 */
public final class EntityEval {
  public static final String VIGIE = "vigie";
  public static final String CORENLP = "corenlp";

  /** One system's results on one data set; the checks are empty for POPCORN. */
  public record SystemReport(
      String system,
      MentionScores scores,
      List<EntityChecks.NameOutcome> names,
      List<String> titledPersons,
      EntityChecks.Ministries ministries,
      int goldMinistries,
      int goldMinistriesFound,
      List<EntityChecks.GeoOutcome> geo,
      List<Difference> differences) {
    public SystemReport {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(scores, "scores");
      names = List.copyOf(names);
      titledPersons = List.copyOf(titledPersons);
      Objects.requireNonNull(ministries, "ministries");
      geo = List.copyOf(geo);
      differences = List.copyOf(differences);
    }

    public long named() {
      return names.stream().filter(n -> n.status() == EntityChecks.NameStatus.NAMED).count();
    }

    public long geoPassed() {
      return geo.stream().filter(g -> g.place().located() && g.passes()).count();
    }
  }

  /** One document's typed comparison for one system, for {@code --details}. */
  public record Difference(String doc, MentionComparison comparison) {}

  /** A data set's results: the systems in order, what the data held, notes on what was skipped. */
  public record Report(
      String title,
      int documents,
      int goldMentions,
      List<SystemReport> systems,
      List<String> notes) {
    public Report {
      systems = List.copyOf(systems);
      notes = List.copyOf(notes);
    }

    public SystemReport system(String name) {
      return systems.stream()
          .filter(s -> s.system().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no system " + name));
    }
  }

  /** The types POPCORN's mapping yields; it has nothing to compare a MISC prediction with. */
  private static final Set<EntityType> POPCORN_TYPES =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private final Analyzer analyzer;

  public EntityEval(Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** The seeds of {@code folder} (laid out as ../shared/seeds) that have bundled gold. */
  public Report seeds(Path folder) {
    TwoSystems run = new TwoSystems(analyzer);
    Accumulator vigie = new Accumulator(VIGIE);
    Accumulator corenlp = new Accumulator(CORENLP);
    List<String> notes = new ArrayList<>();
    int documents = 0;
    int goldMentions = 0;
    for (SeedArticles.Annotated seed : SeedArticles.read(folder)) {
      String file = seed.article().getFileName().toString();
      String doc = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
      Optional<SeedGold> gold = SeedGold.forDocument(doc);
      if (gold.isEmpty()) {
        notes.add("no entity gold for " + doc + ", skipped");
        continue;
      }
      TwoSystems.Output output;
      try (InputScanner scanner =
          new InputScanner(List.of(seed.article().toString()), IngestLimits.DEFAULT, null)) {
        output = run.run(scanner.next());
      }
      documents++;
      goldMentions += gold.get().mentions().size();
      vigie.addSeed(gold.get(), output.article().entities());
      corenlp.addSeed(gold.get(), output.backend());
    }
    return new Report(
        "Seed entities (" + folder + ")",
        documents,
        goldMentions,
        List.of(vigie.report(), corenlp.report()),
        notes);
  }

  /** POPCORN's documents, each analysed as a plain-text article. */
  public Report popcorn(PopcornCorpus.Corpus corpus) {
    TwoSystems run = new TwoSystems(analyzer);
    Accumulator vigie = new Accumulator(VIGIE);
    Accumulator corenlp = new Accumulator(CORENLP);
    int goldMentions = 0;
    for (PopcornCorpus.Document doc : corpus.documents()) {
      TwoSystems.Output output = run.run(RawArticle.ofText(doc.id(), doc.text()));
      goldMentions += doc.gold().size();
      vigie.add(doc.id(), doc.gold(), scorable(doc, output.article().entities()), POPCORN_TYPES);
      corenlp.add(doc.id(), doc.gold(), scorable(doc, output.backend()), POPCORN_TYPES);
    }
    List<String> notes = new ArrayList<>();
    notes.add("POPCORN has no MISC class: predicted MISC mentions are not scored");
    notes.add(
        "a prediction matching a dropped gold mention (\"État\", \"Elle\") counts neither way;"
            + " a name POPCORN did not annotate counts as FP");
    StringBuilder kept = new StringBuilder("gold name mentions kept:");
    for (EntityType type : EntityType.values()) {
      kept.append(' ').append(type).append(' ').append(corpus.kept().getOrDefault(type, 0));
    }
    StringBuilder dropped = new StringBuilder("mentions of the mapped types dropped:");
    for (PopcornCorpus.Drop drop : PopcornCorpus.Drop.values()) {
      dropped.append(' ').append(drop).append(' ').append(corpus.dropped().getOrDefault(drop, 0));
    }
    notes.add(kept.toString());
    notes.add(dropped.toString());
    return new Report(
        "POPCORN entities",
        corpus.documents().size(),
        goldMentions,
        List.of(vigie.report(), corenlp.report()),
        notes);
  }

  /** The predicted entities not matching a mention the proper-name filter dropped. */
  private static List<Entity> scorable(PopcornCorpus.Document doc, List<Entity> predicted) {
    List<Mention> kept = doc.scorable(predicted.stream().map(Mention::of).toList());
    List<Entity> out = new ArrayList<>();
    int k = 0;
    for (Entity e : predicted) {
      if (k < kept.size() && kept.get(k).equals(Mention.of(e))) {
        out.add(e);
        k++;
      }
    }
    return out;
  }

  /** One system's running totals. Confined to the evaluating thread. */
  private static final class Accumulator {
    private final String system;
    private MentionScores scores = MentionScores.EMPTY;
    private final List<EntityChecks.NameOutcome> names = new ArrayList<>();
    private final List<String> titled = new ArrayList<>();
    private EntityChecks.Ministries ministries = EntityChecks.Ministries.NONE;
    private int goldMinistries;
    private int goldMinistriesFound;
    private final List<EntityChecks.GeoOutcome> geo = new ArrayList<>();
    private final List<Difference> differences = new ArrayList<>();

    Accumulator(String system) {
      this.system = system;
    }

    /** Scores one document; predicted mentions of a type outside {@code scored} are left out. */
    MentionComparison add(
        String doc, List<Mention> gold, List<Entity> predicted, Set<EntityType> scored) {
      List<Mention> mentions =
          predicted.stream().map(Mention::of).filter(m -> scored.contains(m.type())).toList();
      scores = scores.plus(gold, mentions);
      MentionComparison comparison = MentionComparison.of(gold, mentions, true);
      differences.add(new Difference(doc, comparison));
      titled.addAll(EntityChecks.titledPersons(predicted));
      ministries = ministries.plus(EntityChecks.ministries(mentions));
      return comparison;
    }

    void addSeed(SeedGold gold, List<Entity> predicted) {
      List<Mention> goldMentions = gold.goldMentions();
      MentionComparison comparison =
          add(gold.doc(), goldMentions, predicted, EnumSet.allOf(EntityType.class));
      goldMinistries += EntityChecks.ministries(goldMentions).total();
      goldMinistriesFound +=
          EntityChecks.ministries(goldMentions).total()
              - EntityChecks.ministries(comparison.missed()).total();
      names.addAll(EntityChecks.names(gold, predicted));
      geo.addAll(EntityChecks.geo(gold, predicted));
    }

    SystemReport report() {
      return new SystemReport(
          system,
          scores,
          names,
          titled,
          ministries,
          goldMinistries,
          goldMinistriesFound,
          geo,
          differences);
    }
  }

  /** The report as printed by {@code vigie eval entities}; {@code details} lists each FP and FN. */
  public static String render(Report report, boolean details) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d documents, %d gold mentions%n",
            report.title(),
            report.documents(),
            report.goldMentions()));
    for (String note : report.notes()) {
      out.append("  note: ").append(note).append('\n');
    }
    out.append(table(report.systems()));
    boolean seeds = report.systems().stream().anyMatch(s -> !s.names().isEmpty());
    if (seeds) {
      for (SystemReport s : report.systems()) {
        out.append(checks(s));
      }
    }
    if (details) {
      for (SystemReport s : report.systems()) {
        out.append("  details, ")
            .append(s.system())
            .append(" (FN = missed gold, FP = spurious):\n");
        for (Difference d : s.differences()) {
          for (Mention m : d.comparison().missed()) {
            out.append(
                String.format(Locale.ROOT, "    FN %s %s/%s%n", d.doc(), m.text(), m.type()));
          }
          for (Mention m : d.comparison().spurious()) {
            out.append(
                String.format(Locale.ROOT, "    FP %s %s/%s%n", d.doc(), m.text(), m.type()));
          }
        }
      }
    }
    return out.toString();
  }

  private static String table(List<SystemReport> systems) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "  %-13s %5s", "type", "gold"));
    for (SystemReport s : systems) {
      out.append(
          String.format(
              Locale.ROOT, " | %-7s %5s %6s %6s %6s", s.system(), "pred", "P", "R", "F1"));
    }
    out.append('\n');
    for (EntityType type : EntityType.values()) {
      row(out, type.name(), systems.stream().map(s -> s.scores().of(type)).toList());
    }
    row(out, "all (typed)", systems.stream().map(s -> s.scores().typed()).toList());
    row(out, "untyped", systems.stream().map(s -> s.scores().untyped()).toList());
    return out.toString();
  }

  private static void row(StringBuilder out, String label, List<Counts> counts) {
    out.append(String.format(Locale.ROOT, "  %-13s %5d", label, counts.get(0).gold()));
    for (Counts c : counts) {
      out.append(
          String.format(
              Locale.ROOT,
              " | %-7s %5d %6.3f %6.3f %6.3f",
              "",
              c.predicted(),
              c.precision(),
              c.recall(),
              c.f1()));
    }
    out.append('\n');
  }

  private static String checks(SystemReport s) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "  %s: persons and institutions named and typed right %d/%d%n",
            s.system(),
            s.named(),
            s.names().size()));
    for (EntityChecks.NameOutcome n : s.names()) {
      if (n.status() != EntityChecks.NameStatus.NAMED) {
        out.append(
            String.format(
                Locale.ROOT,
                "    %-8s %s %s/%s%s%n",
                n.status(),
                n.doc().substring(0, Math.min(3, n.doc().length())),
                n.canonical(),
                n.type(),
                n.predicted() == null ? "" : " (predicted " + n.predicted() + ")"));
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  %s: PERSON mentions with a title or role %d%s%n",
            s.system(),
            s.titledPersons().size(),
            s.titledPersons().isEmpty() ? "" : " " + s.titledPersons()));
    out.append(
        String.format(
            Locale.ROOT,
            "  %s: gold \"ministère …\" mentions found as ORGANIZATION %d/%d;"
                + " predicted ones not ORGANIZATION %d/%d%s%n",
            s.system(),
            s.goldMinistriesFound(),
            s.goldMinistries(),
            s.ministries().mistyped().size(),
            s.ministries().total(),
            s.ministries().mistyped().isEmpty()
                ? ""
                : " "
                    + s.ministries().mistyped().stream()
                        .map(m -> m.text() + "/" + m.type())
                        .toList()));
    long points = s.geo().stream().filter(g -> g.place().located()).count();
    out.append(
        String.format(
            Locale.ROOT,
            "  %s: places geocoded within %.0f km %d/%d (village: found and unresolved passes)%n",
            s.system(),
            EntityChecks.MAX_KM,
            s.geoPassed(),
            points));
    long areas = s.geo().size() - points;
    long areasRight = s.geo().stream().filter(g -> !g.place().located() && g.passes()).count();
    for (EntityChecks.GeoOutcome g : s.geo()) {
      if (!g.place().located() && g.status() != EntityChecks.GeoStatus.WRONG) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "    %-4s %-10s %s %-8s %s%s%s%n",
              g.passes() ? "ok" : "FAIL",
              g.status(),
              g.doc().substring(0, Math.min(3, g.doc().length())),
              g.place().kind(),
              g.place().name(),
              g.km() == null ? "" : String.format(Locale.ROOT, " %.1f km", g.km()),
              g.predicted() == null ? "" : " ← " + g.predicted()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  %s: countries and regions geocoded in the right country %d/%d%n",
            s.system(),
            areasRight,
            areas));
    return out.toString();
  }
}
