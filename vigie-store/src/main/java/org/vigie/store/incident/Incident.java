package org.vigie.store.incident;

import java.util.List;
import org.vigie.model.Geo;

/**
 * One real-world incident as several articles report it: its type, place and dates, every mention
 * (article, outlet, date, figures), the range of the figures given, and each disagreement between
 * sources ("Armenpress: 3 killed; Lagazette: 2 killed"). Figures are {@code null} when no source
 * gives one.
 */
public record Incident(
    String type,
    String subtype,
    String place,
    Geo geo,
    String firstDate,
    String lastDate,
    Integer killedMin,
    Integer killedMax,
    Integer injuredMin,
    Integer injuredMax,
    List<String> disagreements,
    List<EventMention> mentions) {
  public Incident {
    disagreements = List.copyOf(disagreements);
    mentions = List.copyOf(mentions);
  }

  /** Articles reporting it. */
  public long sources() {
    return mentions.stream().map(EventMention::article).distinct().count();
  }
}
