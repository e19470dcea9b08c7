package org.vigie.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Article;
import org.vigie.store.TestArticles;

/** Search documents and bulk lines: every field mapped, the day a date only when it is whole. */
class SearchDocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Article article(String published) {
    Article a =
        TestArticles.of(
            "a1",
            "Armenpress",
            published,
            "Trêve au Haut-Karabakh",
            "Nikol Pashinian a salué la trêve. « La paix est possible », a-t-il dit.",
            "Nikol Pashinian");
    return TestArticles.withQuote(a, "Nikol Pashinian", "La paix est possible", "CEASEFIRE");
  }

  @Test
  void everyFieldOfADocumentIsInBothMappings() throws Exception {
    JsonNode doc = SearchDocuments.document(article("2020-10-30T08:00+01:00"));
    JsonNode open =
        JSON.readTree(SearchDocuments.mapping(SearchDocuments.Engine.opensearch))
            .path("mappings")
            .path("properties");
    List<String> solr = new ArrayList<>(List.of("id"));
    JSON.readTree(SearchDocuments.mapping(SearchDocuments.Engine.solr))
        .path("add-field")
        .forEach(f -> solr.add(f.path("name").asText()));
    doc.fieldNames()
        .forEachRemaining(
            f -> {
              assertTrue(open.has(f), "OpenSearch maps " + f);
              assertTrue(solr.contains(f), "Solr maps " + f);
            });
    assertEquals("[\"Nikol Pashinian\"]", doc.path("persons").toString());
    assertEquals("[\"Nikol Pashinian\"]", doc.path("speakers").toString());
    assertEquals("[\"CEASEFIRE\"]", doc.path("event_types").toString());
  }

  @ParameterizedTest(name = "published {0} -> day {1}")
  @CsvSource({
    "2020-10-30T08:00+01:00, 2020-10-30T00:00:00Z",
    "2020-10-30, 2020-10-30T00:00:00Z",
    "XXXX-03-26, ",
    "2020-10, ",
  })
  void onlyAWholeDayIsADate(String published, String day) {
    JsonNode doc = SearchDocuments.document(article(published));
    assertEquals(published, doc.path("published").asText());
    if (day == null) {
      assertFalse(doc.has("published_day"));
    } else {
      assertEquals(day, doc.path("published_day").asText());
    }
  }

  @Test
  void openSearchLinesAreAnActionThenTheDocumentSolrLinesTheDocument() throws Exception {
    Article a = article("2020-10-30");
    String[] open = SearchDocuments.bulk(a, SearchDocuments.Engine.opensearch, "vigie").split("\n");
    assertEquals(2, open.length);
    assertEquals("{\"index\":{\"_index\":\"vigie\",\"_id\":\"a1\"}}", open[0]);
    assertEquals("a1", JSON.readTree(open[1]).path("id").asText());
    String[] solr = SearchDocuments.bulk(a, SearchDocuments.Engine.solr, "vigie").split("\n");
    assertEquals(1, solr.length);
    assertEquals(JSON.readTree(open[1]), JSON.readTree(solr[0]));
  }
}
