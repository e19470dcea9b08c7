package org.vigie.names;

/**
 * Whether two name words, already folded to their {@link NameKeys#key keys} (which fold doubled
 * letters and the usual transliterations), are one word spelt two ways by a reporter: one letter
 * for another ("Saleh", "Salih"; "Lahmidi", "Lahnidi") or two letters swapped ("Samir", "Smair").
 * Transliterations from Arabic vary this way within a single article. Words shorter than five
 * letters never match: "Sami" and "Rami", "Omar" and "Amar" are other names. A letter added or
 * dropped is no variant ("Amani" is not "Amrani", "Zaitoun" not "Zaitouneh"). Stateless; linear in
 * the words' length.
 */
public final class SpellingVariants {
  /** Shortest word that may be spelt two ways. */
  static final int MIN_LETTERS = 5;

  private SpellingVariants() {}

  /** Whether two different keys of one word are spellings of it; equal keys are not variants. */
  public static boolean variants(String a, String b) {
    int first = firstDifference(a, b);
    return first > 0 && (a.substring(first + 1).equals(b.substring(first + 1)) || swapped(a, b));
  }

  /**
   * Whether two keys differ by two letters swapped only, a slip of the keyboard ("Samir", "Smair"):
   * all a first name may differ by, since a letter for another makes another first name ("Mohamed",
   * "Mohammad").
   */
  public static boolean swapped(String a, String b) {
    int first = firstDifference(a, b);
    return first > 0
        && first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }

  /**
   * Where two single words of one length, long enough, first differ in a letter; -1 when they may
   * not be spellings of one word (equal, short, of other lengths, or differing in the first letter,
   * which is how a name is heard, or in a digit).
   */
  private static int firstDifference(String a, String b) {
    if (a.equals(b)
        || a.length() < MIN_LETTERS
        || a.length() != b.length()
        || a.indexOf(' ') >= 0
        || b.indexOf(' ') >= 0) {
      return -1;
    }
    int first = 0;
    while (a.charAt(first) == b.charAt(first)) {
      first++;
    }
    boolean letters = Character.isLetter(a.charAt(first)) && Character.isLetter(b.charAt(first));
    return first > 0 && letters ? first : -1;
  }
}
