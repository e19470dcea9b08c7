package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One analysed article: the contract shape of ../shared/CONTRACT.md. Every list is present (empty
 * when the stage that fills it did not run); {@code text} is the one cleaned text that all spans
 * point into. {@code events} holds what the article reports as having happened (asserted, as fact
 * or by a source); {@code unassertedEvents} the mentions it denies, supposes, plans or demands,
 * marked by their modality and never counted.
 */
@JsonPropertyOrder({
  "id",
  "source",
  "language",
  "title",
  "author",
  "published",
  "publishedInferred",
  "dateline",
  "text",
  "cleaning",
  "entities",
  "quotes",
  "timexes",
  "events",
  "unassertedEvents",
  "story",
  "duplicateOf",
  "diagnostics",
  "sentences",
  "tokens"
})
public record Article(
    String id,
    Source source,
    String language,
    String title,
    String author,
    String published,
    boolean publishedInferred,
    Dateline dateline,
    String text,
    Cleaning cleaning,
    List<Entity> entities,
    List<Quote> quotes,
    List<Timex> timexes,
    List<Event> events,
    List<Event> unassertedEvents,
    String story,
    String duplicateOf,
    List<Diagnostic> diagnostics,
    List<Sentence> sentences,
    List<Token> tokens) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cleaning, "cleaning");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    timexes = List.copyOf(timexes);
    if (unassertedEvents == null) {
      // Absent from the JSON of articles written before the field existed, whose events held every
      // mention: read them as this version writes them.
      unassertedEvents = byModality(events, false);
      events = byModality(events, true);
    }
    events = List.copyOf(events);
    unassertedEvents = List.copyOf(unassertedEvents);
    diagnostics = List.copyOf(diagnostics);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /**
   * This article with another event layer (a second extraction, a baseline to compare): mentions of
   * any modality, those reported as having happened in {@code events}, the denied, supposed,
   * planned or demanded ones in {@code unassertedEvents}, each list in the mentions' order.
   */
  public Article withEvents(List<Event> mentions) {
    return copy(
        id,
        byModality(mentions, true),
        byModality(mentions, false),
        story,
        duplicateOf,
        sentences,
        tokens);
  }

  private static List<Event> byModality(List<Event> mentions, boolean asserted) {
    List<Event> out = new ArrayList<>();
    for (Event e : mentions) {
      if (e.asserted() == asserted) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Every event mention of the article, whatever its modality: {@code events} then {@code
   * unassertedEvents} (what a store keeps, and what a listing of any modality reads).
   */
  public List<Event> eventMentions() {
    if (unassertedEvents.isEmpty()) {
      return events;
    }
    List<Event> all = new ArrayList<>(events.size() + unassertedEvents.size());
    all.addAll(events);
    all.addAll(unassertedEvents);
    return Collections.unmodifiableList(all);
  }

  /** This article under another id, with its corpus fields (story, duplicate of) set. */
  public Article withCorpus(String newId, String newStory, String newDuplicateOf) {
    return copy(newId, events, unassertedEvents, newStory, newDuplicateOf, sentences, tokens);
  }

  /** This article without the backend's sentences and tokens (what a store keeps). */
  public Article withoutWords() {
    return copy(id, events, unassertedEvents, story, duplicateOf, List.of(), List.of());
  }

  /** The one place a copy lists every field: the with-methods vary only their own. */
  private Article copy(
      String newId,
      List<Event> newEvents,
      List<Event> newUnassertedEvents,
      String newStory,
      String newDuplicateOf,
      List<Sentence> newSentences,
      List<Token> newTokens) {
    return new Article(
        newId,
        source,
        language,
        title,
        author,
        published,
        publishedInferred,
        dateline,
        text,
        cleaning,
        entities,
        quotes,
        timexes,
        newEvents,
        newUnassertedEvents,
        newStory,
        newDuplicateOf,
        diagnostics,
        newSentences,
        newTokens);
  }
}
