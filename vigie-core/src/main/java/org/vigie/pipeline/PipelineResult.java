package org.vigie.pipeline;

import java.util.Objects;

/** How running the pipeline on one document ended. */
public sealed interface PipelineResult {
  /** Every stage ran; the document holds all their layers. */
  record Completed(Document document) implements PipelineResult {
    public Completed {
      Objects.requireNonNull(document, "document");
    }
  }

  /** A stage could not finish this document; the other documents are not affected. */
  record Failed(String id, String location, String stage, String message)
      implements PipelineResult {
    public Failed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(message, "message");
    }
  }
}
