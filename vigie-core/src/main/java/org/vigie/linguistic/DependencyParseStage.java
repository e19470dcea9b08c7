package org.vigie.linguistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * the linguistic layer and the language; produces {@link Syntax}. Sentences longer than {@link
 * Config#maxSentenceWords} (run-ons from lost punctuation) are skipped: they would cost most of the
 * time and parse badly anyway. The document's deadline is checked before each sentence. Stateless
 * and thread-safe.
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
    public static final Config DEFAULT = new Config(SentenceSelection.SPEECH, 120);

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

  /**
   * A parse stage; {@code speechCue} tells which sentences carry a speech cue (used by the {@link
   * SentenceSelection#SPEECH} selection).
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
    List<Integer> parsed = new ArrayList<>();
    List<Dependency> arcs = new ArrayList<>();
    if (backend.capabilities(language).contains(Capability.PARSE)) {
      List<Sentence> sentences = analysis.sentences();
      for (int s = 0; s < sentences.size(); s++) {
        document
            .deadline()
            .check("in stage 'parse' at sentence " + (s + 1) + " of " + sentences.size());
        Sentence sentence = sentences.get(s);
        List<Token> words = analysis.tokensOf(sentence);
        if (words.isEmpty()
            || words.size() > config.maxSentenceWords()
            || !config.selection().selects(words, speechCue)) {
          continue;
        }
        int offset = sentence.firstToken();
        for (Dependency arc : backend.parse(words, language)) {
          arcs.add(
              new Dependency(
                  arc.dependent() + offset,
                  arc.head() < 0 ? -1 : arc.head() + offset,
                  arc.relation()));
        }
        parsed.add(s);
      }
    }
    return StageOutput.of(Syntax.LAYER, new Syntax(parsed, arcs));
  }
}
