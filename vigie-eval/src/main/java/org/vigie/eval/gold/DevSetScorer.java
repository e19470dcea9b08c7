package org.vigie.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dev set's scoring, rule for rule the reference scorer's ({@code score.py gold}): lines,
 * quotes, time expressions, casualties and events of each gold article against the Article JSON
 * predicted for it (an article missing from the output scores as empty). When an error list is
 * given, every miss, wrong value and extra prediction is added to it as one line (only ever for the
 * {@code tune} split: the caller checks). Stateless.
 */
public final class DevSetScorer {
  private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();

  private DevSetScorer() {}

  private static JsonNode output(Map<String, JsonNode> out, DevSet.Document d) {
    JsonNode article = out.get(d.id());
    return article == null ? EMPTY : article;
  }

  private static void note(List<String> errors, DevSet.Document d, String kind, String detail) {
    if (errors != null) {
      errors.add(String.format(Locale.ROOT, "  %-9s %s %s", kind, d.id(), detail));
    }
  }

  /** Content lines kept and boilerplate lines removed (the output's title + text). */
  public static DevScores.Lines lines(DevSet set, Map<String, JsonNode> out, List<String> errors) {
    int content = 0;
    int kept = 0;
    int boilerplate = 0;
    int removed = 0;
    for (DevSet.Document d : set.documents()) {
      JsonNode a = output(out, d);
      String body = text(a.path("title")) + "\n" + text(a.path("text"));
      String folded = GoldText.norm(body);
      for (JsonNode n : d.gold().path("content_lines")) {
        String line = d.line(n.asInt());
        if (GoldText.tokens(line).size() < 3) {
          continue;
        }
        content++;
        double cover = GoldText.cover(line, body);
        if (cover >= 0.8 && (folded.contains(prefix(GoldText.norm(line), 40)) || cover >= 0.95)) {
          kept++;
        } else {
          note(errors, d, "LOST", n.asInt() + ": " + line.strip());
        }
      }
      for (JsonNode n : d.gold().path("boilerplate_lines")) {
        String line = d.line(n.asInt());
        if (GoldText.tokens(line).size() < 4) {
          continue;
        }
        boilerplate++;
        if (!folded.contains(GoldText.norm(line))) {
          removed++;
        } else {
          note(errors, d, "KEPT", n.asInt() + ": " + line.strip());
        }
      }
    }
    return new DevScores.Lines(content, kept, boilerplate, removed);
  }

  /** Python's {@code s[:n]}: the first {@code n} code points. */
  private static String prefix(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
  }

  private static boolean unsure(JsonNode g) {
    return g.path("unsure").asBoolean(false) || g.path("optional").asBoolean(false);
  }

