package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.linguistic.Capability;
import org.vigie.linguistic.Dependency;
import org.vigie.linguistic.LinguisticAnalysis;
import org.vigie.linguistic.LinguisticBackend;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * The linguistic backend over Stanford CoreNLP 4.5.10 and its French models: tokenizer, sentence
 * splitter, multi-word token expansion ("du" → "de le"), UD POS tagger, WikiNER 4-class CRF, and
 * the neural dependency parser. Other languages get CoreNLP's generic tokenizer and sentence
 * splitter only.
 *
 * <p>Each model loads at first use, once per JVM (shared by every instance), so a run that never
 * parses never pays for the parser. CoreNLP annotators and the parser are thread-safe after
 * loading; one instance serves all threads. No CoreNLP type leaves this class.
 */
public final class CoreNlpBackend implements LinguisticBackend {
  private static final String FRENCH_PARSER = "edu/stanford/nlp/models/parser/nndep/UD_French.gz";
  private static final AtomicLong LOAD_NANOS = new AtomicLong();

  static {
    // CoreNLP logs every model load on stderr; our progress and summaries go there instead.
    RedwoodConfiguration.current().clear().apply();
  }

  /** Loaded on first use by the JVM's class-initialisation lock: exactly once, thread-safe. */
  private static final class French {
    static final FrenchAnnotators PIPELINE = timed(() -> new FrenchAnnotators(frenchProperties()));
  }

  private static final class FrenchParser {
    static final DependencyParser PARSER =
        timed(() -> DependencyParser.loadFromModelFile(FRENCH_PARSER));
  }

  private static final class Generic {
    static final StanfordCoreNLP PIPELINE = timed(() -> new StanfordCoreNLP(genericProperties()));
  }

  @Override
  public Set<Capability> capabilities(String language) {
    return "fr".equals(language)
        ? EnumSet.allOf(Capability.class)
        : EnumSet.of(Capability.TOKENIZE);
  }

