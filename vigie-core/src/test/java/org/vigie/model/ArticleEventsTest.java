package org.vigie.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.json.ArticleJson;

class ArticleEventsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Event strike(int start) {
    return new Event(
        "attack",
        "airstrike",
        start,
        start + 5,
        "frappe",
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        null);
  }

  private static Article article(List<Event> mentions) {
    return new Article(
            "a-1",
            new Source(null, null, "outlet"),
            "fr",
            null,
            null,
            null,
            false,
            null,
            "Une frappe. Une autre frappe niée.",
            Cleaning.NONE,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of())
        .withEvents(mentions);
  }

  @Test
  void jsonWrittenBeforeTheSplitReadsItsDeniedMentionsAsUnasserted() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(ArticleJson.line(article(List.of(strike(0)))));
    ObjectNode denied = ((ObjectNode) json.get("events").get(0)).deepCopy();
    denied.put("start", 12).put("end", 17).put("triggerStart", 12).put("triggerEnd", 17);
    denied.put("modality", "denied");
    ((ArrayNode) json.get("events")).add(denied);
    json.remove("unassertedEvents");

    Article read = MAPPER.treeToValue(json, Article.class);

    assertEquals(1, read.events().size());
    assertEquals(EventModality.ASSERTED, read.events().get(0).modality());
    assertEquals(List.of(12), read.unassertedEvents().stream().map(Event::start).toList());
    assertEquals(2, read.eventMentions().size());
  }

  @Test
  void currentJsonRoundTripsBothLists() throws Exception {
    Article a = article(List.of(strike(0)));
    Article read = MAPPER.readValue(ArticleJson.line(a), Article.class);
    assertEquals(a.events(), read.events());
    assertEquals(List.of(), read.unassertedEvents());
  }
}
