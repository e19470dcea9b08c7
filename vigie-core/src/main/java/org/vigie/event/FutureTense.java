package org.vigie.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.lexicon.ResourceLines;

/**
 * The simple future, which states a plan rather than a fact: "les membres du comité se rendront à
 * Tripoli dimanche", "la réunion aura lieu mardi", "l'armée bombardera". A lower-case word is in
 * the future when it ends with a future ending after at least one letter of stem ("participera",
 * "se réuniront", "viendra", "devront") or is one of the short irregular forms ("aura", "iront");
 * both come from {@code future-tense.txt}. A capitalised word is a name ("Taubira"). Immutable and
 * thread-safe.
 */
final class FutureTense {
  private final List<String> endings = new ArrayList<>();
  private final Set<String> forms = new HashSet<>();

  FutureTense(List<String> lines) {
    for (String line : lines) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException("future line is not KIND STRING: " + line);
      }
      switch (parts[0]) {
        case "ending" -> endings.add(parts[1]);
        case "form" -> forms.add(parts[1]);
        default -> throw new IllegalArgumentException("unknown future kind: " + line);
      }
    }
  }

  static FutureTense resource(String name) {
    return new FutureTense(ResourceLines.of(FutureTense.class, name));
  }

  /** Whether the word at {@code w} in {@code text} is a verb in the simple future. */
  boolean test(String text, Word w) {
    if (!Character.isLowerCase(text.charAt(w.start()))) {
      return false;
    }
    String form = w.form();
    int apostrophe = form.indexOf('\'');
    if (apostrophe >= 0) {
      form = form.substring(apostrophe + 1); // "s'affichera", "n'existera"
    }
    if (forms.contains(form)) {
      return true;
    }
    for (String ending : endings) {
      if (form.length() > ending.length() && form.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
