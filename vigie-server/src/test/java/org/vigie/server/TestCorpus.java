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
            "Texte piégé <script>window.__pwned=5</script> puis \"><img src=x"
                + " onerror=window.__pwned=6> et <a href=\"javascript:window.__pwned=7\">lien</a>."
                + " « <img src=x onerror=window.__pwned=8> », a dit Maria Zakharova à Moscou.",
            "<img src=x onerror=window.__pwned=8>",
            "a dit",
            "<img src=x onerror=window.__pwned=3>"),
        null);
    store.commit();
    return store;
  }

  private static Article article(
      String id,
      String outlet,
      String published,
      String title,
      String text,
      String said,
      String cue,
      String speaker) {
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
    entities.sort(java.util.Comparator.comparingInt(Entity::start));
    int q = text.indexOf(said);
    int c = text.indexOf(cue, q);
    int s = text.indexOf("Zakharova", c);
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