  @Override
  public LinguisticAnalysis analyze(String text, String language) {
    Annotation annotation;
    try {
      if ("fr".equals(language)) {
        annotation = French.PIPELINE.annotate(text);
      } else {
        annotation = new Annotation(text);
        Generic.PIPELINE.annotate(annotation);
      }
    } catch (Error e) {
      // CoreNLP's generated lexers signal input they cannot match with a bare Error; that is a
      // problem of this document, not of the JVM.
      if (e instanceof VirtualMachineError) {
        throw e;
      }
      throw new IllegalStateException("CoreNLP could not tokenize the text: " + e.getMessage(), e);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < labels.size(); ) {
        int groupEnd = multiWordTokenEnd(labels, i);
        // The words of a contraction ("du" = "de" + "le") share the contraction's whole span;
        // CoreNLP cuts it into arbitrary pieces ("d", "u").
        int start = labels.get(i).beginPosition();
        int end = Math.max(start, labels.get(groupEnd - 1).endPosition());
        for (int k = i; k < groupEnd; k++) {
          CoreLabel label = labels.get(k);
          String ner = label.ner();
          tokens.add(
              new Token(
                  start,
                  end,
                  label.word(),
                  label.tag(),
                  ner == null || ner.equals("O") ? null : ner,
                  null,
                  null));
        }
        i = groupEnd;
      }
      if (tokens.size() > first) {
        sentences.add(
            new Sentence(
                tokens.get(first).start(),
                tokens.get(tokens.size() - 1).end(),
                first,
                tokens.size()));
      }
    }
    return new LinguisticAnalysis(sentences, tokens);
  }

  @Override
  public List<Dependency> parse(List<Token> words, String language) {
    if (!"fr".equals(language)) {
      throw new IllegalArgumentException("no dependency parser for language '" + language + "'");
    }
    List<CoreLabel> labels = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      Token word = words.get(i);
      CoreLabel label = new CoreLabel();
      label.setWord(word.word());
      label.setValue(word.word());
      label.setOriginalText(word.word());
      label.setTag(word.pos() == null ? "X" : word.pos());
      label.setIndex(i + 1);
      label.setSentIndex(0);
      label.setBeginPosition(word.start());
      label.setEndPosition(word.end());
      labels.add(label);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    GrammaticalStructure structure = FrenchParser.PARSER.predict(sentence);
    List<Dependency> arcs = new ArrayList<>(words.size());
    for (TypedDependency dependency : structure.typedDependencies()) {
      int dependent = dependency.dep().index() - 1;
      int head = dependency.gov().index() - 1;
      arcs.add(new Dependency(dependent, head, dependency.reln().toString()));
    }
    arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return arcs;
  }

  /** The end (exclusive) of the multi-word token starting at {@code i}, or {@code i + 1}. */
  private static int multiWordTokenEnd(List<CoreLabel> labels, int i) {
    if (!isMultiWord(labels.get(i))) {
      return i + 1;
    }
    int end = i + 1;
    while (end < labels.size()
        && isMultiWord(labels.get(end))
        && !Boolean.TRUE.equals(labels.get(end).isMWTFirst())) {
      end++;
    }
    return end;
  }

  private static boolean isMultiWord(CoreLabel label) {
    return Boolean.TRUE.equals(label.isMWT());
  }

  /** Wall time spent loading models in this JVM so far. */
  public static long modelLoadMillis() {
    return LOAD_NANOS.get() / 1_000_000;
  }

  /**
   * Wall time of each step of the French analysis (tokenize+ssplit, mwt, pos, ner), summed over
   * threads since the JVM started, in step order; and the sentence counts: seen, read by the
   * multi-word-token tagger, read by the NER. For the benchmark's profile; zeros before first use.
   */
  public static java.util.Map<String, Long> frenchProfile() {
    java.util.Map<String, Long> profile = new java.util.LinkedHashMap<>();
    long[] nanos = French.PIPELINE.nanos();
    for (int i = 0; i < nanos.length; i++) {
      profile.put(FrenchAnnotators.STEPS.get(i) + " ns", nanos[i]);
    }
    long[] counts = French.PIPELINE.sentenceCounts();
    profile.put("sentences", counts[0]);
    profile.put("mwt-tagged sentences", counts[1]);
    profile.put("ner sentences", counts[2]);
    return profile;
  }

  /** Loads the French annotators now instead of at first use (for benchmarks and servers). */
  public static void preloadFrench(boolean parser) {
    French.PIPELINE.getClass();
    if (parser) {
      FrenchParser.PARSER.getClass();
    }
  }

  /**
   * The properties of CoreNLP's own French pipeline ({@code StanfordCoreNLP-french.properties}),
   * less the parser (loaded separately, by need), with newlines ending sentences: scraped text
   * loses final punctuation on titles and list lines.
   */
  static Properties frenchProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    props.setProperty("tokenize.language", "fr");
    // CoreNLP replaces its French defaults when options are set: repeat them, keep odd chars.
    props.setProperty(
        "tokenize.options",
        "invertible,splitCompounds=false,splitContractions=false,quotes=ORIGINAL,"
            + "untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt.tsv");
    props.setProperty("mwt.pos.model", "edu/stanford/nlp/models/mwt/french/french-mwt.tagger");
    props.setProperty(
        "mwt.statisticalMappingFile",
        "edu/stanford/nlp/models/mwt/french/french-mwt-statistical.tsv");
    props.setProperty("mwt.preserveCasing", "false");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/french-ud.tagger");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    return props;
  }

  private static Properties genericProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return props;
  }

  private static <T> T timed(java.util.function.Supplier<T> loader) {
    long start = System.nanoTime();
    try {
      return loader.get();
    } finally {
      LOAD_NANOS.addAndGet(System.nanoTime() - start);
    }
  }
}