  /** Quotes: a gold quote takes the unused prediction whose text + cue covers most (≥ 0.8). */
  public static DevScores.Quotes quotes(
      DevSet set, Map<String, JsonNode> out, List<String> errors) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int right = 0;
    int named = 0;
    for (DevSet.Document d : set.documents()) {
      List<JsonNode> pred = list(output(out, d).path("quotes"));
      Set<Integer> used = new HashSet<>();
      for (JsonNode g : d.gold().path("quotes")) {
        String snippet = g.path("snippet").asText();
        int best = bestCover(pred, used, q -> quoteText(q), snippet);
        if (best < 0) {
          if (!unsure(g)) {
            fn++;
            note(
                errors,
                d,
                "MISSED",
                g.path("speaker").asText() + " [" + g.path("cue").asText() + "]: " + snippet);
          }
          continue;
        }
        used.add(best);
        if (unsure(g)) {
          continue;
        }
        tp++;
        if (g.path("speaker_named").asBoolean(true)) {
          named++;
          String predicted = speaker(pred.get(best));
          if (GoldText.speakerMatches(g.path("speaker").asText(), predicted)) {
            right++;
          } else {
            note(
                errors,
                d,
                "SPEAKER",
                snippet + " → " + predicted + " ≠ " + g.path("speaker").asText());
          }
        }
      }
      for (int i = 0; i < pred.size(); i++) {
        if (!used.contains(i)) {
          fp++;
          note(errors, d, "EXTRA", speaker(pred.get(i)) + ": " + abbrev(quoteText(pred.get(i))));
        }
      }
    }
    return new DevScores.Quotes(tp, fp, fn, right, named);
  }

  private static String quoteText(JsonNode q) {
    return text(q.path("text")) + " " + text(q.path("cue").path("text"));
  }

  private static String speaker(JsonNode q) {
    JsonNode sp = q.path("speaker");
    String canonical = text(sp.path("canonical"));
    return canonical.isEmpty() ? text(sp.path("text")) : canonical;
  }

  /** Time expressions: strict (same text, lead aside), relaxed (overlap), value accuracy. */
  public static DevScores.Timexes timexes(
      DevSet set, Map<String, JsonNode> out, List<String> errors) {
    int gold = 0;
    int predicted = 0;
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int valueDate = 0;
    for (DevSet.Document d : set.documents()) {
      List<JsonNode> pred = new ArrayList<>();
      for (JsonNode t : output(out, d).path("timexes")) {
        String type = text(t.path("type")).toUpperCase(Locale.ROOT);
        if (type.isEmpty() || type.equals("DATE") || type.equals("TIME")) {
          pred.add(t);
        }
      }
      List<JsonNode> golds = list(d.gold().path("timex"));
      gold += (int) golds.stream().filter(g -> !optionalTimex(g)).count();
      predicted += pred.size();
      Set<Integer> used = new HashSet<>();
      for (JsonNode g : golds) {
        String gt = lead(GoldText.norm(g.path("text").asText()));
        int best = -1;
        boolean exact = false;
        for (int i = 0; i < pred.size(); i++) {
          if (used.contains(i)) {
            continue;
          }
          String pt = lead(GoldText.norm(text(pred.get(i).path("text"))));
          if (pt.equals(gt)) {
            best = i;
            exact = true;
            break;
          }
          if (best < 0 && !pt.isEmpty() && overlaps(pt, gt)) {
            best = i;
          }
        }
        if (best < 0) {
          if (!optionalTimex(g)) {
            note(errors, d, "MISSED", g.path("text").asText() + " = " + g.path("value").asText());
          }
          continue;
        }
        used.add(best);
        if (optionalTimex(g)) {
          predicted--;
          continue;
        }
        relaxed++;
        String pv = text(pred.get(best).path("value")).toUpperCase(Locale.ROOT);
        if (exact) {
          strict++;
        } else {
          note(
              errors,
              d,
              "EXTENT",
              text(pred.get(best).path("text")) + " ≠ " + g.path("text").asText());
        }
        List<String> values = new ArrayList<>();
        values.add(g.path("value").asText());
        g.path("alt").forEach(v -> values.add(v.asText()));
        if (values.stream().anyMatch(v -> v.toUpperCase(Locale.ROOT).equals(pv))) {
          value++;
        } else {
          note(errors, d, "VALUE", g.path("text").asText() + " → " + pv + " ≠ " + values);
        }
        if (values.stream().anyMatch(v -> datePart(v).equals(datePart(pv)))) {
          valueDate++;
        }
      }
      for (int i = 0; i < pred.size(); i++) {
        if (!used.contains(i)) {
          note(
              errors,
              d,
              "EXTRA",
              text(pred.get(i).path("text")) + " = " + text(pred.get(i).path("value")));
        }
      }
    }
    return new DevScores.Timexes(gold, predicted, strict, relaxed, value, valueDate);
  }

  private static boolean optionalTimex(JsonNode g) {
    return unsure(g) || "publication".equals(g.path("role").asText(""));
  }

  private static String lead(String normalised) {
    String stripped = GoldText.stripLead(normalised);
    return stripped.isEmpty() ? normalised : stripped;
  }

  private static boolean overlaps(String pt, String gt) {
    if (gt.contains(pt) || pt.contains(gt)) {
      return true;
    }
    Set<String> g = new HashSet<>(GoldText.tokens(gt));
    g.removeAll(GoldText.TITLES);
    g.retainAll(new HashSet<>(GoldText.tokens(pt)));
    return !g.isEmpty();
  }

  private static String datePart(String v) {
    String upper = v.toUpperCase(Locale.ROOT);
    int t = upper.indexOf('T');
    return t < 0 ? upper : upper.substring(0, t);
  }

  /** Casualty statements: events with a count whose sentence covers the gold snippet. */
  public static DevScores.Casualties casualties(
      DevSet set, Map<String, JsonNode> out, List<String> errors) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int right = 0;
    int counted = 0;
    for (DevSet.Document d : set.documents()) {
      JsonNode a = output(out, d);
      String text = text(a.path("text"));
      List<JsonNode> events = new ArrayList<>();
      for (JsonNode e : a.path("events")) {
        if (!e.path("killed").isNull() && !e.path("killed").isMissingNode()
            || !e.path("injured").isNull() && !e.path("injured").isMissingNode()) {
          events.add(e);
        }
      }
      Set<Integer> used = new HashSet<>();
      for (JsonNode g : d.gold().path("casualties")) {
        String snippet = g.path("snippet").asText();
        int best = bestCover(events, used, e -> slice(text, e), snippet);
        if (best < 0) {
          if (!g.path("unsure").asBoolean(false)) {
            fn++;
            note(errors, d, "MISSED", counts(g) + ": " + snippet);
          }
          continue;
        }
        used.add(best);
        if (g.path("unsure").asBoolean(false)) {
          continue;
        }
        tp++;
        if (hasCount(g.path("killed")) || hasCount(g.path("injured"))) {
          counted++;
          JsonNode e = events.get(best);
          if (sameCount(e.path("killed"), g.path("killed"))
              && sameCount(e.path("injured"), g.path("injured"))) {
            right++;
          } else {
            note(errors, d, "COUNT", counts(e) + " ≠ " + counts(g) + ": " + snippet);
          }
        }
      }
      for (int i = 0; i < events.size(); i++) {
        if (!used.contains(i)) {
          fp++;
          note(
              errors,
              d,
              "EXTRA",
              counts(events.get(i)) + ": " + abbrev(slice(text, events.get(i))));
        }
      }
    }
    return new DevScores.Casualties(tp, fp, fn, right, counted);
  }

  private static boolean hasCount(JsonNode n) {
    return !n.isNull() && !n.isMissingNode();
  }

  /** Python's {@code ==} between a JSON number or null: absent and null are both None. */
  private static boolean sameCount(JsonNode predicted, JsonNode gold) {
    if (!hasCount(predicted) || !hasCount(gold)) {
      return !hasCount(predicted) && !hasCount(gold);
    }
    return predicted.isNumber()
        && gold.isNumber()
        && predicted.decimalValue().compareTo(gold.decimalValue()) == 0;
  }

  private static String counts(JsonNode n) {
    return "killed " + text(n.path("killed")) + ", injured " + text(n.path("injured"));
  }

  /** Events: the unused event whose sentence covers the snippet, same type first. */
  public static DevScores.Events events(
      DevSet set, Map<String, JsonNode> out, List<String> errors) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int types = 0;
    int subtypes = 0;
    for (DevSet.Document d : set.documents()) {
      JsonNode a = output(out, d);
      String text = text(a.path("text"));
      List<JsonNode> events = list(a.path("events"));
      Set<Integer> used = new HashSet<>();
      for (JsonNode g : d.gold().path("events")) {
        String snippet = g.path("snippet").asText();
        String type = g.path("type").asText("").toUpperCase(Locale.ROOT);
        int best = -1;
        boolean bestSame = false;
        double bestCover = 0;
        for (int i = 0; i < events.size(); i++) {
          if (used.contains(i)) {
            continue;
          }
          double c = GoldText.cover(snippet, slice(text, events.get(i)));
          if (c >= 0.8) {
            boolean same = text(events.get(i).path("type")).toUpperCase(Locale.ROOT).equals(type);
            if (best < 0 || (same && !bestSame) || (same == bestSame && c > bestCover)) {
              best = i;
              bestSame = same;
              bestCover = c;
            }
          }
        }
        if (best < 0) {
          if (!g.path("unsure").asBoolean(false)) {
            fn++;
            note(errors, d, "MISSED", type + "/" + g.path("subtype").asText() + ": " + snippet);
          }
          continue;
        }
        used.add(best);
        if (g.path("unsure").asBoolean(false)) {
          continue;
        }
        tp++;
        JsonNode e = events.get(best);
        String subtype = g.path("subtype").asText("").toLowerCase(Locale.ROOT);
        boolean typeRight = text(e.path("type")).toUpperCase(Locale.ROOT).equals(type);
        boolean subtypeRight = text(e.path("subtype")).toLowerCase(Locale.ROOT).equals(subtype);
        types += typeRight ? 1 : 0;
        subtypes += subtypeRight ? 1 : 0;
        if (!typeRight || !subtypeRight) {
          note(
              errors,
              d,
              "TYPE",
              text(e.path("type"))
                  + "/"
                  + text(e.path("subtype"))
                  + " ≠ "
                  + type
                  + "/"
                  + subtype
                  + ": "
                  + snippet);
        }
      }
      for (int i = 0; i < events.size(); i++) {
        if (!used.contains(i)) {
          fp++;
          JsonNode e = events.get(i);
          note(
              errors,
              d,
              "EXTRA",
              text(e.path("type"))
                  + "/"
                  + text(e.path("subtype"))
                  + " "
                  + text(e.path("trigger"))
                  + ": "
                  + abbrev(slice(text, e)));
        }
      }
    }
    return new DevScores.Events(tp, fp, fn, types, subtypes);
  }

  /** Python's {@code text[start:end]} (code points, clamped) over the predicted sentence span. */
  private static String slice(String text, JsonNode e) {
    int points = text.codePointCount(0, text.length());
    int start = clamp(e.path("start").asInt(0), points);
    int end = clamp(e.path("end").asInt(0), points);
    if (end <= start) {
      return "";
    }
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private static int clamp(int index, int length) {
    int i = index < 0 ? Math.max(0, length + index) : index;
    return Math.min(i, length);
  }

  /** The unused candidate that covers the snippet most (≥ 0.8, first of equals), or -1. */
  private static int bestCover(
      List<JsonNode> candidates,
      Set<Integer> used,
      java.util.function.Function<JsonNode, String> textOf,
      String snippet) {
    int best = -1;
    double bestCover = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      double c = GoldText.cover(snippet, textOf.apply(candidates.get(i)));
      if (c >= 0.8 && (best < 0 || c > bestCover)) {
        best = i;
        bestCover = c;
      }
    }
    return best;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> all = new ArrayList<>();
    array.forEach(all::add);
    return all;
  }

  private static String abbrev(String s) {
    String flat = s.replace('\n', ' ').strip();
    return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
  }
}
