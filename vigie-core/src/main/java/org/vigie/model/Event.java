package org.vigie.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, stated by the sentence at {@code [start, end)}; PLOVER-typed.
 *
 * <p>{@code triggerStart}/{@code triggerEnd} locate the word(s) naming it. {@code geo} is the place
 * of {@code location} when the entity layer resolved it. {@code dateInferred} says the date is the
 * publication date because the sentence carries none. {@code victims} are who was killed or injured
 * ("soldats de l'Artsakh"); {@code countQualifier} keeps "au moins", "plus de"...; {@code
 * countPhrase} is the casualty phrase as written (a vague one, "des dizaines de morts", has null
 * counts). A {@code cumulative} toll ("depuis 2011") is not an incident's toll. Only {@link
 * EventModality#ASSERTED} events count as having happened.
 */
public record Event(
    String type,
    String subtype,
    int start,
    int end,
    String trigger,
    List<String> actors,
    List<String> targets,
    String location,
    String date,
    Integer killed,
    Integer injured,
    String reportedBy,
    int triggerStart,
    int triggerEnd,
    Geo geo,
    boolean dateInferred,
    List<String> victims,
    EventModality modality,
    boolean cumulative,
    String countQualifier,
    String countPhrase) {
  public Event {
    Objects.requireNonNull(type, "type");
    new Span(start, end);
    new Span(triggerStart, triggerEnd);
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    victims = victims == null ? List.of() : List.copyOf(victims);
    modality = modality == null ? EventModality.ASSERTED : modality;
  }

  /** The contract's fields alone: an asserted event, trigger span set to the sentence's. */
  public Event(
      String type,
      String subtype,
      int start,
      int end,
      String trigger,
      List<String> actors,
      List<String> targets,
      String location,
      String date,
      Integer killed,
      Integer injured,
      String reportedBy) {
    this(
        type,
        subtype,
        start,
        end,
        trigger,
        actors,
        targets,
        location,
        date,
        killed,
        injured,
        reportedBy,
        start,
        end,
        null,
        false,
        List.of(),
        EventModality.ASSERTED,
        false,
        null,
        null);
  }

  /** Whether the article reports it as having happened (counted in tolls and incidents). */
  public boolean asserted() {
    return modality == EventModality.ASSERTED;
  }
}
