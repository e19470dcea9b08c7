package org.vigie.event;

import java.util.List;

/**
 * The casualty vocabulary ({@code casualty-words.txt}) as the casualty rules ask it: the role of a
 * word (a toll noun, a verb of killing or injuring, a noun of people, a qualifier...), with the
 * phrases where "mort" names no death ("condamné à mort", "la peine de mort", "des menaces de
 * mort") read as no casualty word at all. Also the clause and auxiliary tests the rules share.
 * Immutable and thread-safe.
 */
final class CasualtyWords {
  /** Words looked back from a casualty word for a phrase that makes it no death. */
  private static final int PHRASE_REACH = 3;

  private final WordPatterns lexicon;

  CasualtyWords(WordPatterns lexicon) {
    this.lexicon = lexicon;
  }

  WordPatterns lexicon() {
    return lexicon;
  }

  /** The role of word {@code i} (its longest entry's label), or null. */
  String label(List<Word> words, int i) {
    WordPatterns.Match m = lexicon.longestAt(words, i);
    if (m == null) {
      return null;
    }
    String role = m.pattern().label();
    return casualtyWord(role) && inNoDeathPhrase(words, i) ? null : role;
  }

  /** "condamné à mort", "peine de mort": word {@code i} ends a phrase that names no death. */
  private boolean inNoDeathPhrase(List<Word> words, int i) {
    for (int start = i - 1; start >= Math.max(0, i - PHRASE_REACH); start--) {
      WordPatterns.Match m = lexicon.longestAt(words, start);
      if (m != null && m.end() > i && m.pattern().label().equals("no-death")) {
        return true;
      }
    }
    return false;
  }

  /** A verb or noun of killing or injuring ("tués", "blessés", "ont péri", "victimes"). */
  static boolean casualtyWord(String role) {
    return role != null && (role.startsWith("killed-") || role.startsWith("injured-"));
  }

  /**
   * A noun that counts the dead only after a figure ("quatre victimes", "six corps"): "une victime"
   * of an assault, "a été victime d'une agression" or "un corps social" count no one.
   */
  static boolean countOnly(String role) {
    return role != null && role.endsWith("-count-noun");
  }

  /** A noun of people ("soldats", "personnes") or a capitalised plural of origin ("Libyens"). */
  boolean person(String text, Word w) {
    if ("person".equals(label(List.of(w), 0))) {
      return true;
    }
    // A capitalised plural names people by origin ("six Libyens", "trois Syriens").
    String surface = text.substring(w.start(), w.end());
    return surface.length() > 3
        && Character.isUpperCase(surface.charAt(0))
        && surface.endsWith("s")
        && surface.chars().skip(1).allMatch(Character::isLowerCase);
  }

  /** A comma, semicolon, colon, full stop or parenthesis in {@code text[from, to)}. */
  static boolean endsClause(String text, int from, int to) {
    return breaks(text, from, to, true);
  }

  /**
   * A semicolon, colon, full stop or parenthesis in {@code text[from, to)}: commas alone set apart
   * the parts of one phrase ("85 civils, 26 soldats et 17 rebelles").
   */
  static boolean endsPhrase(String text, int from, int to) {
    return breaks(text, from, to, false);
  }

  private static boolean breaks(String text, int from, int to, boolean comma) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (comma && ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '(' || ch == ')') {
        return true;
      }
    }
    return false;
  }

  static boolean isAux(String form) {
    return form.equals("ont")
        || form.equals("sont")
        || form.equals("a")
        || form.equals("est")
        || form.equals("avaient")
        || form.equals("auraient")
        || form.equals("été")
        || form.equals("y");
  }
}
