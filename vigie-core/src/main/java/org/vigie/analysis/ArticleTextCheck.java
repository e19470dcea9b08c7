package org.vigie.analysis;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Article;
import org.vigie.model.Diagnostic;

/**
 * One rule for documents without article text (a script-only page, a one-character file, a page
 * whose every block is chrome, a page in a script Vigie does not analyse): in a batch ({@link
 * BatchAnalyzer}) the document fails with its reason and is never stored or counted as analysed.
 * Stateless and thread-safe.
 */
final class ArticleTextCheck {
  /** Fewer letters than this in the cleaned text is no article. */
  static final int MIN_LETTERS = 2;

  private static final int SCRIPT_SAMPLE = 20_000;

  private ArticleTextCheck() {}

  /** Why {@code article} has no article text, or {@code null} when it has some. */
  static String noText(Article article, RawArticle raw) {
    String text = article.text();
    long letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    if (letters >= MIN_LETTERS) {
      return null;
    }
    String language = unanalysedLanguage(raw.content());
    if (language != null) {
      return "language " + language + " not analysed (no French or other Latin-script text)";
    }
    for (Diagnostic d : article.diagnostics()) {
      if (d.code().equals("no-content")) {
        return "no article text: " + d.message();
      }
    }
    return text.isBlank()
        ? "no article text (nothing left once markup, scripts and chrome are removed)"
        : "no article text (fewer than " + MIN_LETTERS + " letters)";
  }

  /**
   * The language of a text written mostly in a script Vigie does not analyse (Chinese, Japanese,
   * Korean, Thai...), by the script of most of its letters outside markup; {@code null} for Latin.
   */
  static String unanalysedLanguage(String content) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    boolean inTag = false;
    int letters = 0;
    for (int i = 0; i < Math.min(content.length(), SCRIPT_SAMPLE); i++) {
      char c = content.charAt(i);
      if (c == '<') {
        inTag = true;
      } else if (c == '>') {
        inTag = false;
      } else if (!inTag && Character.isLetter(c)) {
        letters++;
        counts.merge(UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    UnicodeScript main = null;
    int best = 0;
    for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        main = e.getKey();
      }
    }
    if (main == null || main == UnicodeScript.LATIN || best * 2 < letters) {
      return null;
    }
    return switch (main) {
      case HAN -> "zh";
      case HIRAGANA, KATAKANA -> "ja";
      case HANGUL -> "ko";
      case THAI -> "th";
      case ARABIC -> "ar";
      case HEBREW -> "he";
      case CYRILLIC -> "ru";
      case GREEK -> "el";
      default -> main.name().toLowerCase(Locale.ROOT);
    };
  }
}
