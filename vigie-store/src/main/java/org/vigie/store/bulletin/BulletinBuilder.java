package org.vigie.store.bulletin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.Quote;
import org.vigie.store.IsoDay;
import org.vigie.store.Keys;
import org.vigie.store.incident.EventMention;
import org.vigie.store.incident.Incident;
import org.vigie.store.incident.IncidentGrouper;
import org.vigie.store.timeline.Timeline;
import org.vigie.store.timeline.TimelineBuilder;

/**
 * Builds a {@link Bulletin} from articles. Event mentions dated on a whole day inside the period
 * are grouped into incidents (same day, same PLOVER type, same place — or same subtype when no
 * place is named), so that an incident reported by five outlets is counted once, with the five
 * figures side by side. Items with no day of their own are left out rather than presented as of a
 * day. Lists are bounded ({@link #MAX_INCIDENTS}, {@link #MAX_PLACES}, {@link #MAX_SPEAKERS}) so
 * that a day of ten thousand incidents still gives a page. Stateless.
 */
public final class BulletinBuilder {
  public static final int MAX_INCIDENTS = 20;
  public static final int MAX_PLACES = 30;
  public static final int MAX_SPEAKERS = 5;
  private static final int MAX_HIGHLIGHTS = 5;
  private static final int STATEMENTS_PER_SPEAKER = 2;

  /** The bulletin of {@code [from, to]} over {@code articles} (which may span more). */
  public Bulletin build(List<Article> articles, LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    LocalDate previousFrom = from.minusDays(days);
    LocalDate previousTo = from.minusDays(1);
    List<Bulletin.IncidentReport> incidents = incidents(articles, from, to);
    List<Bulletin.IncidentReport> previous = incidents(articles, previousFrom, previousTo);
    Bulletin.Totals totals = totals(incidents);
    List<Bulletin.SpeakerDigest> speakers = speakers(articles, from, to);
    int statements = speakers.stream().mapToInt(Bulletin.SpeakerDigest::statements).sum();
    int previousStatements =
        speakers(articles, previousFrom, previousTo).stream()
            .mapToInt(Bulletin.SpeakerDigest::statements)
            .sum();
    Bulletin.Change change =
        new Bulletin.Change(
            totals.incidents(),
            previous.size(),
            totals.killedHigh(),
            totals(previous).killedHigh(),
            statements,
            previousStatements);
    int inPeriod = 0;
    for (Article a : articles) {
      LocalDate p = IsoDay.of(a.published());
      if (p != null && !p.isBefore(from) && !p.isAfter(to)) {
        inPeriod++;
      }
    }
    return new Bulletin(
        from,
        to,
        inPeriod,
        highlights(articles, incidents, from, to),
        incidents.subList(0, Math.min(MAX_INCIDENTS, incidents.size())),
        totals,
        places(incidents),
        speakers.subList(0, Math.min(MAX_SPEAKERS, speakers.size())),
        change);
  }

