package org.vigie.text.damage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.model.Damage;

/**
 * Flags places where scraping evidently dropped words (link texts lost with their links), without
 * ever guessing them. French grammar gives them away: an elided article before a space ("entre l'
 * et l',"), a determiner followed by a conjunction or punctuation ("pour la et la coopération"), an
 * article that should have elided before a vowel ("dans le occupé"), and a determiner straight
 * before a conjugated verb after "que" or a clause boundary ("que la continuerait", where "la
 * Russie" lost "Russie"; a lexicon tells verbs from nouns). Each is a {@link Damage} of kind {@code
 * missing-words} over the words around the gap. Stateless and thread-safe.
 */
public final class DamageDetector {
  private static final String KIND = "missing-words";

  private static final Pattern ELIDED_BEFORE_SPACE =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\\s+[\\p{L},.;:)]|[,.;:])");
  private static final Pattern DETERMINER_THEN_BREAK =
      Pattern.compile(
          "(?<![\\p{L}\\d'’-])(?i:le|la|les|un|une|des|du|au|aux|ces|cette|son|sa|ses|mon|ma|mes)"
              + "(?:\\s+(?:et|ou)\\b|\\s*[,;:.!?)]\\s)");
  private static final Pattern NO_ELISION =
      Pattern.compile(
          "(?<![\\p{L}\\d'’-])(?i:le|la|de|que|ne|je|se|me|te)\\s+(?<word>[aeiouéèêâîôû]\\p{Ll}+)");
  private static final Set<String> ASPIRATED_OR_NAMES =
      Set.of("un", "une", "onze", "onzième", "oui", "ouate", "uhlan", "ululement", "ouistiti");
  private static final Pattern DETERMINER_THEN_WORD =
      Pattern.compile(
          "(?:^|[,;:.]\\s*|(?<![\\p{L}])(?i:que|qu'|qu’|et|mais|ou|car|dont|selon)\\s+)"
              + "(?<det>(?i:le|la|les))\\s+(?<word>\\p{Ll}[\\p{Ll}-]+)");

  private final Lexicon lexicon;

  public DamageDetector(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  public List<Damage> detect(String text) {
    List<Damage> found = new ArrayList<>();
    Matcher m = ELIDED_BEFORE_SPACE.matcher(text);
    while (m.find()) {
      found.add(new Damage(m.start(), m.end(), KIND));
    }
    m = DETERMINER_THEN_BREAK.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      found.add(new Damage(m.start(), end, KIND));
    }
    m = NO_ELISION.matcher(text);
    while (m.find()) {
      String word = m.group("word");
      if (!ASPIRATED_OR_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
        found.add(new Damage(m.start(), m.end(), KIND));
      }
    }
    m = DETERMINER_THEN_WORD.matcher(text);
    while (m.find()) {
      if (onlyFiniteVerb(m.group("word"))) {
        found.add(new Damage(m.start("det"), m.end("word"), KIND));
      }
    }
    return merge(found);
  }

  /** Whether every reading of the word is a conjugated verb (no noun, adjective or participle). */
  private boolean onlyFiniteVerb(String word) {
    List<WordForm> readings = lexicon.analyses(word);
    if (readings.isEmpty()) {
      return false;
    }
    for (WordForm reading : readings) {
      String tag = reading.tag();
      boolean finite =
          tag.startsWith("V")
              && (tag.contains(" ind ")
                  || tag.contains(" con ")
                  || tag.contains(" sub ")
                  || tag.contains(" imp "));
      if (!finite) {
        return false;
      }
    }
    return true;
  }

  /** Sorted, with overlapping spans joined (several rules may see the same gap). */
  private static List<Damage> merge(List<Damage> found) {
    found.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : a.end() - b.end());
    List<Damage> merged = new ArrayList<>();
    for (Damage d : found) {
      Damage last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && d.start() < last.end()) {
        merged.set(
            merged.size() - 1, new Damage(last.start(), Math.max(last.end(), d.end()), KIND));
      } else {
        merged.add(d);
      }
    }
    return merged;
  }
}
