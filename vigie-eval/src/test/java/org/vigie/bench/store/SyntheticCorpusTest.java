package org.vigie.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Cue;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.Quote;
import org.vigie.model.QuoteKind;
import org.vigie.model.Source;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;

class SyntheticCorpusTest {
  private static final String TEXT =
      "Le ministre Sergueï Lavrov est arrivé lundi à Bakou.\n\n"
          + "« Nous voulons la paix », a déclaré Sergueï Lavrov. "
          + "Deux soldats ont été tués le 3 novembre près de Stepanakert. "
          + "La réunion a eu lieu à Moscou!  Les discussions reprendront.";

  /** An annotated base: each layer points at words of its own text. */
  private static Article base(String id) {
    int lavrov = TEXT.indexOf("Sergueï Lavrov");
    int quote = TEXT.indexOf("Nous voulons la paix");
    int cue = TEXT.indexOf("a déclaré");
    int speaker = TEXT.indexOf("Sergueï Lavrov", cue);
    int killed = TEXT.indexOf("Deux soldats");
    int killedEnd = TEXT.indexOf("Stepanakert.") + "Stepanakert.".length();
    int trigger = TEXT.indexOf("tués");
    int date = TEXT.indexOf("le 3 novembre");
    return new Article(
        id,
        new Source(id + ".txt", null, null),
        "fr",
        "Titre " + id,
        null,
        "2020-11-04",
        false,
        null,
        TEXT,
        Cleaning.NONE,
        List.of(
            new Entity(lavrov, lavrov + 14, "Sergueï Lavrov", EntityType.PERSON, null, null),
            new Entity(
                TEXT.indexOf("Moscou"),
                TEXT.indexOf("Moscou") + 6,
                "Moscou",
                EntityType.LOCATION,
                null,
                null)),
        List.of(
            new Quote(
                quote,
                quote + 20,
                "Nous voulons la paix",
                QuoteKind.DIRECT,
                new Cue(cue, cue + 9, "a déclaré"),
                new Speaker(
                    "Sergueï Lavrov", "Sergueï Lavrov", SpeakerType.PERSON, speaker, speaker + 14),
                null)),
        List.of(new Timex(date, date + 13, "le 3 novembre", TimexType.DATE, "2020-11-03")),
        List.of(
            new Event(
                "ASSAULT",
                "armed-clash",
                killed,
                killedEnd,
                "tués",
                List.of(),
                List.of(),
                "Stepanakert",
                "2020-11-03",
                2,
                null,
                null,
                trigger,
                trigger + 4,
                null,
                false,
                List.of(),
                null,
                false,
                null,
                null)),
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  private static List<Article> make(int n) {
    SyntheticCorpus corpus = new SyntheticCorpus(List.of(base("a"), base("b"), base("c")), 7L);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(corpus.article(i));
    }
    return out;
  }

  @Test
  void everyCarriedAnnotationPointsAtItsOwnWords() {
    int layers = 0;
    for (Article a : make(200)) {
      String t = a.text();
      for (Entity e : a.entities()) {
        assertEquals(e.text(), t.substring(e.start(), e.end()), a.id());
        layers++;
      }
      for (Timex x : a.timexes()) {
        assertEquals(x.text(), t.substring(x.start(), x.end()), a.id());
        layers++;
      }
      for (Quote q : a.quotes()) {
        assertEquals(q.text(), t.substring(q.start(), q.end()), a.id());
        assertEquals(q.cue().text(), t.substring(q.cue().start(), q.cue().end()), a.id());
        Speaker s = q.speaker();
        assertEquals(s.text(), t.substring(s.start(), s.end()), a.id());
        layers++;
      }
      for (Event e : a.events()) {
        assertEquals(e.trigger(), t.substring(e.triggerStart(), e.triggerEnd()), a.id());
        assertTrue(t.substring(e.start(), e.end()).startsWith("Deux soldats"), a.id());
        layers++;
      }
    }
    assertTrue(layers > 200, "layers carried: " + layers);
  }

  @Test
  void sameSeedSameArticles() {
    assertEquals(make(60), make(60));
  }

  @Test
  void sentenceSpansCoverTheTextWithTheirSpaces() {
    List<int[]> spans = SyntheticCorpus.sentenceSpans(TEXT);
    assertEquals(5, spans.size());
    StringBuilder whole = new StringBuilder();
    for (int[] s : spans) {
      whole.append(TEXT, s[0], s[1]);
    }
    assertEquals(TEXT, whole.toString());
  }
}
