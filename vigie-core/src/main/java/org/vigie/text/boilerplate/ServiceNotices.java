package org.vigie.text.boilerplate;

import java.util.List;

/**
 * Service notices a site prints around its articles, recognised by the vocabulary of their class
 * rather than by phrase (resource {@code service-notices.txt}): paywall, account, device, cookie,
 * comment, share, newsletter and data-protection notices. A line is a notice when it uses a class's
 * words and addresses the reader ("Vous pouvez lire ce journal sur un seul appareil à la fois"), or
 * uses two entries of the lexicon ("Ce message s'affichera sur l'autre appareil"). News prose
 * speaks of readers' accounts and devices rarely, and not to the reader. Immutable and thread-safe.
 */
final class ServiceNotices {
  /** Notices are a few sentences at most: longer lines are prose. */
  static final int MAX_WORDS = 45;

  /**
   * A legal notice runs longer than other notices ("Votre adresse nous sert à … Conformément à la
   * loi …, vous disposez d'un droit d'accès, de rectification …"): up to this many words, a line
   * with {@value #CERTAIN_ENTRIES} entries is still one.
   */
  static final int MAX_CERTAIN_WORDS = 90;

  /** Lines this short may be notices on two entries alone. */
  static final int SHORT_WORDS = 20;

  private static final String ADDRESS = "address";

  /** The class of notices about commenting: its rules, moderation, form and feed. */
  static final String COMMENT = "comment";

  private final ClassedPhrases lexicon =
      new ClassedPhrases(ServiceNotices.class, "service-notices.txt");

  /** Entries of one line that make it a notice wherever it stands. */
  static final int CERTAIN_ENTRIES = 3;

  /**
   * A line found to be a notice: its class, and whether it holds so many of the class's entries
   * ({@value #CERTAIN_ENTRIES}) that no sentence of news would ("les commentaires … seront modérés
   * a priori", after "modérés a posteriori").
   */
  record Notice(String reason, boolean certain) {}

  /** The notice's class when the line is one, else null. */
  String reason(String line) {
    Notice notice = read(line);
    return notice == null ? null : notice.reason();
  }

  /** The notice the line is, or null. */
  Notice read(String line) {
    List<String> words = FoldedWords.of(line);
    if (words.isEmpty() || words.size() > MAX_CERTAIN_WORDS) {
      return null;
    }
    boolean address = false;
    String first = null;
    int hits = 0;
    for (String cls : lexicon.classes(words)) {
      if (cls.equals(ADDRESS)) {
        address = true;
      } else {
        hits++;
        first = first == null ? cls : first;
      }
    }
    // Two entries without an address: a news sentence may name "son compte Twitter" once, not
    // "compte" and "appareil" and "ce message" in one short line.
    boolean certain = hits >= CERTAIN_ENTRIES;
    if (words.size() > MAX_WORDS && !certain) {
      return null;
    }
    boolean dense = certain || hits >= 2 && words.size() <= SHORT_WORDS;
    return first != null && (address || dense) ? new Notice(first, certain) : null;
  }
}
