package org.vigie.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Cue;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Geo;
import org.vigie.model.Quote;
import org.vigie.model.QuoteKind;
import org.vigie.model.Source;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;
import org.vigie.store.CorpusIngest;
import org.vigie.store.VigieStore;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * A real store for the server tests: the bundled samples through the cleaning stages (fast: no
 * models), plus three articles built by hand with quotes, entities and dates (two spellings of one
 * speaker, a place with coordinates) and one whose title, text, outlet and speaker are hostile
 * HTML.
 */
final class TestCorpus {
  static final String HOSTILE_ID = "hostile-1";
  static final String HOSTILE_TITLE =
      "<script>window.__pwned=1</script>\"><img src=x onerror=window.__pwned=2>";

  /** The place name of the hostile article's event, shown on the events page and its map. */
  static final String HOSTILE_PLACE = "<svg onload=window.__pwned=10>";

  /** Where the two reports of one drone strike place it. */
  static final Geo STEPANAKERT = new Geo(39.8177, 46.7528, "AZ", 174875L);

  private TestCorpus() {}

  /** The cleaning-only analyzer: what ingest needs without loading the linguistic models. */
  static Analyzer cleaning() {
    return Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE);
  }

  static VigieStore build(Path dir) throws InterruptedException {
    VigieStore store = VigieStore.openForWriting(dir);
    Path samples = Path.of(System.getProperty("vigie.samples", "../samples"));
    if (Files.isDirectory(samples)) {
      try (InputScanner inputs =
          new InputScanner(List.of(samples.toString()), IngestLimits.DEFAULT, null)) {
        new CorpusIngest(store, cleaning(), 1, 50)
            .run(
                inputs,
                new CorpusIngest.Listener() {
                  @Override
                  public void stored(VigieStore.Stored s) {}

                  @Override
                  public void failed(org.vigie.analysis.AnalysisOutcome.Failed f) {
                    throw new IllegalStateException(f.oneLine());
                  }

                  @Override
                  public void skipped(org.vigie.ingest.RawArticle raw) {}
                });
      }
    }
    store.put(
        article(
            "veille-1",
            "Le Veilleur",
            "2021-03-04",
            "Moscou salue la trêve",
            "Moscou a salué mercredi la trêve. « Nous resterons vigilants », a déclaré Maria"
                + " Zakharova le 3 mars à Moscou.",
            "Nous resterons vigilants",
            "a déclaré",
            "Maria Zakharova"),
        null);
    store.put(
        article(
            "veille-2",
            "La Sentinelle",
            "2021-05-10",
            "La diplomatie russe prudente",
            "La diplomatie russe reste prudente. « Le dialogue continue », a indiqué Zakharova le"
                + " 9 mai à Moscou.",
            "Le dialogue continue",
            "a indiqué",
            "Zakharova"),
        null);
    store.put(
        article(
            HOSTILE_ID,
            "<b onmouseover=window.__pwned=4>Hostile</b>",
            "2021-06-01",
            HOSTILE_TITLE,
            HOSTILE_TEXT,
            "<img src=x onerror=window.__pwned=8>",
            "a dit",
            "<img src=x onerror=window.__pwned=3>",
            strike(
                HOSTILE_TEXT,
                "<script>",
                HOSTILE_PLACE,
                new Geo(55.75222, 37.61556, "RU", null),
                "2021-06-01",
                null)),
        null);
    // One drone strike told by two outlets with different tolls: one incident, a disagreement.
    String guetteur =
        "Une frappe de drone a tué trois soldats le 2 mars à Stepanakert. « Nous riposterons »,"
            + " a déclaré Arayik Haroutiounian.";
    store.put(
        article(
            "guet-1",
            "Le Guetteur",
            "2021-03-03",
            "Frappe de drone à Stepanakert",
            guetteur,
            "Nous riposterons",
            "a déclaré",
            "Arayik Haroutiounian",
            strike(guetteur, "frappe", "Stepanakert", STEPANAKERT, "2021-03-02", 3)),
        null);
    String vigieSud =
        "Deux soldats ont été tués par une frappe de drone le 2 mars à Stepanakert. « La riposte"
            + " sera ferme », a déclaré Arayik Haroutiounian.";
    store.put(
        article(
            "sud-1",
            "La Vigie du Sud",
            "2021-03-03",
            "Deux soldats tués à Stepanakert",
            vigieSud,
            "La riposte sera ferme",
            "a déclaré",
            "Arayik Haroutiounian",
            strike(vigieSud, "frappe", "Stepanakert", STEPANAKERT, "2021-03-02", 2)),
        null);
    store.commit();
    return store;
  }

  static final String HOSTILE_TEXT =
      "Texte piégé <script>window.__pwned=5</script> puis \"><img src=x"
          + " onerror=window.__pwned=6> et <a href=\"javascript:window.__pwned=7\">lien</a>."
          + " « <img src=x onerror=window.__pwned=8> », a dit Maria Zakharova à Moscou.";

  /** An asserted drone strike stated by the first sentence of {@code text}. */
  private static Event strike(
      String text, String trigger, String place, Geo geo, String date, Integer killed) {
    int end = text.indexOf(". ") + 1;
    int t = text.indexOf(trigger);
    return new Event(
        "ASSAULT",
        "drone-strike",
        0,
        end,
        trigger,
        List.of(),
        List.of("soldats"),
        place,
        date,
        killed,
        null,
        null,
        t,
        t + trigger.length(),
        geo,
        false,
        List.of("soldats"),
        EventModality.ASSERTED,
        false,
        null,
        null);
  }

  private static Article article(
      String id,
      String outlet,
      String published,
      String title,
      String text,
      String said,
      String cue,
      String speaker,
      Event... events) {
    List<Entity> entities = new ArrayList<>();
    mention(entities, text, "Maria Zakharova", EntityType.PERSON, "Maria Zakharova", null);
    mention(entities, text, "Zakharova", EntityType.PERSON, "Maria Zakharova", null);
    mention(
        entities,
        text,
        "Moscou",
        EntityType.LOCATION,
        "Moscou",
        new Geo(55.75222, 37.61556, "RU", 524901L));
    mention(entities, text, "Stepanakert", EntityType.LOCATION, "Stepanakert", STEPANAKERT);
    entities.sort(java.util.Comparator.comparingInt(Entity::start));
    int q = text.indexOf(said);
    int c = text.indexOf(cue, q);
    int s = text.indexOf(speaker, c);
    if (s < 0) {
      s = text.indexOf("Zakharova", c);
    }
    Quote quote =
        new Quote(
            q,
            q + said.length(),
            said,
            QuoteKind.DIRECT,
            new Cue(c, c + cue.length(), cue),
            new Speaker(speaker, speaker, SpeakerType.PERSON, Math.max(s, 0), Math.max(s, 0) + 9),
            published);
    List<Timex> timexes = new ArrayList<>();
    int t = text.indexOf(" le ");
    if (t >= 0) {
      int end = text.indexOf(" à ", t);
      timexes.add(new Timex(t + 1, end, text.substring(t + 1, end), TimexType.DATE, published));
    }
    return new Article(
        id,
        new Source("test/" + id + ".txt", null, outlet),
        "fr",
        title,
        null,
        published,
        false,
        null,
        text,
        Cleaning.NONE,
        entities,
        List.of(quote),
        timexes,
        List.of(events),
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  /** Every mention of {@code name} not inside an earlier, longer mention. */
  private static void mention(
      List<Entity> out, String text, String name, EntityType type, String canonical, Geo geo) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      final int start = at;
      boolean covered = out.stream().anyMatch(e -> e.start() <= start && start < e.end());
      if (!covered) {
        out.add(new Entity(start, start + name.length(), name, type, canonical, geo));
      }
    }
  }
}