  /**
   * Incidents of the period, most sourced first, then deadliest: the asserted event mentions dated
   * on a day of the period, grouped by the store's {@link IncidentGrouper}.
   */
  static List<Bulletin.IncidentReport> incidents(
      List<Article> articles, LocalDate from, LocalDate to) {
    List<EventMention> mentions = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (Article a : articles) {
      if (a.duplicateOf() != null) {
        continue;
      }
      for (Event e : a.events()) {
        // An event dated by its article's publication alone ("24 victimes", no day stated) may
        // tell of any earlier day: presented as of this one, its toll would be the day's.
        LocalDate d = e.dateInferred() ? null : IsoDay.of(e.date());
        if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
          mentions.add(new EventMention(a.id(), a.source().outlet(), a.published(), e));
          texts.put(a.id(), a.text());
        }
      }
    }
    List<Bulletin.IncidentReport> out = new ArrayList<>();
    for (Incident i : new IncidentGrouper().group(mentions)) {
      EventMention first = i.mentions().get(0);
      String text = texts.get(first.article());
      Event e = first.event();
      int start = Math.max(0, Math.min(e.start(), text.length()));
      int end = Math.max(start, Math.min(e.end(), text.length()));
      out.add(new Bulletin.IncidentReport(i, text.substring(start, end).strip()));
    }
    out.sort(
        Comparator.comparingLong((Bulletin.IncidentReport r) -> -r.incident().sources())
            .thenComparing(r -> -(r.incident().killedMax() == null ? 0 : r.incident().killedMax()))
            .thenComparing(r -> r.incident().firstDate()));
    return out;
  }

  static Bulletin.Totals totals(List<Bulletin.IncidentReport> reports) {
    int kLow = 0;
    int kHigh = 0;
    int iLow = 0;
    int iHigh = 0;
    Map<String, Integer> byType = new TreeMap<>();
    for (Bulletin.IncidentReport r : reports) {
      Incident i = r.incident();
      kLow += i.killedMin() == null ? 0 : i.killedMin();
      kHigh += i.killedMax() == null ? 0 : i.killedMax();
      iLow += i.injuredMin() == null ? 0 : i.injuredMin();
      iHigh += i.injuredMax() == null ? 0 : i.injuredMax();
      byType.merge(i.type(), 1, Integer::sum);
    }
    return new Bulletin.Totals(reports.size(), kLow, kHigh, iLow, iHigh, byType);
  }

  private static List<Bulletin.Place> places(List<Bulletin.IncidentReport> reports) {
    Map<String, Bulletin.Place> byName = new LinkedHashMap<>();
    for (Bulletin.IncidentReport r : reports) {
      Incident i = r.incident();
      Double lat = i.geo() == null ? null : i.geo().lat();
      Double lon = i.geo() == null ? null : i.geo().lon();
      String key = Keys.fold(i.place());
      Bulletin.Place p = byName.get(key);
      int killed = i.killedMax() == null ? 0 : i.killedMax();
      byName.put(
          key,
          p == null
              ? new Bulletin.Place(i.place(), lat, lon, 1, killed)
              : new Bulletin.Place(
                  p.name(),
                  p.lat() != null ? p.lat() : lat,
                  p.lon() != null ? p.lon() : lon,
                  p.incidents() + 1,
                  p.killedHigh() + killed));
    }
    List<Bulletin.Place> out = new ArrayList<>(byName.values());
    out.sort(
        Comparator.comparingInt((Bulletin.Place p) -> -p.incidents())
            .thenComparing(Bulletin.Place::name));
    return out.subList(0, Math.min(MAX_PLACES, out.size()));
  }

  /**
   * Speakers of the period, named ones first, then most statements: a statement is dated by its own
   * date when it names a day, else by its article's publication day; the same words from two
   * outlets count once. A source known only by a common noun ("un homme", "des rebelles") is not
   * one speaker across articles: "homme" in two reports is two people, so such a source is kept
   * apart per article, and ranks after the named.
   */
  static List<Bulletin.SpeakerDigest> speakers(
      List<Article> articles, LocalDate from, LocalDate to) {
    Map<String, List<Bulletin.Statement>> bySpeaker = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Article a : articles) {
      if (a.duplicateOf() != null) {
        continue;
      }
      for (Quote q : a.quotes()) {
        String name = q.speaker().canonical();
        LocalDate d = IsoDay.of(q.date());
        if (d == null) {
          d = IsoDay.of(a.published());
        }
        if (name == null || d == null || d.isBefore(from) || d.isAfter(to)) {
          continue;
        }
        if (!seen.add(Keys.fold(q.text()))) {
          continue;
        }
        String key = isNamed(name) ? Keys.fold(name) : Keys.fold(name) + "\t" + a.id();
        names.putIfAbsent(key, name);
        bySpeaker
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Bulletin.Statement(d, q.text(), a.id(), a.source().outlet()));
      }
    }
    List<Bulletin.SpeakerDigest> out = new ArrayList<>();
    bySpeaker.forEach(
        (key, statements) -> {
          List<Bulletin.Statement> main = new ArrayList<>(statements);
          main.sort(Comparator.comparingInt((Bulletin.Statement s) -> -s.text().length()));
          out.add(
              new Bulletin.SpeakerDigest(
                  names.get(key),
                  statements.size(),
                  main.subList(0, Math.min(STATEMENTS_PER_SPEAKER, main.size()))));
        });
    out.sort(
        Comparator.comparing((Bulletin.SpeakerDigest s) -> !isNamed(s.speaker()))
            .thenComparingInt(s -> -s.statements())
            .thenComparing(Bulletin.SpeakerDigest::speaker));
    return out;
  }

  /** A proper name has a capital letter ("Moussa Ibrahim", "l'ONU"); a common noun has none. */
  private static boolean isNamed(String speaker) {
    return speaker.chars().anyMatch(Character::isUpperCase);
  }

  /**
   * Highlights: the most sourced incidents; when the period has fewer than three, the timeline's
   * best lines for its days fill in (happenings the event layer did not type), only those whose
   * sentence names its day. A sentence is one highlight, however many events it states ("a accepté
   * … une visite" is an agreement and a visit, one thing to read).
   */
  private static List<String> highlights(
      List<Article> articles,
      List<Bulletin.IncidentReport> incidents,
      LocalDate from,
      LocalDate to) {
    List<String> out = new ArrayList<>();
    Set<String> sentences = new HashSet<>();
    for (Bulletin.IncidentReport r : incidents) {
      if (out.size() >= MAX_HIGHLIGHTS) {
        break;
      }
      if (!sentences.add(r.sentence())) {
        continue;
      }
      out.add(
          r.incident().firstDate()
              + " : "
              + r.sentence()
              + " ("
              + r.incident().sources()
              + " source(s))");
    }
    if (out.size() < 3) {
      int days = (int) Math.min(MAX_HIGHLIGHTS - out.size(), ChronoUnit.DAYS.between(from, to) + 1);
      Timeline t =
          new TimelineBuilder()
              .build(articles, new TimelineBuilder.Config(Math.max(1, days), 1, from, to));
      for (Timeline.Entry e : t.entries()) {
        for (Timeline.Line l : e.lines()) {
          // A sentence dated only by its article's publication may tell of another day.
          if (out.size() < MAX_HIGHLIGHTS
              && l.dated() != org.vigie.store.timeline.DatedSentence.DateSource.PUBLISHED
              && sentences.add(l.text())) {
            out.add(e.day() + " : " + l.text() + " (" + l.sources().size() + " source(s))");
          }
        }
      }
    }
    return out;
  }
}
