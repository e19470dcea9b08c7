package org.vigie.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fullest form an article gives an organisation, as the guidelines name a speaker ("the fullest
 * name the article gives"):
 *
 * <ul>
 *   <li>a shorter form of a name given in full: "le Trésor" after "le département du Trésor
 *       américain", "le Haut commissariat des Nations unies" after "… pour les réfugiés";
 *   <li>a generic institution noun for the one named before with that noun: "le régime" after "le
 *       régime libyen", "l'agence" after "l'agence égyptienne Mena";
 *   <li>an acronym the article never expands, by the initials of a name it gives: "RSF" after
 *       "Reporters sans frontières".
 * </ul>
 *
 * Forms are learnt with their offset and only earlier forms (or, for names and acronyms, any form
 * of the article) are used. One instance per document; not thread-safe; linear in the forms.
 */
final class OrganisationNames {
  /** Words left out of initials: "Observatoire syrien des droits de l'Homme" is OSDH. */
  private static final Set<String> LINK_WORDS =
      Set.of("de", "des", "du", "d", "la", "le", "les", "l", "et", "pour", "en", "à", "au", "aux");

  /** Bounds the forms kept per article (hostile input: an article made of names). */
  static final int MAX_FORMS = 2_000;

  private record Form(String text, List<String> keys, String head, int offset) {}

  private final List<Form> forms = new ArrayList<>();

  /**
   * Learns a form of an organisation's name at {@code offset}; {@code head} is its institution noun
   * ("régime" in "régime libyen"), or null for a proper name ("Reporters sans frontières").
   */
  void learn(String text, String head, int offset) {
    String clean = bare(text);
    if (clean.isEmpty() || forms.size() >= MAX_FORMS) {
      return;
    }
    forms.add(new Form(clean, keys(clean), head, offset));
  }

  /**
   * The fullest form of the article that contains {@code name} word for word and is longer
   * ("Trésor" → "département du Trésor américain"), else the name expanded by its initials when it
   * is an acronym ("RSF" → "Reporters sans frontières"), else null.
   */
  String fullest(String name) {
    List<String> wanted = keys(name);
    if (wanted.isEmpty()) {
      return null;
    }
    Form best = null;
    for (Form f : forms) {
      if (f.keys().size() > wanted.size()
          && contains(f.keys(), wanted)
          && (best == null || f.keys().size() > best.keys().size())) {
        best = f;
      }
    }
    if (best != null) {
      return best.text();
    }
    return isAcronym(name) ? byInitials(name.strip()) : null;
  }

  /**
   * The latest form before {@code offset} headed by {@code head} that holds every word of the
   * generic mention and more ("le régime" → "régime libyen"), or null.
   */
  String namedBefore(String head, List<String> words, int offset) {
    if (head == null) {
      return null;
    }
    List<String> wanted = new ArrayList<>();
    for (String w : words) {
      wanted.addAll(keys(w));
    }
    for (int i = forms.size() - 1; i >= 0; i--) {
      Form f = forms.get(i);
      if (f.offset() < offset
          && head.equals(f.head())
          && f.keys().size() > wanted.size()
          && f.keys().containsAll(wanted)) {
        return f.text();
      }
    }
    return null;
  }

  private String byInitials(String acronym) {
    String wanted = acronym.toLowerCase(Locale.ROOT);
    for (Form f : forms) {
      // initials of the words as written: the keys' transliterations ("dh" → "d") would hide them
      StringBuilder initials = new StringBuilder();
      String[] words = f.text().split("[\\s'’()-]+");
      for (String w : words) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && !LINK_WORDS.contains(lower)) {
          initials.append(
              Normalizer.normalize(lower.substring(0, 1), Normalizer.Form.NFD).charAt(0));
        }
      }
      if (words.length > 1 && initials.toString().equals(wanted)) {
        return f.text();
      }
    }
    return null;
  }

  private static boolean isAcronym(String name) {
    String s = name.strip();
    return s.length() >= 2
        && s.length() <= 8
        && s.chars().allMatch(Character::isLetter)
        && s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static boolean contains(List<String> longer, List<String> shorter) {
    for (int i = 0; i + shorter.size() <= longer.size(); i++) {
      if (longer.subList(i, i + shorter.size()).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** The folded words of a form: "l'Observatoire syrien" → [l, observatoire, syrien]. */
  static List<String> keys(String text) {
    List<String> keys = new ArrayList<>();
    for (String w : text.split("[\\s'’()-]+")) {
      String k = SpeakerNames.key(w);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return keys;
  }

  /** A form without its leading article: "le régime libyen" → "régime libyen". */
  private static String bare(String text) {
    String t = text.strip();
    for (String det : List.of("le ", "la ", "les ", "l'", "l’")) {
      if (t.regionMatches(true, 0, det, 0, det.length())) {
        return t.substring(det.length()).strip();
      }
    }
    return t;
  }
}
