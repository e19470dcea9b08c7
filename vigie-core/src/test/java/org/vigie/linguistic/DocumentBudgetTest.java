package org.vigie.linguistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.RawArticle;
import org.vigie.language.DetectedLanguage;
import org.vigie.model.Cleaning;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.DocumentBudget;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineResult;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.ExtractedText;
import org.vigie.text.OffsetMap;

/** Defect 13: one document's time and sentences are bounded; its neighbours are analysed. */
class DocumentBudgetTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Works (spins) for {@code millis} ms of this thread's CPU time: what a budget counts. */
  private static void work(long millis) {
    long end = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000L;
    while (THREADS.getCurrentThreadCpuTime() < end) {
      Thread.onSpinWait();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One sentence per line, one word per run of letters; {@code pause} ms of CPU per call. */
  private record LineBackend(long pause) implements LinguisticBackend {
    @Override
    public Set<Capability> capabilities(String language) {
      return EnumSet.of(Capability.TOKENIZE);
    }

    @Override
    public LinguisticAnalysis analyze(String text, String language) {
      work(pause);
      List<Sentence> sentences = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      int line = 0;
      while (line < text.length()) {
        int end = text.indexOf('\n', line);
        end = end < 0 ? text.length() : end;
        int first = tokens.size();
        for (int i = line; i < end; ) {
          if (!Character.isLetter(text.charAt(i))) {
            i++;
            continue;
          }
          int start = i;
          while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
          }
          tokens.add(new Token(start, i, text.substring(start, i), "X", null, null, null));
        }
        if (tokens.size() > first) {
          sentences.add(
              new Sentence(
                  tokens.get(first).start(),
                  tokens.get(tokens.size() - 1).end(),
                  first,
                  tokens.size()));
        }
        line = end + 1;
      }
      return new LinguisticAnalysis(sentences, tokens);
    }

    @Override
    public List<Dependency> parse(List<Token> words, String language) {
      throw new UnsupportedOperationException();
    }
  }

  /** The cleaned text and its language, straight from the raw content. */
  private static final Stage TEXT =
      new Stage() {
        @Override
        public String name() {
          return "given-text";
        }

        @Override
        public Set<Layer<?>> requires() {
          return Set.of(Pipeline.RAW);
        }

        @Override
        public Set<Layer<?>> produces() {
          return Set.of(ExtractedText.LAYER, DetectedLanguage.LAYER);
        }

        @Override
        public StageOutput process(Document d) {
          String text = d.raw().content();
          return StageOutput.of(
                  ExtractedText.LAYER,
                  new ExtractedText(
                      text,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      Cleaning.NONE,
                      OffsetMap.identity(text.length())))
              .and(DetectedLanguage.LAYER, new DetectedLanguage("fr", 1.0, "test"));
        }
      };

  private static Pipeline pipeline(long pause, DocumentBudget budget) {
    LinguisticStage linguistic =
        new LinguisticStage(LinguisticStage.Config.DEFAULT, new LineBackend(pause));
    return Pipeline.of(List.of(TEXT, linguistic), budget);
  }

  /** Lines of the reporting kind: "Les forces ont signalé des tirs à la ligne n." */
  private static String lines(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("Les forces ont signalé des tirs près de la ligne numéro ")
          .append(i)
          .append(".\n");
    }
    return text.toString();
  }

  @Test
  void defect13ADocumentPastItsDeadlineFailsAloneInsideTheLongLoop() {
    // About 1 MB of text: twenty chunks of 150 ms of CPU each would take 3 s; the budget is 1 s.
    String huge = lines(16_000);
    Pipeline pipeline = pipeline(150, new DocumentBudget(1, 1_000_000));
    long start = THREADS.getCurrentThreadCpuTime();
    PipelineResult result = pipeline.run(RawArticle.ofText("huge", huge));
    double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    PipelineResult.Failed failed = assertInstanceOf(PipelineResult.Failed.class, result);
    assertEquals("linguistic", failed.stage());
    assertTrue(
        failed
            .message()
            .startsWith(
                "over its time budget of 1 s (budget.seconds) in stage"
                    + " 'linguistic' at character "),
        failed.message());
    assertTrue(seconds < 2.5, "stopped at the deadline, not at the end: " + seconds + " s");
    PipelineResult next = pipeline.run(RawArticle.ofText("next", lines(3)));
    assertInstanceOf(PipelineResult.Completed.class, next, "the neighbour is analysed");
  }

  @Test
  void defect13TheDeadlineIsCheckedBetweenStages() {
    PipelineResult result =
        Pipeline.of(
                List.of(
                    new SlowStage(TEXT, 1_200, true),
                    new LinguisticStage(LinguisticStage.Config.DEFAULT, new LineBackend(0))),
                new DocumentBudget(1, 100))
            .run(RawArticle.ofText("slow", lines(2)));
    PipelineResult.Failed failed = assertInstanceOf(PipelineResult.Failed.class, result);
    assertEquals("linguistic", failed.stage());
    assertTrue(failed.message().contains("after stage 'slow-given-text'"), failed.message());
  }

  @Test
  void theBudgetCountsTheDocumentsOwnWorkNotTheClock() {
    // Waiting is what a starved thread does on a busy machine: 1.2 s of it under a 1 s budget
    // still completes, where 1.2 s of work fails (the test above).
    PipelineResult result =
        Pipeline.of(
                List.of(
                    new SlowStage(TEXT, 1_200, false),
                    new LinguisticStage(LinguisticStage.Config.DEFAULT, new LineBackend(0))),
                new DocumentBudget(1, 100))
            .run(RawArticle.ofText("waiting", lines(2)));
    assertInstanceOf(PipelineResult.Completed.class, result);
  }

  @Test
  void defect13SentencesPastTheBoundAreSkippedWithADiagnostic() {
    PipelineResult result =
        pipeline(0, new DocumentBudget(60, 10)).run(RawArticle.ofText("long", lines(50)));
    Document done = assertInstanceOf(PipelineResult.Completed.class, result).document();
    LinguisticAnalysis analysis = done.get(LinguisticAnalysis.LAYER);
    assertEquals(10, analysis.sentences().size());
    assertEquals(analysis.sentences().get(9).endToken(), analysis.tokens().size());
    assertTrue(
        done.diagnostics().stream().anyMatch(d -> d.code().equals("sentences-skipped")),
        done.diagnostics().toString());
  }

  @Test
  void defect13ChunksGiveTheSameAnalysisAsTheWholeText() {
    String text = lines(3_000); // past LinguisticStage.CHUNK_CHARS: analysed in chunks
    assertTrue(text.length() > 2 * LinguisticStage.CHUNK_CHARS);
    PipelineResult result =
        pipeline(0, DocumentBudget.UNBOUNDED).run(RawArticle.ofText("chunked", text));
    LinguisticAnalysis chunked =
        assertInstanceOf(PipelineResult.Completed.class, result)
            .document()
            .get(LinguisticAnalysis.LAYER);
    assertEquals(new LineBackend(0).analyze(text, "fr"), chunked);
  }

  /** A stage that takes its time before doing what another does. */
  /** A stage that first works ({@code cpu}) or waits for {@code millis} ms. */
  private record SlowStage(Stage inner, long millis, boolean cpu) implements Stage {
    @Override
    public String name() {
      return "slow-" + inner.name();
    }

    @Override
    public Set<Layer<?>> requires() {
      return inner.requires();
    }

    @Override
    public Set<Layer<?>> produces() {
      return inner.produces();
    }

    @Override
    public StageOutput process(Document d) {
      if (cpu) {
        work(millis);
      } else {
        sleep(millis);
      }
      return inner.process(d);
    }
  }
}
