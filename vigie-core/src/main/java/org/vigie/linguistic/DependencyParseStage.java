package org.vigie.linguistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.vigie.language.DetectedLanguage;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;

/**
 * Stage "parse": dependency parses for the sentences its {@link SentenceSelection} picks. Requires
 * the linguistic layer and the language; produces {@link Syntax}. By default the parse is made on
 * demand: a selected sentence is parsed only when a later stage (the quote stage, when word
 * patterns cannot tell who speaks) asks for its arcs, so that most selected sentences never pay for
 * the parser. Sentences longer than {@link Config#maxSentenceWords} (run-ons from lost punctuation)
 * are skipped: they would cost most of the time and parse badly anyway. The document's deadline is
 * checked before each sentence. Stateless and thread-safe.
 *
 * <p>Example: in "Comme l'a noté Mme Zakharova, le Président communique régulièrement", the word
 * "Zakharova" gets an {@code nsubj} arc to "noté".
 */
public final class DependencyParseStage implements Stage {
  /**
   * Configuration.
   *
   * @param selection which sentences to parse
   * @param maxSentenceWords longest sentence parsed
   */
  public record Config(SentenceSelection selection, int maxSentenceWords) {
    public static final Config DEFAULT = new Config(SentenceSelection.ON_DEMAND, 120);

    public Config {
      Objects.requireNonNull(selection, "parse.selection");
      if (maxSentenceWords < 1) {
        throw new IllegalArgumentException("parse.maxSentenceWords must be positive");
      }
    }
  }

  private final Config config;
  private final LinguisticBackend backend;
  private final Predicate<List<Token>> speechCue;
  private final AtomicLong parseNanos = new AtomicLong();
  private final AtomicLong parsedSentences = new AtomicLong();

  /**
   * A parse stage; {@code speechCue} tells which sentences carry a speech cue (used by the {@link
   * SentenceSelection#SPEECH} and {@link SentenceSelection#ON_DEMAND} selections).
   */
  public DependencyParseStage(
      Config config, LinguisticBackend backend, Predicate<List<Token>> speechCue) {
    this.config = Objects.requireNonNull(config, "config");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.speechCue = Objects.requireNonNull(speechCue, "speechCue");
  }

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(LinguisticAnalysis.LAYER, DetectedLanguage.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Syntax.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    String language = document.get(DetectedLanguage.LAYER).code();
    LinguisticAnalysis analysis = document.get(LinguisticAnalysis.LAYER);
    if (!backend.capabilities(language).contains(Capability.PARSE)) {
      return StageOutput.of(Syntax.LAYER, Syntax.of(Map.of()));
    }
    Syntax syntax = Syntax.onDemand(s -> parseIfSelected(document, analysis, s, language));
    if (config.selection().eager()) {
      for (int s = 0; s < analysis.sentences().size(); s++) {
        syntax.arcsOf(s);
      }
    }
    return StageOutput.of(Syntax.LAYER, syntax);
  }

  /**
   * Sentences parsed and the time spent parsing them since this stage was built, wherever the parse
   * happened (in this stage, or later when another stage asked for a sentence's arcs).
   */
  public Parsing parsing() {
    return new Parsing(parsedSentences.get(), parseNanos.get());
  }

  /** What parsing cost so far: sentences parsed, and wall time summed over threads. */
  public record Parsing(long sentences, long nanos) {}

  /**
   * The arcs of sentence {@code s} in article-wide indices, or null when it is not selected. The
   * document's deadline is checked before each parse, wherever it is asked for.
   */
  private List<Dependency> parseIfSelected(
      Document document, LinguisticAnalysis analysis, int s, String language) {
    if (s < 0 || s >= analysis.sentences().size()) {
      return null;
    }
    document
        .deadline()
        .check("in stage 'parse' at sentence " + (s + 1) + " of " + analysis.sentences().size());
    Sentence sentence = analysis.sentences().get(s);
    List<Token> words = analysis.tokensOf(sentence);
    if (words.isEmpty()
        || words.size() > config.maxSentenceWords()
        || !config.selection().selects(words, speechCue)) {
      return null;
    }
    long start = System.nanoTime();
    List<Dependency> arcs = new ArrayList<>(words.size());
    int offset = sentence.firstToken();
    for (Dependency arc : backend.parse(words, language)) {
      arcs.add(
          new Dependency(
              arc.dependent() + offset, arc.head() < 0 ? -1 : arc.head() + offset, arc.relation()));
    }
    parseNanos.addAndGet(System.nanoTime() - start);
    parsedSentences.incrementAndGet();
    return arcs;
  }
}
