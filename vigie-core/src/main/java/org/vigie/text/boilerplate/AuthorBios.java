package org.vigie.text.boilerplate;

import java.util.List;

/**
 * The note about an author that a site prints at the end of an article: "Alain Dupont est
 * journaliste, spécialiste du Proche-Orient. Dernier ouvrage : …", "Consultant politique,
 * président-fondateur de l'institut. Dernier ouvrage en français : …". A short line with two words
 * of the bio vocabulary (resource {@code author-bios.txt}: professions of those who sign articles,
 * their works) and no quotation in it. Only the last lines of a body are read as bios, since an
 * article may present a researcher in the same words before quoting him. Stateless.
 */
final class AuthorBios {
  /** A bio is a sentence or two. */
  static final int MAX_WORDS = 45;

  /** Entries of the vocabulary a bio uses. */
  static final int MIN_ENTRIES = 2;

  /** How many of the body's last lines may be a bio or follow one. */
  static final int TAIL_LINES = 3;

  private static final ClassedPhrases WORDS =
      new ClassedPhrases(AuthorBios.class, "author-bios.txt");

  private AuthorBios() {}

  static boolean bio(String line) {
    List<String> words = FoldedWords.of(line);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return false;
    }
    if (line.indexOf('«') >= 0 || line.indexOf('"') >= 0 || line.indexOf('“') >= 0) {
      return false;
    }
    return WORDS.classes(words).size() >= MIN_ENTRIES;
  }

  /**
   * The body's new end when one of its last {@link #TAIL_LINES} lines (chrome left out) is a bio:
   * the bio and what follows it go. {@code end} otherwise.
   */
  static int cut(List<String> texts, boolean[] chrome, int start, int end) {
    int seen = 0;
    int cut = end;
    for (int i = end - 1; i > start && seen < TAIL_LINES; i--) {
      if (chrome[i]) {
        continue;
      }
      seen++;
      if (bio(texts.get(i))) {
        cut = i;
      }
    }
    return cut;
  }
}
