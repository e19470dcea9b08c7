package org.vigie.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.lexicon.ResourceLines;

/**
 * The words of a role as the resolver compares them (resource {@code role-words.txt}): other names
 * of one role ("le chef de l'État" → président, "le chef du Quai d'Orsay" → ministre des Affaires
 * étrangères) and the words that make a different role of the same noun ("Premier ministre",
 * "secrétaire général"). Immutable; thread-safe.
 */
final class RoleWords {
  private record Equivalent(Set<String> from, List<String> to) {}

  private static final RoleWords DEFAULT =
      new RoleWords(ResourceLines.of(RoleWords.class, "role-words.txt"));

  private final List<Equivalent> equivalents = new ArrayList<>();
  private final Set<String> distinctive = new HashSet<>();

  RoleWords(List<String> lines) {
    String section = "";
    for (String raw : lines) {
      String line = raw.toLowerCase(Locale.ROOT);
      if (line.startsWith("[")) {
        section = line;
      } else if (section.equals("[equivalent]") && line.contains("=")) {
        String[] sides = line.split("=", 2);
        equivalents.add(
            new Equivalent(
                Set.of(sides[0].strip().split("\\s+")), List.of(sides[1].strip().split("\\s+"))));
      } else if (section.equals("[distinctive]")) {
        distinctive.add(line.strip());
      }
    }
  }

  static RoleWords standard() {
    return DEFAULT;
  }

  /**
   * A role's words read through its other names: "chef", "état" → "président"; words without an
   * equivalent stay.
   */
  List<String> normalised(List<String> words) {
    Set<String> out = new LinkedHashSet<>(words);
    for (Equivalent e : equivalents) {
      if (out.containsAll(e.from())) {
        out.removeAll(e.from());
        out.addAll(e.to());
      }
    }
    return List.copyOf(out);
  }

  /** The head noun once the role is read through its other names ("chef de l'État" → président). */
  String head(String head, List<String> words, List<String> normalised) {
    if (head == null || normalised.contains(head)) {
      return head;
    }
    for (Equivalent e : equivalents) {
      if (words.containsAll(e.from()) && e.from().contains(head)) {
        for (String w : e.to()) {
          if (!distinctive.contains(w)) {
            return w; // "premier ministre" is headed by "ministre"
          }
        }
      }
    }
    return head;
  }

  /** Whether a word makes a different role of the same noun ("premier", "adjoint"). */
  boolean distinctive(String word) {
    return distinctive.contains(word);
  }

  /** Whether two roles agree on their distinctive words ("Premier ministre" ≠ "ministre"). */
  boolean sameKind(Iterable<String> a, Iterable<String> b) {
    Set<String> da = new HashSet<>();
    Set<String> db = new HashSet<>();
    a.forEach(w -> addIfDistinctive(w, da));
    b.forEach(w -> addIfDistinctive(w, db));
    return da.equals(db);
  }

  private void addIfDistinctive(String w, Set<String> into) {
    if (distinctive.contains(w)) {
      into.add(w.replaceAll("e$", "")); // "adjointe" and "adjoint" are one distinction
    }
  }
}
