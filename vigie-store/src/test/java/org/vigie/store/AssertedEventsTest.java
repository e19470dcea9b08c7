package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.store.search.SearchRequest;
import org.vigie.store.search.SearchResult.FacetCount;

/**
 * Events that did not happen (denied, planned...) are kept apart in the article's unassertedEvents,
 * marked, never counted: the search's type facet counts asserted events only.
 */
class AssertedEventsTest {
  @TempDir Path dir;

  @Test
  void typeFacetCountsAssertedEventsOnly() {
    Article a =
        TestArticles.of("a1", "X", "2020-11-10", "Frappes", TestArticles.DISPATCH)
            .withEvents(
                List.of(
                    event("ASSAULT", EventModality.ASSERTED),
                    event("CONSULT", EventModality.PLANNED)));
    try (VigieStore store = VigieStore.openForWriting(dir.resolve("data"))) {
      store.put(a, null);
      store.commit();
    }
    try (VigieStore store = VigieStore.open(dir.resolve("data"))) {
      Map<String, List<FacetCount>> facets = store.search(SearchRequest.of("frappes")).facets();
      assertEquals(List.of("ASSAULT"), facets.get("type").stream().map(FacetCount::value).toList());
      Article back = store.article("a1").orElseThrow();
      assertEquals(List.of("ASSAULT"), back.events().stream().map(Event::type).toList());
      assertEquals(List.of("CONSULT"), back.unassertedEvents().stream().map(Event::type).toList());
    }
  }

  static Event event(String type, EventModality modality) {
    return new Event(
        type, null, 0, 1, "x", List.of(), List.of(), null, null, null, null, null, 0, 1, null,
        false, List.of(), modality, false, null, null);
  }
}
