package org.vigie.text.boilerplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Links that send the reader to other pages, recognised by their class of words (resource {@code
 * reading-invitations.txt}) rather than by phrase: a short line opening with a verb of reading,
 * watching or following, addressed to the reader or used as a label, and followed by what to read
 * or a colon ("Lire notre dossier complet", "Revivez les événements de la journée", "Consultez
 * notre dossier : La tragédie syrienne", "Voir : La carte de la situation en Libye"), and the
 * site's recommendations ("La rédaction vous conseille"). An article's sentences do not open by
 * telling the reader what to read, and a comment that does is longer than a link. Immutable and
 * thread-safe.
 */
final class ReadingInvitations {
  /** A link is a label and a title: longer lines are prose. */
  static final int MAX_WORDS = 14;

  private static final String INVITE = "invite";
  private static final String OBJECT = "object";
  private static final String RECOMMENDATION = "recommendation";
  private static final String LABEL_END = "label-end";

  /** Longest bare link label, in words. */
  static final int MAX_LABEL_WORDS = 6;

  private static final ClassedPhrases WORDS =
      new ClassedPhrases(ReadingInvitations.class, "reading-invitations.txt");

  /** The words of series notices (resource {@code series-notices.txt}). */
  private static final ClassedPhrases SERIES =
      new ClassedPhrases(ReadingInvitations.class, "series-notices.txt");

  /** A series notice is a sentence or two: longer lines are prose. */
  static final int MAX_SERIES_WORDS = 40;

  /**
   * "> Relisez …", "• Voir …", "-> A voir :", ">> Lire :": a link marker before the label (not a
   * dash alone: list items).
   */
  private static final Pattern MARKER = Pattern.compile("^(?:[>»›→►▶•·▸◆■]|-+>|>>|=>)\\s*");

  /** The label and its colon ("Voir :", "Lire :"): what follows is the link's title. */
  private static final Pattern LABEL_COLON = Pattern.compile("^\\p{L}+\\s*:");

  /** After a link marker, "A voir :" and "A lire aussi :" are labels too. */
  private static final Pattern MARKED_LABEL =
      Pattern.compile("^(?:[àaÀA]\\s+)?(?:lire|voir)(?:\\s+aussi)?\\s*:", Pattern.CASE_INSENSITIVE);

  /**
   * A title in quotation marks after the label's colon or comma, closing the line ("Lire : « … »").
   */
  private static final Pattern QUOTED_TITLE =
      Pattern.compile("^[^«\"“:,]{0,40}[:,]\\s*[«\"“][^«»\"“”]*[»\"”]\\s*\\.?$");

  /** A second sentence in the line: the article goes on after the link. */
  private static final Pattern TWO_SENTENCES = Pattern.compile("[\\p{L}\\p{N}]{2}[.!?]\\s+\\p{Lu}");

  /** Longest link that names its piece or quotes its title, in words. */
  static final int MAX_TITLED_WORDS = 40;

  private static final String PIECE = "piece";

  private ReadingInvitations() {}

  /** Whether the line is a link to other reading: an invitation or a recommendation. */
  static boolean invitation(String line) {
    String stripped = line.strip();
    var marker = MARKER.matcher(stripped);
    boolean marked = marker.lookingAt();
    String text = marked ? stripped.substring(marker.end()) : stripped;
    List<String> words = FoldedWords.of(text);
    if (words.isEmpty() || words.size() > MAX_TITLED_WORDS) {
      return false;
    }
    if (marked && MARKED_LABEL.matcher(text).lookingAt() && !TWO_SENTENCES.matcher(text).find()
        || INVITE.equals(WORDS.classAt(words, 0)) && titled(text, words, marked)) {
      return true;
    }
    // A link's title has no full stop; advice in a sentence does ("Consultez les
    // recommandations du ministère.").
    if (text.endsWith(".") && !text.endsWith("...") || words.size() > MAX_WORDS) {
      return false;
    }
    if (WORDS.classes(words).contains(RECOMMENDATION)) {
      return true;
    }
    if (!INVITE.equals(WORDS.classAt(words, 0))) {
      return false;
    }
    return LABEL_COLON.matcher(text).lookingAt()
        || OBJECT.equals(WORDS.classAt(words, WORDS.lengthAt(words, 0)));
  }

  /**
   * Whether an invitation names what it points to, so that its title may be long and end on a full
   * stop: a piece of reading ("Lire le portrait de …", "Voir notre infographie, « … »", "Lire
   * l'entretien avec X : « … »"), a quoted title after its label ("Consultez notre dossier : « …
   * »."), or a link marker before a single sentence ("-> Lire aussi : le décryptage du discours par
   * X.").
   */
  private static boolean titled(String text, List<String> words, boolean marked) {
    int object = WORDS.lengthAt(words, 0);
    if (OBJECT.equals(WORDS.classAt(words, object))
        && PIECE.equals(WORDS.classAt(words, object + WORDS.lengthAt(words, object)))) {
      return true;
    }
    if (QUOTED_TITLE.matcher(text).lookingAt()) {
      return true;
    }
    return marked && words.size() <= MAX_WORDS + 6 && !TWO_SENTENCES.matcher(text).find();
  }

  /**
   * Whether an invitation is a bare label whose link's title is printed on the next line: short, no
   * colon, and ending on what it points to ("Lire notre dossier complet", "La rédaction vous
   * conseille").
   */
  static boolean bareLabel(String line) {
    List<String> words = FoldedWords.of(line);
    return !words.isEmpty()
        && words.size() <= MAX_LABEL_WORDS
        && line.indexOf(':') < 0
        && LABEL_END.equals(WORDS.classAt(words, words.size() - 1));
  }

  /**
   * Whether the line says which series or dossier the piece belongs to ("Ce billet fait partie de
   * notre dossier sur la Libye.", "Cet article est extrait de notre série spéciale"): the piece, a
   * verb of belonging, a collection. A link to the dossier, printed above or below the article,
   * with a full stop or not.
   */
  static boolean seriesNotice(String line) {
    List<String> words = FoldedWords.of(line);
    if (words.isEmpty() || words.size() > MAX_SERIES_WORDS) {
      return false;
    }
    if (!"piece".equals(SERIES.classAt(words, 0))) {
      return false;
    }
    int verb = SERIES.lengthAt(words, 0);
    if (!"belonging".equals(SERIES.classAt(words, verb))) {
      return false;
    }
    return SERIES.classes(words.subList(verb, words.size())).contains("collection");
  }
}
