package org.vigie.store.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.vigie.model.Event;
import org.vigie.names.NameKeys;
import org.vigie.store.IsoDay;

/**
 * Groups event mentions of several articles into incidents: mentions of the same PLOVER type, at
 * the same place (same name key, so "Haut-Karabakh" meets "Haut-Karabagh"), dated within {@value
 * #DAYS} days of each other, are one incident. Only asserted mentions with a place and a full date
 * are grouped; a cumulative toll is never an incident's. Work is sorted by date and compares a
 * mention with the incidents still open at its date, so a large store is one pass. Stateless.
 */
public final class IncidentGrouper {
  /** Days between two mentions of one incident (news reports a strike the day after). */
  public static final int DAYS = 2;

  /** A mention to group, with its day and its type-and-place key worked out once. */
  private record Dated(EventMention mention, LocalDate day, String key) {}

  /** The incidents of the mentions, most recent first. */
  public List<Incident> group(List<EventMention> mentions) {
    // Days and place keys are worked out once per mention (and per distinct place name), not at
    // each comparison of the sort: a large store's listing has a million mentions.
    Map<String, String> placeKeys = new HashMap<>();
    List<Dated> dated = new ArrayList<>();
    for (EventMention m : mentions) {
      Event e = m.event();
      LocalDate d =
          e.asserted() && !e.cumulative() && e.location() != null ? IsoDay.of(e.date()) : null;
      if (d != null) {
        String place = placeKeys.computeIfAbsent(e.location(), IncidentGrouper::placeKey);
        dated.add(new Dated(m, d, e.type() + "|" + place));
      }
    }
    dated.sort(Comparator.comparing(Dated::day));
    Map<String, List<List<Dated>>> open = new LinkedHashMap<>();
    List<List<Dated>> all = new ArrayList<>();
    for (Dated m : dated) {
      List<List<Dated>> candidates = open.computeIfAbsent(m.key(), k -> new ArrayList<>());
      // Mentions come in date order, so only the latest incident of a key can still be open.
      List<Dated> target = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
      if (target != null
          && ChronoUnit.DAYS.between(target.get(target.size() - 1).day(), m.day()) > DAYS) {
        target = null;
      }
      if (target == null) {
        target = new ArrayList<>();
        candidates.add(target);
        all.add(target);
      }
      target.add(m);
    }
    List<Incident> incidents = new ArrayList<>();
    for (List<Dated> group : all) {
      incidents.add(incident(group.stream().map(Dated::mention).toList()));
    }
    incidents.sort(Comparator.comparing(Incident::lastDate).reversed());
    return incidents;
  }

  private static Incident incident(List<EventMention> group) {
    Event first = group.get(0).event();
    return new Incident(
        first.type(),
        first.subtype(),
        first.location(),
        group.stream().map(m -> m.event().geo()).filter(Objects::nonNull).findFirst().orElse(null),
        group.get(0).event().date(),
        group.get(group.size() - 1).event().date(),
        bound(group, Event::killed, false),
        bound(group, Event::killed, true),
        bound(group, Event::injured, false),
        bound(group, Event::injured, true),
        disagreements(group),
        group);
  }

  private static Integer bound(List<EventMention> group, Function<Event, Integer> f, boolean max) {
    Integer best = null;
    for (EventMention m : group) {
      Integer v = f.apply(m.event());
      if (v != null && (best == null || (max ? v > best : v < best))) {
        best = v;
      }
    }
    return best;
  }

  /** "Armenpress: 3 killed; Lagazette: 2 killed", when sources give different figures. */
  private static List<String> disagreements(List<EventMention> group) {
    List<String> out = new ArrayList<>();
    for (String what : List.of("killed", "injured")) {
      Function<Event, Integer> f = what.equals("killed") ? Event::killed : Event::injured;
      Map<String, Integer> bySource = new LinkedHashMap<>();
      for (EventMention m : group) {
        Integer v = f.apply(m.event());
        if (v != null) {
          bySource.putIfAbsent(m.outlet() != null ? m.outlet() : m.article(), v);
        }
      }
      if (bySource.values().stream().distinct().count() > 1) {
        List<String> parts = new ArrayList<>();
        bySource.forEach((source, v) -> parts.add(source + ": " + v + " " + what));
        out.add(String.join("; ", parts));
      }
    }
    return out;
  }

  private static String placeKey(String place) {
    String key = NameKeys.key(place);
    return key == null || key.isEmpty() ? place.toLowerCase(Locale.ROOT) : key;
  }
}
