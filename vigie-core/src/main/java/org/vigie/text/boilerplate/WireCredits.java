package org.vigie.text.boilerplate;

import java.util.List;
import java.util.Set;
import org.vigie.lexicon.ResourceLines;

/**
 * The credit line that closes a wire-based article: the newsroom "avec" the agencies it drew on
 * ("Le Monde avec AFP et Reuters", "(avec AFP)", "La rédaction avec agences"; agency names from
 * resource {@code wire-agencies.txt}). It signs the article, so it stays with the body, though it
 * shares none of its terms and is too short to score as prose. Stateless and thread-safe.
 */
final class WireCredits {
  /** A credit is a newsroom and a few agencies. */
  static final int MAX_WORDS = 10;

  private static final Set<String> AGENCIES =
      Set.copyOf(ResourceLines.of(WireCredits.class, "wire-agencies.txt"));

  private WireCredits() {}

  /** Whether the line is a credit: words, "avec", then only agencies joined by "et". */
  static boolean credit(String line) {
    List<String> words = FoldedWords.of(line);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return false;
    }
    int with = words.indexOf("avec");
    if (with < 0 || with == words.size() - 1) {
      return false;
    }
    int agencies = 0;
    for (int i = with + 1; i < words.size(); i++) {
      String word = words.get(i);
      if (AGENCIES.contains(word)) {
        agencies++;
      } else if (!word.equals("et") && !word.equals("l")) {
        return false;
      }
    }
    return agencies > 0;
  }
}
