package org.vigie.store.incident;

import java.util.List;
import org.vigie.model.Geo;

/**
 * What a listing of incidents shows of one {@link Incident}: its type, place, dates, the range of
 * its figures, how many articles report it and where they disagree, without its mentions. A store
 * keeps these for its whole set of incidents ({@link IncidentDigest}), so listing them reads a few
 * hundred kilobytes instead of every event of the store.
 */
public record IncidentSummary(
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
    long sources,
    List<String> disagreements) {
  public IncidentSummary {
    disagreements = List.copyOf(disagreements);
  }

  /** The summary of an incident. */
  public static IncidentSummary of(Incident i) {
    return new IncidentSummary(
        i.type(),
        i.subtype(),
        i.place(),
        i.geo(),
        i.firstDate(),
        i.lastDate(),
        i.killedMin(),
        i.killedMax(),
        i.injuredMin(),
        i.injuredMax(),
        i.sources(),
        i.disagreements());
  }
}
