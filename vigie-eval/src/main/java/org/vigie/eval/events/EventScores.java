package org.vigie.eval.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Article;
import org.vigie.model.Event;

/**
 * The reference scorer's event and casualty metrics ({@code score.py}: {@code score_events}, {@code
 * score_casualties}), same matching: a gold item matches the unused predicted event whose sentence
 * span covers at least 80 % of the snippet's words (for events, a same-type prediction first);
 * casualty counts must be equal; an unsure gold item counts neither way. Accumulates over articles;
 * not thread-safe.
 */
public final class EventScores {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** A gold event or casualty statement (null counts when the gold gives none). */
  public record Gold(
      String type,
      String subtype,
      String snippet,
      Integer killed,
      Integer injured,
      boolean unsure) {}

  /** One outcome worth reading with --details. */
  public record Outcome(String doc, String kind, String detail) {}

  private int eTp;
  private int eFn;
  private int eFp;
  private int typeOk;
  private int subOk;
  private int cTp;
  private int cFn;
  private int cFp;
  private int countOk;
  private int countN;
  private final List<Outcome> outcomes = new ArrayList<>();

  /** Adds one article: its gold events and casualty statements against its predicted events. */
  public void add(String doc, List<Gold> goldEvents, List<Gold> goldCasualties, Article article) {
    String text = article == null ? "" : article.text();
    List<Event> events = article == null ? List.of() : article.events();
    events(doc, goldEvents, text, events);
    casualties(doc, goldCasualties, text, events);
  }

  private void events(String doc, List<Gold> gold, String text, List<Event> events) {
    Set<Integer> used = new HashSet<>();
    for (Gold g : gold) {
      int best = -1;
      double bestCover = -1;
      boolean bestSame = false;
      for (int i = 0; i < events.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        Event e = events.get(i);
        double c = cover(g.snippet(), span(text, e));
        if (c >= 0.8) {
          boolean same = e.type().equalsIgnoreCase(nz(g.type()));
          if (best < 0 || compare(same, c, bestSame, bestCover) > 0) {
            best = i;
            bestCover = c;
            bestSame = same;
          }
        }
      }
      if (best < 0) {
        if (!g.unsure()) {
          eFn++;
          outcomes.add(
              new Outcome(doc, "missed", g.type() + "/" + g.subtype() + " " + g.snippet()));
        }
        continue;
      }
      used.add(best);
      if (g.unsure()) {
        continue;
      }
      eTp++;
      Event e = events.get(best);
      boolean t = e.type().equalsIgnoreCase(nz(g.type()));
      boolean s = nz(e.subtype()).equalsIgnoreCase(nz(g.subtype()));
      typeOk += t ? 1 : 0;
      subOk += s ? 1 : 0;
      if (!t || !s) {
        outcomes.add(
            new Outcome(
                doc,
                "type",
                g.type()
                    + "/"
                    + g.subtype()
                    + " got "
                    + e.type()
                    + "/"
                    + e.subtype()
                    + " ["
                    + e.trigger()
                    + "] "
                    + g.snippet()));
      }
    }
    for (int i = 0; i < events.size(); i++) {
      if (!used.contains(i)) {
        eFp++;
        Event e = events.get(i);
        outcomes.add(
            new Outcome(
                doc,
                "extra",
                e.type()
                    + "/"
                    + e.subtype()
                    + " "
                    + e.modality().json()
                    + " ["
                    + e.trigger()
                    + "] "
                    + clip(span(text, e))));
      }
    }
  }

