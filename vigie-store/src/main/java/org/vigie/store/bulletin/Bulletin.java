package org.vigie.store.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A situation report for a period, as OCHA and ACLED write them: the period and the day it is as
 * of, highlights, key figures by incident with each source's own figures (never summed across
 * sources of one incident), incidents by place, who said what, and what changed since the period
 * before. Only items dated inside the period are in it; only asserted events with a place and a day
 * make incidents (the store's incident grouping), so that none is counted twice.
 */
public record Bulletin(
    LocalDate from,
    LocalDate to,
    int articles,
    List<String> highlights,
    List<IncidentReport> incidents,
    Totals totals,
    List<Place> places,
    List<SpeakerDigest> speakers,
    Change change) {
  public Bulletin {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    highlights = List.copyOf(highlights);
    incidents = List.copyOf(incidents);
    places = List.copyOf(places);
    speakers = List.copyOf(speakers);
  }

  /**
   * One incident of the period (the store's {@link org.vigie.store.incident.Incident}: its mentions
   * with each source's figures, their range and disagreements) and the sentence that states it
   * first, for people.
   */
  public record IncidentReport(org.vigie.store.incident.Incident incident, String sentence) {
    public IncidentReport {
      Objects.requireNonNull(incident, "incident");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /**
   * Killed and injured over the incidents of the period, each incident counted once with the lowest
   * and the highest figure its sources give; incidents by type.
   */
  public record Totals(
      int incidents,
      int killedLow,
      int killedHigh,
      int injuredLow,
      int injuredHigh,
      java.util.Map<String, Integer> byType) {
    public Totals {
      // Sorted, so that renderings list types in one order run after run.
      byType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byType));
    }
  }

  /** A place with its incidents in the period. */
  public record Place(String name, Double lat, Double lon, int incidents, int killedHigh) {}

  /** A speaker's statements in the period, most reported first. */
  public record SpeakerDigest(String speaker, int statements, List<Statement> main) {
    public SpeakerDigest {
      main = List.copyOf(main);
    }
  }

  /** One statement: its day, words, cue and article. */
  public record Statement(LocalDate day, String text, String articleId, String outlet) {}

  /** The period against the one before it, of the same length. */
  public record Change(
      int incidents,
      int previousIncidents,
      int killedHigh,
      int previousKilledHigh,
      int statements,
      int previousStatements) {}
}
