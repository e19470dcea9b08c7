package org.vigie.nlp.lexicon;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;

/**
 * The French lexicon of LanguageTool's french-pos-dict: about 507,000 inflected forms (667,000
 * readings) with lemma and tag ({@code "déclaré"} → {@code déclarer / V ppa m s}, {@code "mars"} →
 * {@code mars / N m sp}).
 *
 * <p>Case-sensitive, as the dictionary is: {@code "Mars"} is the planet or the god (Z), {@code
 * "mars"} the month (N), and sentence-initial {@code "Le"} is unknown. Apostrophes are spelled as
 * the dictionary spells them: {@code "aujourd'hui"} with the ASCII apostrophe, the form Vigie's
 * typography normalisation produces.
 *
 * <p>The dictionary (1.1 MB of FSA) is read once per JVM, on first use. Morfologik's {@link
 * DictionaryLookup} keeps mutable buffers and must not be shared between threads, so each thread
 * gets its own over the one shared, immutable {@link Dictionary}. Thread-safe.
 */
public final class FrenchLexicon implements Lexicon {
  /** Where french-pos-dict keeps the FSA; its {@code .info} metadata sits beside it. */
  static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";

  /**
   * Longer strings are not French words (the longest form is about 30 chars) and cost a lookup
   * each: they are answered as unknown straight away.
   */
  private static final int MAX_FORM_LENGTH = 64;

  private final Dictionary dictionary;
  private final boolean frequencyInTag;
  private final ThreadLocal<DictionaryLookup> lookups;

  private FrenchLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
    // french.info sets fsa.dict.frequency-included: each tag then ends with one frequency letter
    // (A..Z) that is not part of the tag ("N m spO" for "mars").
    this.frequencyInTag = dictionary.metadata.isFrequencyIncluded();
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  /** The shared lexicon; the first call reads the dictionary (tens of milliseconds). */
  public static FrenchLexicon instance() {
    return Holder.INSTANCE;
  }

  @Override
  public List<WordForm> analyses(String form) {
    Objects.requireNonNull(form, "form");
    if (form.isEmpty() || form.length() > MAX_FORM_LENGTH) {
      return List.of();
    }
    List<WordData> found = lookups.get().lookup(form);
    if (found.isEmpty()) {
      return List.of();
    }
    // WordData objects and their buffers are reused by the next lookup: copy out now.
    List<WordForm> readings = new ArrayList<>(found.size());
    for (WordData data : found) {
      CharSequence stem = data.getStem();
      CharSequence tag = data.getTag();
      if (stem == null || tag == null) {
        continue;
      }
      readings.add(new WordForm(form, stem.toString(), stripFrequency(tag)));
    }
    return List.copyOf(readings);
  }

  @Override
  public boolean contains(String form) {
    Objects.requireNonNull(form, "form");
    return !form.isEmpty()
        && form.length() <= MAX_FORM_LENGTH
        && !lookups.get().lookup(form).isEmpty();
  }

  private String stripFrequency(CharSequence tag) {
    int end = tag.length();
    if (frequencyInTag && end > 0) {
      char last = tag.charAt(end - 1);
      if (last >= 'A' && last <= 'Z') {
        end--;
      }
    }
    return tag.subSequence(0, end).toString().strip();
  }

  private static FrenchLexicon load() {
    URL url = FrenchLexicon.class.getResource(DICTIONARY);
    if (url == null) {
      throw new IllegalStateException(
          "french-pos-dict is not on the classpath: " + DICTIONARY + " not found");
    }
    try {
      return new FrenchLexicon(Dictionary.read(url));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + url, e);
    }
  }

  /** Initialised on first use of {@link #instance()}, once per JVM (class-loading guarantees). */
  private static final class Holder {
    static final FrenchLexicon INSTANCE = load();
  }
}
