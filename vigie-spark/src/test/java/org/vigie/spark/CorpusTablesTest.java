package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.entity.CorpusEntity;
import org.vigie.entity.EntityDirectory;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Cue;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;
import org.vigie.model.QuoteKind;
import org.vigie.model.Source;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;
import org.vigie.quote.SpeakerDirectory;
import org.vigie.store.export.SearchDocuments;

/**
 * The corpus tables in local[2] over a handful of hand-made articles (no linguistic analysis, so
 * fast): a dispatch, its edited copy and its verbatim reprint are near-duplicates of the earliest;
 * the entity and speaker groups are what the one-machine directories make of the same mentions; the
 * search export has a document per article and a mapping that covers every field.
 */
class CorpusTablesTest {
  private static final String DISPATCH =
      "Le ministère russe des Affaires étrangères a salué jeudi l'accord de cessez-le-feu conclu"
          + " entre l'Arménie et l'Azerbaïdjan. Selon la porte-parole, les forces de maintien de la"
          + " paix se déploieront le long de la ligne de contact et du corridor de Latchine dans"
          + " les prochains jours. Les frappes de drones ont cessé dans la nuit, a indiqué le"
          + " ministère de la Défense à Bakou. Des milliers de réfugiés attendent de pouvoir rentrer"
          + " chez eux avant l'hiver.";
  private static final String OTHER =
      "Au Caire, les commerçants du marché restent sceptiques face à l'inflation et au plan de"
          + " relance du gouvernement annoncé mardi par le Premier ministre, qui promet une baisse"
          + " des prix du pain avant la fin de l'année.";

  @TempDir static Path work;
  private static List<Article> articles;
  private static CorpusTables.Counts counts;

  @BeforeAll
  static void writeTables() {
    articles =
        List.of(
            article(
                "a1",
                "2020-10-29",
                DISPATCH,
                List.of(person("Sergueï Lavrov"), place("Haut-Karabakh")),
                List.of(quote("Nikol Pashinian", SpeakerType.PERSON))),
            article(
                "a2",
                "2020-10-30T08:00+01:00",
                "Moscou se félicite de la trêve." + DISPATCH.substring(DISPATCH.indexOf('.') + 1),
                List.of(person("Lavrov"), place("Haut-Karabagh")),
                List.of(
                    quote("Nikol Pashinyan", SpeakerType.PERSON),
                    quote("Pashinyan", SpeakerType.PERSON))),
            article(
                "a3",
                "2020-10-31",
                OTHER,
                List.of(person("Sergei Lavrov"), person("Aliyev")),
                List.of(quote("ministère de la Défense", SpeakerType.ORGANIZATION))),
            article("a0", "XXXX-11-01", DISPATCH, List.of(), List.of()));
    counts =
        CorpusTables.write(table(articles), out(), List.of(), SearchDocuments.Engine.opensearch);
  }

  @Test
  void copiesPointAtTheEarliestDispatch() {
    Map<String, String> originals = new TreeMap<>();
    for (Row row : read("near_duplicates").collectAsList()) {
      originals.put(row.getString(0), row.getString(1));
      assertTrue(row.getDouble(2) >= 0.6, row.toString());
    }
    // a0 has only a partial date: it sorts after every dated article, so it is the copy.
    assertEquals(Map.of("a2", "a1", "a0", "a1"), originals);
    assertEquals(2, counts.nearDuplicates());
  }

  @Test
  void entityGroupsAreWhatTheDirectoryMakesOfTheSameMentions() {
    EntityDirectory directory = new EntityDirectory(List.of());
    for (Article a : articles) {
      a.entities().forEach(e -> directory.add(a.id(), e));
    }
    Set<String> expected = new TreeSet<>();
    for (CorpusEntity e : directory.entities()) {
      expected.add(describe(e));
    }
    Set<String> actual = new TreeSet<>();
    for (Row row : read("corpus_entities").collectAsList()) {
      actual.add(describe(RecordSchema.record(row, CorpusEntity.class)));
    }
    assertEquals(expected, actual);
    assertTrue(
        actual.contains("PERSON Sergueï Lavrov 3/3 [Lavrov, Sergei Lavrov, Sergueï Lavrov]"),
        actual.toString());
  }

  @Test
  void speakersAreWhatTheDirectoryNamesThem() {
    SpeakerDirectory directory = new SpeakerDirectory();
    List<Speaker> all = new ArrayList<>();
    for (Article a : articles) {
      a.quotes().forEach(q -> all.add(q.speaker()));
    }
    all.forEach(s -> directory.add(s.canonical(), s.type()));
    Set<String> expected = new HashSet<>();
    all.forEach(s -> expected.add(directory.name(s.canonical(), s.type())));
    Map<String, Integer> quotes = new TreeMap<>();
    for (Row row : read("speakers").collectAsList()) {
      quotes.put(row.getString(0), row.getInt(row.fieldIndex("quotes")));
    }
    assertEquals(expected, quotes.keySet());
    assertEquals(3, quotes.get(directory.name("Pashinyan", SpeakerType.PERSON)));
  }

  @Test
  void theSearchExportHasOneDocumentPerArticleAndItsMapping() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> lines = LocalSpark.session().read().text(out() + "search").collectAsList();
    assertEquals(2 * articles.size(), lines.size());
    JsonNode mapping =
        json.readTree(Files.readString(work.resolve("out/search-mapping.json")))
            .path("mappings")
            .path("properties");
    Set<String> ids = new TreeSet<>();
    for (Row line : lines) {
      JsonNode node = json.readTree(line.getString(0));
      if (node.has("index")) {
        ids.add(node.path("index").path("_id").asText());
      } else {
        node.fieldNames().forEachRemaining(f -> assertTrue(mapping.has(f), "mapped: " + f));
      }
    }
    assertEquals(Set.of("a0", "a1", "a2", "a3"), ids);
  }

  private static String describe(CorpusEntity e) {
    return e.type()
        + " "
        + e.canonical()
        + " "
        + e.articles()
        + "/"
        + e.mentions()
        + " "
        + new TreeSet<>(e.variants());
  }

  private static Dataset<Row> read(String table) {
    return LocalSpark.session().read().parquet(out() + table);
  }

  private static String out() {
    return work.resolve("out").toString() + "/";
  }

  private static Dataset<Row> table(List<Article> list) {
    SparkSession spark = LocalSpark.session();
    List<Row> rows = list.stream().map(RecordSchema::row).toList();
    return spark.createDataFrame(rows, RecordSchema.of(Article.class));
  }

  private static Entity person(String name) {
    return new Entity(0, name.length(), name, EntityType.PERSON, name, null);
  }

  private static Entity place(String name) {
    return new Entity(0, name.length(), name, EntityType.LOCATION, name, null);
  }

  private static Quote quote(String speaker, SpeakerType type) {
    return new Quote(
        0,
        5,
        "la trêve tient",
        QuoteKind.INDIRECT,
        new Cue(0, 5, "a déclaré"),
        new Speaker(speaker, speaker, type, 0, 5),
        null);
  }

  private static Article article(
      String id, String published, String text, List<Entity> entities, List<Quote> quotes) {
    return new Article(
        id,
        new Source(null, "https://example.org/" + id, "Exemple"),
        "fr",
        "Trêve au Haut-Karabakh",
        null,
        published,
        false,
        null,
        text,
        Cleaning.NONE,
        entities,
        quotes,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }
}
