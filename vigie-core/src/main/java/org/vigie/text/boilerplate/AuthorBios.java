package org.vigie.text.boilerplate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note about an author that a site prints at the end of an article: "Alain Dupont est
 * journaliste, spécialiste du Proche-Orient. Dernier ouvrage : …", "Consultant politique,
 * président-fondateur de l'institut. Dernier ouvrage en français : …". A short line with two words
 * of the bio vocabulary (resource {@code author-bios.txt}: professions of those who sign articles,
 * their works; a title quoted after the work's name counts as one) and no quotation before it. Only
 * the last lines of a body are read as bios, since an article may present a researcher in the same
 * words before quoting him. Stateless.
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

  /**
   * A work named with its title: "auteur de « … »", "vient de publier « … »", "dernier ouvrage : «
   * … »"; the quotation marks after it enclose titles ("(*) Philosophe, auteur de « Philosophie du
   * dandysme » (PUF), « Oscar Wilde » (Gallimard)"), not a quotation. At most three words between
   * the work and its title: "a publié une copie de la photo et commente « … »" quotes a comment.
   */
  private static final Pattern TITLED_WORK =
      Pattern.compile(
          "\\b(?:auteure?|autrice|publi\\p{L}*|ouvrages?|livres?|essais?|romans?)\\b"
              + "(?:[\\s\\u00a0]+[\\p{L}'’]+){0,3}?[\\s\\u00a0]*:?[\\s\\u00a0]*[«\"“]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern TITLES =
      Pattern.compile("«[^»]{0,300}»|\"[^\"]{0,300}\"|“[^”]{0,300}”");

  /** "(*)", "*": the note called by an asterisk after the author's name in the byline. */
  private static final Pattern NOTE_MARK = Pattern.compile("\\s*(?:\\(\\*+\\)|\\*+)\\s*\\p{L}");

  private static final char[] QUOTE_MARKS = {'«', '"', '“'};

  private AuthorBios() {}

  static boolean bio(String line) {
    Matcher title = TITLED_WORK.matcher(line);
    boolean titled = title.find();
    int titleAt = titled ? title.end() - 1 : line.length();
    // Quotation marks before the note names a work are someone's words: a quoted researcher.
    int quote = firstQuote(line);
    if (quote >= 0 && quote < titleAt) {
      return false;
    }
    // The titles are the works' names, not the note's length.
    String note =
        titled
            ? line.substring(0, titleAt) + TITLES.matcher(line.substring(titleAt)).replaceAll(" ")
            : line;
    List<String> words = FoldedWords.of(note);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return false;
    }
    // A title right after the work's name counts as an entry ("vient de publier « Au cœur … »"),
    // and so does the mark that calls the note from the byline ("(*) Auteur du livre …").
    int marks = (titled ? 1 : 0) + (NOTE_MARK.matcher(line).lookingAt() ? 1 : 0);
    return WORDS.classes(words).size() + marks >= MIN_ENTRIES;
  }

  private static int firstQuote(String line) {
    int first = -1;
    for (char mark : QUOTE_MARKS) {
      int at = line.indexOf(mark);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
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
