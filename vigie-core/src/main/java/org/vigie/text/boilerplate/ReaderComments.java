package org.vigie.text.boilerplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reader comments without a marker line: comment-shaped lines at the end of a page. A line is
 * comment-shaped when it shows two signs of a reader writing rather than a journalist (resource
 * {@code reader-comments.txt} for the words): the first person, addressing the author or other
 * readers, speaking of the article or the media, a spoken or judging register ("n'importe quoi",
 * "bref"), loud punctuation ("!!", "??", "....", a closing "!"), punctuation glued to the next word
 * ("normal?l'armée") or a sentence glued to the next ("pas.Si on est"), an ellipsis or doubled
 * stop, a reply that opens on the name of the reader answered and their quoted words, a lower-case
 * start, a run of capitals amid lower case. Quoted speech is set aside first: a journalist quotes
 * first persons and exclamations, a reader writes them. A quoted tweet ("@handle …"), a line after
 * an introduction ending with a colon and an interview's answer after its question are the
 * article's, as are dialogue or list lines ("- Évitez …"). Stateless.
 *
 * <p>The block decision: the page's tail from a comment-shaped line on goes when most of its lines
 * are comment-shaped (two thirds, or half right after a line of chrome), and the article keeps at
 * least {@link #MIN_BODY_PROSE} lines of prose before it; or when it is a readers' thread, fifty
 * lines or more of which half show a sign and a fifth are comment-shaped, three times the article's
 * prose (a blog's discussion without a marker line). "Ce ne sont pas des nouvelles fraiches tout
 * ça" after "… Moscou.» / » Lire aussi …" goes; a quoted «Je n'ai rien vu !» in the body stays.
 */
final class ReaderComments {
  /** Signs a line needs to be comment-shaped. */
  static final int MIN_SIGNS = 2;

  /** Lines of prose the article keeps before its comments. */
  static final int MIN_BODY_PROSE = 2;

  /** Fewest lines of a readers' thread without a marker line ({@link #thread}). */
  static final int THREAD_LINES = 50;

  /** How many times over a readers' thread outweighs the article's prose before it. */
  static final int THREAD_OUTWEIGHS = 3;

  /** Longest line read for signs: a hostile line is cut, not scanned whole. */
  private static final int MAX_CHARS = 3000;

  private static final ClassedPhrases SIGNS =
      new ClassedPhrases(ReaderComments.class, "reader-comments.txt");

  private static final Pattern QUOTED =
      Pattern.compile("«[^»]{0,600}»|\"[^\"]{0,600}\"|“[^”]{0,600}”");
  private static final Pattern LOUD = Pattern.compile("[!?]{2,}|\\.{4,}|!\\s*$");
  // A comment box loses the reader's line breaks and spaces: "pas.Si on est", "histoire.Al
  // Quaïda", "plainte ?L'Égypte"; an article's sentences are typeset.
  private static final Pattern GLUED =
      Pattern.compile(
          "\\p{Ll}[?!;:,]\\p{L}|\\p{Ll}{2}[.?!]\\p{Lu}\\p{Ll}|[\\s\\u00a0\\u202f][?!]\\p{Lu}");
  // A trailing-off ellipsis, typed as three stops, one character or the reader's two stops.
  private static final Pattern ELLIPSIS =
      Pattern.compile("(?<![(\\[])(?:\\.\\.\\.|…)(?![)\\]])|(?<!\\.)\\.\\.(?![.)\\]/])");
  private static final Pattern SHOUT = Pattern.compile("(?:\\b\\p{Lu}{2,}\\b[\\s,'’]+){3}");
  private static final Pattern QUOTATION_OPENING = Pattern.compile("^(?:@\\w|[-–—•]|\\d+[-.)] )");

  /**
   * A reply to another reader, opened by the name of the one answered and the words answered
   * ("@Catherine Besse"N'en déplaise …"Moi aussi."): a quoted tweet names its author before a space
   * or a colon, not glued to a quotation.
   */
  private static final Pattern REPLY =
      Pattern.compile("^@[^\\s\"«“@]{1,30}(?: [^\\s\"«“@]{1,30})?[\"«“]");

  private ReaderComments() {}

  /** How many signs of a reader's writing the line shows (each class once). */
  static int signs(String line) {
    String text = line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) : line;
    String unquoted = QUOTED.matcher(text.strip()).replaceAll(" ").strip();
    if (unquoted.isEmpty()) {
      return 0;
    }
    Set<String> classes = new HashSet<>(SIGNS.classes(FoldedWords.of(unquoted)));
    int signs = classes.size();
    if (REPLY.matcher(text.strip()).lookingAt()) {
      signs++;
    }
    if (LOUD.matcher(unquoted).find()) {
      signs++;
    }
    if (GLUED.matcher(unquoted).find()) {
      signs++;
    }
    if (ELLIPSIS.matcher(unquoted).find()) {
      signs++;
    }
    if (Character.isLowerCase(unquoted.charAt(0))) {
      signs++;
    }
    if (SHOUT.matcher(unquoted).find()
        && !unquoted.equals(unquoted.toUpperCase(java.util.Locale.ROOT))) {
      signs++;
    }
    return signs;
  }

  /** Whether the line reads as a reader's comment, {@code previous} being the line before it. */
  static boolean shaped(String line, String previous) {
    return readerSigns(line, previous) >= MIN_SIGNS;
  }

  /**
   * The signs of a reader's writing the line shows where it stands: none for a quotation's or a
   * list's line, or for the line after an introduction ("X écrit :") or an interview's question,
   * which is a quotation or an answer in the first person, not a reader's.
   */
  static int readerSigns(String line, String previous) {
    String stripped = line.strip();
    if (QUOTATION_OPENING.matcher(stripped).lookingAt() && !REPLY.matcher(stripped).lookingAt()) {
      return 0;
    }
    if (previous != null && (previous.strip().endsWith(":") || previous.strip().endsWith("?"))) {
      return 0;
    }
    return signs(stripped);
  }

  /**
   * Where the reader comments of the page begin, searching from the body's {@code start}: the first
   * comment-shaped line whose tail (its non-chrome lines of four words or more, to the end of the
   * page) is mostly comment-shaped, or is a readers' thread ({@link #thread}); {@code texts.size()}
   * when there is none. Linear in the page's lines: the tail's counts are suffix sums, each line
   * read for signs once.
   */
  static int tailStart(
      List<String> texts, List<LineProfile> profiles, boolean[] chrome, int start) {
    int n = texts.size();
    boolean[] shaped = new boolean[n];
    int[] considered = new int[n + 1];
    int[] shapedAfter = new int[n + 1];
    int[] markedAfter = new int[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      boolean counts = !chrome[i] && profiles.get(i).words() >= 4;
      // A link's title ending in "?" or ":" is the site's, not a question the line answers.
      String previous = i > 0 && !chrome[i - 1] ? texts.get(i - 1) : null;
      int signs = counts && i >= start ? readerSigns(texts.get(i), previous) : 0;
      shaped[i] = signs >= MIN_SIGNS;
      considered[i] = considered[i + 1] + (counts ? 1 : 0);
      shapedAfter[i] = shapedAfter[i + 1] + (shaped[i] ? 1 : 0);
      markedAfter[i] = markedAfter[i + 1] + (signs > 0 ? 1 : 0);
    }
    int prose = 0;
    for (int k = start; k < n; k++) {
      if (shaped[k] && prose >= MIN_BODY_PROSE) {
        boolean afterChrome = k > 0 && chrome[k - 1];
        int s = shapedAfter[k];
        int c = considered[k];
        if (s >= 2 && 3 * s >= 2 * c
            || afterChrome && 2 * s >= c
            || thread(c, s, markedAfter[k], prose)) {
          return k;
        }
      }
      if (!chrome[k] && profiles.get(k).prose()) {
        prose++;
      }
    }
    return n;
  }

  /**
   * Whether a tail of {@code considered} lines, {@code shaped} of them comment-shaped and {@code
   * marked} showing at least one sign, is a readers' thread under an article of {@code bodyProse}
   * lines: a blog's or a forum's discussion runs to hundreds of lines of argument, most of them
   * addressing someone or saying "je", only some with two signs, and outweighs the article it
   * discusses several times over. An interview or a long report in the first person has its answers
   * after questions and keeps to the length of an article.
   */
  static boolean thread(int considered, int shaped, int marked, int bodyProse) {
    return considered >= THREAD_LINES
        && 2 * marked >= considered
        && 5 * shaped >= considered
        && considered >= THREAD_OUTWEIGHS * bodyProse;
  }
}
