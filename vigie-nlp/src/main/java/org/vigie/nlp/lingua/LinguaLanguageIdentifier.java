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
    this.detector = builder.withMinimumRelativeDistance(0.05).build();
    this.candidates = Set.copyOf(codes);
  }

  @Override
  public Set<String> candidates() {
    return candidates;
  }

  @Override
  public DetectedLanguage identify(String text) {
    Language best = detector.detectLanguageOf(text);
    if (best == Language.UNKNOWN) {
      return null;
    }
    SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(text);
    double confidence = 0;
    for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
      if (entry.getKey() == best) {
        confidence = entry.getValue();
      }
    }
    String code = best.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return new DetectedLanguage(code, Math.max(0, Math.min(1, confidence)), "detected");
  }
}
