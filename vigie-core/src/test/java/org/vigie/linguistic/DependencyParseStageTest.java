package org.vigie.linguistic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.ingest.RawArticle;
import org.vigie.language.DetectedLanguage;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineResult;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;

/**
 * Which sentences the parse stage parses, and when: eagerly for ALL and SPEECH, on demand (at the
 * first question about a sentence, once) for ON_DEMAND. The backend is a stand-in that chains the
 * words and counts its calls.
 */
class DependencyParseStageTest {
  /** Three sentences; the first and the last carry the cue word "déclaré". */
  private static final String TEXT =
      "Il a déclaré que la trêve tient. La trêve tient. Elle a déclaré la fin.";

  private static final class ChainParser implements LinguisticBackend {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Set<Capability> capabilities(String language) {
      return EnumSet.allOf(Capability.class);
    }

    @Override
    public LinguisticAnalysis analyze(String text, String language) {
      throw new UnsupportedOperationException("the test gives the linguistic layer");
    }

    @Override
    public List<Dependency> parse(List<Token> words, String language) {
      calls.incrementAndGet();
      List<Dependency> arcs = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        arcs.add(new Dependency(i, i - 1, i == 0 ? "root" : "dep"));
      }
      return arcs;
    }
  }

  /** Gives the language and the words of {@link #TEXT}, split at spaces and sentence ends. */
  private static final Stage GIVEN =
      new Stage() {
        @Override
        public String name() {
          return "given";
        }

        @Override
        public Set<Layer<?>> requires() {
          return Set.of(Pipeline.RAW);
        }

        @Override
        public Set<Layer<?>> produces() {
          return Set.of(DetectedLanguage.LAYER, LinguisticAnalysis.LAYER);
        }

        @Override
        public StageOutput process(Document document) {
          List<Token> tokens = new ArrayList<>();
          List<Sentence> sentences = new ArrayList<>();
          int first = 0;
          int at = 0;
          for (String word : TEXT.split(" ")) {
            int start = TEXT.indexOf(word, at);
            at = start + word.length();
            tokens.add(new Token(start, at, word, "VERB", null, null, null));
            if (word.endsWith(".")) {
              sentences.add(new Sentence(tokens.get(first).start(), at, first, tokens.size()));
              first = tokens.size();
            }
          }
          return StageOutput.of(DetectedLanguage.LAYER, new DetectedLanguage("fr", 1, "declared"))
              .and(LinguisticAnalysis.LAYER, new LinguisticAnalysis(sentences, tokens));
        }
      };

  private static Syntax run(SentenceSelection selection, ChainParser parser) {
    DependencyParseStage parse =
        new DependencyParseStage(
            new DependencyParseStage.Config(selection, 120),
            parser,
            words -> words.stream().anyMatch(w -> w.word().equals("déclaré")));
    PipelineResult result = Pipeline.of(List.of(GIVEN, parse)).run(RawArticle.ofText("t", TEXT));
    return ((PipelineResult.Completed) result).document().get(Syntax.LAYER);
  }

  @ParameterizedTest(name = "{0}: {1} sentence(s) parsed by the stage itself")
  @CsvSource({"ALL, 3, 0 1 2", "SPEECH, 2, 0 2", "ON_DEMAND, 0, ''", "NONE, 0, ''"})
  void theStageParsesTheSelectedSentencesUnlessOnDemand(
      SentenceSelection selection, int calls, String parsed) {
    ChainParser parser = new ChainParser();
    Syntax syntax = run(selection, parser);
    assertEquals(calls, parser.calls.get());
    assertEquals(parsed, join(syntax.parsedSentences()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a selected sentence is parsed when first asked, once | 2 | 1 | 2",
        "a sentence without a cue is never parsed, even asked | 1 | 0 | ''",
      })
  void onDemandParsesASelectedSentenceAtTheFirstQuestionOnly(
      String rule, int sentence, int calls, String parsed) {
    ChainParser parser = new ChainParser();
    Syntax syntax = run(SentenceSelection.ON_DEMAND, parser);
    syntax.arcsOf(sentence);
    List<Dependency> again = syntax.arcsOf(sentence);
    assertEquals(calls, parser.calls.get(), rule);
    assertEquals(parsed, join(syntax.parsedSentences()), rule);
    assertEquals(again, syntax.arcs(), rule);
  }

  @ParameterizedTest(name = "sentence {0} starts at word {1}")
  @CsvSource({"0, 0", "2, 10"})
  void arcsAreInArticleWideWordIndices(int sentence, int firstWord) {
    Syntax syntax = run(SentenceSelection.ON_DEMAND, new ChainParser());
    List<Dependency> arcs = syntax.arcsOf(sentence);
    assertEquals(new Dependency(firstWord, -1, "root"), arcs.get(0));
    assertEquals(new Dependency(firstWord + 1, firstWord, "dep"), arcs.get(1));
  }

  private static String join(List<Integer> values) {
    return String.join(" ", values.stream().map(String::valueOf).toList());
  }
}
