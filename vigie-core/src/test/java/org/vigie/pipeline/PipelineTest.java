package org.vigie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Diagnostic;

class PipelineTest {
  private static final Layer<String> UPPER = new Layer<>("upper", String.class);
  private static final Layer<Integer> LENGTH = new Layer<>("length", Integer.class);

  /** A stage defined by a function, for testing the pipeline's own rules. */
  private record FunctionStage(
      String name,
      Set<Layer<?>> requires,
      Set<Layer<?>> produces,
      Function<Document, StageOutput> body)
      implements Stage {
    @Override
    public StageOutput process(Document document) {
      return body.apply(document);
    }
  }

  private static final Stage UPPERCASE =
      new FunctionStage(
          "upper",
          Set.of(Pipeline.RAW),
          Set.of(UPPER),
          d -> StageOutput.of(UPPER, d.raw().content().toUpperCase(java.util.Locale.ROOT)));

  private static final Stage MEASURE =
      new FunctionStage(
          "length",
          Set.of(UPPER),
          Set.of(LENGTH),
          d -> {
            if (d.get(UPPER).contains("BOOM")) {
              throw new IllegalStateException("cannot measure\nsecond line");
            }
            return StageOutput.of(LENGTH, d.get(UPPER).length())
                .diagnostic(Diagnostic.info("measured", "ok"));
          });

  @Test
  void stagesRunInOrderEachAddingItsLayer() {
    PipelineResult result = Pipeline.of(List.of(UPPERCASE, MEASURE)).run(raw("trêve"));
    Document done = ((PipelineResult.Completed) result).document();
    assertEquals("TRÊVE", done.get(UPPER));
    assertEquals(5, done.get(LENGTH));
    assertEquals("measured", done.diagnostics().get(0).code());
  }

  @Test
  void aMissingRequiredLayerIsRejectedWhenThePipelineIsBuilt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(MEASURE)));
    assertTrue(e.getMessage().contains("'length' requires layer 'upper'"), e.getMessage());
  }

  @Test
  void aLayerProducedTwiceIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Pipeline.of(
                    List.of(
                        UPPERCASE,
                        new FunctionStage("again", Set.of(), Set.of(UPPER), d -> null))));
    assertTrue(e.getMessage().contains("already produced"), e.getMessage());
  }

  @Test
  void aFailingStageFailsThatDocumentOnlyWithItsIdAndStage() {
    Pipeline pipeline = Pipeline.of(List.of(UPPERCASE, MEASURE));
    PipelineResult failed = pipeline.run(raw("boom"));
    PipelineResult.Failed f = assertInstanceOf(PipelineResult.Failed.class, failed);
    assertEquals("length", f.stage());
    assertEquals("doc", f.id());
    assertEquals("IllegalStateException: cannot measure", f.message());
    assertInstanceOf(PipelineResult.Completed.class, pipeline.run(raw("calme")));
    StageStats length = pipeline.stats().get(1);
    assertEquals(1, length.failures());
    assertEquals(1, length.documents());
  }

  @Test
  void aStageThatProducesOtherLayersThanDeclaredFailsTheDocument() {
    Stage liar = new FunctionStage("liar", Set.of(), Set.of(UPPER), d -> StageOutput.of(LENGTH, 1));
    PipelineResult result = Pipeline.of(List.of(liar)).run(raw("x"));
    assertTrue(((PipelineResult.Failed) result).message().contains("declared [upper]"));
  }

  @Test
  void diagnosticsAreCappedPerDocument() {
    Stage noisy =
        new FunctionStage(
            "noisy",
            Set.of(),
            Set.of(UPPER),
            d -> {
              StageOutput out = StageOutput.of(UPPER, "x");
              for (int i = 0; i < 500; i++) {
                out.diagnostic(Diagnostic.warning("unclosed-quote", "« at " + i));
              }
              return out;
            });
    Document done =
        ((PipelineResult.Completed) Pipeline.of(List.of(noisy)).run(raw("x"))).document();
    assertEquals(Document.MAX_DIAGNOSTICS + 1, done.diagnostics().size());
    assertEquals("diagnostics-capped", done.diagnostics().get(Document.MAX_DIAGNOSTICS).code());
  }

  private static RawArticle raw(String text) {
    return RawArticle.ofText("doc", text);
  }
}
