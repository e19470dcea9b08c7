package org.vigie.nlp.corenlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * CoreNLP's French annotators (tokenize, ssplit, mwt, pos, ner) run so that each model sees only
 * the sentences where it can change something, with the same result on those sentences as the whole
 * pipeline gives (both models work sentence by sentence):
 *
 * <ul>
 *   <li>the multi-word-token step runs a second POS tagger of its own only to decide whether "des"
 *       is "de les" (its statistical mapping file lists the words it decides); sentences without
 *       such a word skip that tagger;
 *   <li>the WikiNER CRF runs on the sentences that hold a word that may be a name: a capital letter
 *       after the first word ("a déclaré Maria Zakharova", "l'ONU"), or a first word the tagger
 *       does not read as a closed-class word ("Damas a annoncé …" yes, "Le ministre a dit …" no).
 *       The other sentences get the background label, which is what the CRF gives a sentence of
 *       lower-case words and function words.
 * </ul>
 *
 * <p>Per-step wall time is summed over threads ({@link #nanos}) for the benchmark's profile.
 * Thread-safe after construction, like the annotators it holds.
 */
final class FrenchAnnotators {
  /** The steps timed, in order. */
  static final List<String> STEPS = List.of("tokenize+ssplit", "mwt", "pos", "ner");

  /** UD tags of closed-class words: a capital on such a first word is only the sentence's start. */
  private static final Set<String> CLOSED_CLASS =
      Set.of(
          "DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "VERB", "PUNCT", "NUM", "PART",
          "SYM", "INTJ");

  private final StanfordCoreNLP tokenizer;
  private final edu.stanford.nlp.pipeline.Annotator mwtWithTagger;
  private final edu.stanford.nlp.pipeline.Annotator mwtDictionaryOnly;
  private final Set<String> mwtTaggedWords;
  private final edu.stanford.nlp.pipeline.Annotator pos;
  private final edu.stanford.nlp.pipeline.Annotator ner;
  private final String background;
  private final AtomicLongArray nanos = new AtomicLongArray(STEPS.size());
  private final java.util.concurrent.atomic.AtomicLong sentences =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong nerSentences =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong mwtTaggedSentences =
      new java.util.concurrent.atomic.AtomicLong();

  /** Builds the annotators from the properties of CoreNLP's French pipeline (less the parser). */
  FrenchAnnotators(Properties french) {
    Properties tokenizing = new Properties();
    tokenizing.putAll(french);
    tokenizing.setProperty("annotators", "tokenize,ssplit");
    this.tokenizer = new StanfordCoreNLP(tokenizing);
    AnnotatorImplementations make = new AnnotatorImplementations();
    this.mwtWithTagger = make.multiWordToken(french);
    Properties dictionaryOnly = new Properties();
    dictionaryOnly.putAll(french);
    dictionaryOnly.remove("mwt.pos.model");
    dictionaryOnly.remove("mwt.statisticalMappingFile");
    this.mwtDictionaryOnly = make.multiWordToken(dictionaryOnly);
    this.mwtTaggedWords = taggedWords(french.getProperty("mwt.statisticalMappingFile"));
    this.pos = make.posTagger(french);
    this.ner = make.ner(french);
    this.background = "O";
  }

  /** Annotates {@code text}: sentences, words (contractions split), POS tags and NER labels. */
  Annotation annotate(String text) {
    Annotation document = new Annotation(text);
    long t0 = System.nanoTime();
    tokenizer.annotate(document);
    long t1 = System.nanoTime();
    splitMultiWordTokens(document);
    long t2 = System.nanoTime();
    pos.annotate(document);
    long t3 = System.nanoTime();
    recognizeNames(document);
    long t4 = System.nanoTime();
    nanos.addAndGet(0, t1 - t0);
    nanos.addAndGet(1, t2 - t1);
    nanos.addAndGet(2, t3 - t2);
    nanos.addAndGet(3, t4 - t3);
    return document;
  }

  /** Wall time per step ({@link #STEPS}) summed over threads, since the JVM started. */
  long[] nanos() {
    long[] all = new long[STEPS.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = nanos.get(i);
    }
    return all;
  }

  /** Sentences seen, sentences the multi-word tagger read, sentences the CRF read. */
  long[] sentenceCounts() {
    return new long[] {sentences.get(), mwtTaggedSentences.get(), nerSentences.get()};
  }

  /**
   * The multi-word-token step, its tagger only on the sentences holding a word it decides: two
   * parts run apart, then the document's token list and indices are rebuilt in sentence order, as
   * the step itself builds them.
   */
  private void splitMultiWordTokens(Annotation document) {
    List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> tagged = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap sentence : all) {
      (holdsTaggedWord(sentence) ? tagged : plain).add(sentence);
    }
    sentences.addAndGet(all.size());
    mwtTaggedSentences.addAndGet(tagged.size());
    if (!tagged.isEmpty()) {
      mwtWithTagger.annotate(part(document, tagged));
    }
    if (!plain.isEmpty()) {
      mwtDictionaryOnly.annotate(part(document, plain));
    }
    List<CoreLabel> tokens = new ArrayList<>();
    for (int s = 0; s < all.size(); s++) {
      CoreMap sentence = all.get(s);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        token.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
        token.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size() + 1);
        token.setSentIndex(s);
        tokens.add(token);
      }
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
    }
    document.set(CoreAnnotations.TokensAnnotation.class, tokens);
  }

  private boolean holdsTaggedWord(CoreMap sentence) {
    for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if (mwtTaggedWords.contains(token.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The CRF on the sentences that may hold a name; the background label everywhere else. */
  private void recognizeNames(Annotation document) {
    List<CoreMap> due = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (mayHoldName(tokens)) {
        due.add(sentence);
      } else {
        for (CoreLabel token : tokens) {
          token.setNER(background);
        }
      }
    }
    nerSentences.addAndGet(due.size());
    if (!due.isEmpty()) {
      ner.annotate(part(document, due));
    }
  }

  /** Whether the CRF may find a name among {@code tokens} (see the class comment). */
  static boolean mayHoldName(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (!hasUpperCase(token.word())) {
        continue;
      }
      if (i > 0 || token.tag() == null || !CLOSED_CLASS.contains(token.tag())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpperCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A view of the document holding some of its sentences (the same objects) and their tokens. */
  private static Annotation part(Annotation document, List<CoreMap> sentences) {
    Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return part;
  }

  /**
   * The words the multi-word-token tagger decides, from its mapping file ("des-ADP_DET → de,les":
   * the word before the last hyphen).
   */
  private static Set<String> taggedWords(String mappingFile) {
    Set<String> words = new HashSet<>();
    if (mappingFile == null) {
      return words;
    }
    for (String line : IOUtils.linesFromFile(mappingFile)) {
      String key = line.split("\t", 2)[0];
      int dash = key.lastIndexOf('-');
      if (dash > 0) {
        words.add(key.substring(0, dash).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