  private void casualties(String doc, List<Gold> gold, String text, List<Event> all) {
    List<Event> events = new ArrayList<>();
    for (Event e : all) {
      if (e.killed() != null || e.injured() != null) {
        events.add(e);
      }
    }
    Set<Integer> used = new HashSet<>();
    for (Gold g : gold) {
      int best = -1;
      double bestCover = -1;
      for (int i = 0; i < events.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        double c = cover(g.snippet(), span(text, events.get(i)));
        if (c >= 0.8 && (best < 0 || c > bestCover)) {
          best = i;
          bestCover = c;
        }
      }
      if (best < 0) {
        if (!g.unsure()) {
          cFn++;
          outcomes.add(
              new Outcome(doc, "cas-missed", g.killed() + "/" + g.injured() + " " + g.snippet()));
        }
        continue;
      }
      used.add(best);
      if (g.unsure()) {
        continue;
      }
      cTp++;
      if (g.killed() != null || g.injured() != null) {
        countN++;
        Event e = events.get(best);
        if (java.util.Objects.equals(e.killed(), g.killed())
            && java.util.Objects.equals(e.injured(), g.injured())) {
          countOk++;
        } else {
          outcomes.add(
              new Outcome(
                  doc,
                  "cas-count",
                  g.killed()
                      + "/"
                      + g.injured()
                      + " got "
                      + e.killed()
                      + "/"
                      + e.injured()
                      + " "
                      + g.snippet()));
        }
      }
    }
    for (int i = 0; i < events.size(); i++) {
      if (!used.contains(i)) {
        cFp++;
        Event e = events.get(i);
        outcomes.add(
            new Outcome(
                doc, "cas-extra", e.killed() + "/" + e.injured() + " " + clip(span(text, e))));
      }
    }
  }

  private static int compare(boolean same, double c, boolean bestSame, double bestCover) {
    if (same != bestSame) {
      return same ? 1 : -1;
    }
    return Double.compare(c, bestCover);
  }

  /** The metrics, named as score.py prints them, in its order. */
  public Map<String, Double> metrics() {
    Map<String, Double> m = new java.util.LinkedHashMap<>();
    double ep = ratio(eTp, eTp + eFp);
    double er = ratio(eTp, eTp + eFn);
    m.put("event_p", ep);
    m.put("event_r", er);
    m.put("event_f1", f1(ep, er));
    m.put("event_type_acc", ratio(typeOk, eTp));
    m.put("event_subtype_acc", ratio(subOk, eTp));
    double cp = ratio(cTp, cTp + cFp);
    double cr = ratio(cTp, cTp + cFn);
    m.put("casualty_p", cp);
    m.put("casualty_r", cr);
    m.put("casualty_f1", f1(cp, cr));
    m.put("casualty_count_acc", ratio(countOk, countN));
    return m;
  }

  /** Raw counts: events tp/fp/fn and casualties tp/fp/fn, for reports. */
  public String counts() {
    return String.format(
        Locale.ROOT,
        "events tp %d fp %d fn %d; casualties tp %d fp %d fn %d, counts %d/%d",
        eTp,
        eFp,
        eFn,
        cTp,
        cFp,
        cFn,
        countOk,
        countN);
  }

  public List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  private static String span(String text, Event e) {
    int start = Math.max(0, Math.min(e.start(), text.length()));
    int end = Math.max(start, Math.min(e.end(), text.length()));
    return text.substring(start, end);
  }

  /** score.py's {@code norm}: NFKC, quotes and spaces folded, accents dropped, lower case. */
  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    t = t.replace('’', '\'').replace('‘', '\'').replace('«', '"').replace('»', '"');
    t = t.replace('“', '"').replace('”', '"').replace('\u00a0', ' ').replace('\u202f', ' ');
    t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  static List<String> toks(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(norm(s));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Fraction of the snippet's words found in the text, as a multiset (score.py's cover). */
  static double cover(String snippet, String text) {
    List<String> st = toks(snippet);
    if (st.isEmpty()) {
      return 0.0;
    }
    Map<String, Integer> bag = new HashMap<>();
    for (String t : toks(text)) {
      bag.merge(t, 1, Integer::sum);
    }
    int hit = 0;
    for (String t : st) {
      Integer n = bag.get(t);
      if (n != null && n > 0) {
        bag.put(t, n - 1);
        hit++;
      }
    }
    return (double) hit / st.size();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 140 ? one.substring(0, 140) + "…" : one;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
