package org.vigie.nlp.lingua;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.vigie.language.DetectedLanguage;
import org.vigie.language.LanguageIdentifier;

/**
 * Language identification with Lingua, restricted to a configured set of languages: fewer
 * candidates means fewer models in memory and fewer confusions (Lingua's own advice). Lingua's
 * models load lazily and are shared by the JVM; detection is thread-safe.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {
  /** How far ahead of the runner-up the best language must be to be answered. */
  private static final double MINIMUM_RELATIVE_DISTANCE = 0.05;

  private final LanguageDetector detector;
  private final Set<String> candidates;

  /** Throws {@link IllegalArgumentException} naming a code Lingua does not know. */
  public LinguaLanguageIdentifier(List<String> isoCodes) {
    List<Language> languages = new ArrayList<>();
    Set<String> codes = new TreeSet<>();
    for (String code : isoCodes) {
      Language language;
      try {
        language = Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown language code '" + code + "'", e);
      }
      languages.add(language);
      codes.add(code.toLowerCase(Locale.ROOT));
    }
    LanguageDetectorBuilder builder =
        languages.size() == 1
            ? LanguageDetectorBuilder.fromLanguages(languages.get(0), Language.UNKNOWN)
            : LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0]));
    this.detector = builder.withMinimumRelativeDistance(MINIMUM_RELATIVE_DISTANCE).build();
    this.candidates = Set.copyOf(codes);
  }

  @Override
  public Set<String> candidates() {
    return candidates;
  }

  @Override
  public DetectedLanguage identify(String text) {
    // Lingua's detectLanguageOf computes these same values and applies the same distance rule; one
    // computation instead of two halves the cost of identification.
    SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(text);
    if (confidences.isEmpty()) {
      return null;
    }
    Language best = confidences.firstKey();
    double top = confidences.get(best);
    double second = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
      if (entry.getKey() != best) {
        second = Math.max(second, entry.getValue());
      }
    }
    if (best == Language.UNKNOWN
        || second != Double.NEGATIVE_INFINITY
            && (top == second || top - second < MINIMUM_RELATIVE_DISTANCE)) {
      return null;
    }
    String code = best.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return new DetectedLanguage(code, Math.max(0, Math.min(1, top)), "detected");
  }
}
