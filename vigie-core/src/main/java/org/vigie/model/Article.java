package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One analysed article: the contract shape of ../shared/CONTRACT.md. Every list is present (empty
 * when the stage that fills it did not run); {@code text} is the one cleaned text that all spans
 * point into.
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
    events = List.copyOf(events);
    diagnostics = List.copyOf(diagnostics);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /** This article with another event layer (a second extraction, a baseline to compare). */
  public Article withEvents(List<Event> newEvents) {
    return copy(id, newEvents, story, duplicateOf, sentences, tokens);
  }

  /** This article under another id, with its corpus fields (story, duplicate of) set. */
  public Article withCorpus(String newId, String newStory, String newDuplicateOf) {
    return copy(newId, events, newStory, newDuplicateOf, sentences, tokens);
  }

  /** This article without the backend's sentences and tokens (what a store keeps). */
  public Article withoutWords() {
    return copy(id, events, story, duplicateOf, List.of(), List.of());
  }

  /** The one place a copy lists every field: the with-methods vary only their own. */
  private Article copy(
      String newId,
      List<Event> newEvents,
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
        newStory,
        newDuplicateOf,
        diagnostics,
        newSentences,
        newTokens);
  }
}
