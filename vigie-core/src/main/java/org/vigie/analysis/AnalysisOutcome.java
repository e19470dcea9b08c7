package org.vigie.analysis;

import java.util.Objects;
import org.vigie.model.Article;

/** How one input document ended: analysed, or failed with where and why. */
public sealed interface AnalysisOutcome {
  /** The input location (path, {@code path:line}, {@code -}). */
  String location();

  /** The article, with its diagnostics. */
  record Analyzed(String location, Article article) implements AnalysisOutcome {
    public Analyzed {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * The document could not be analysed. {@code stage} is {@code "ingest"} when it could not even be
   * read; {@code id} is {@code null} then.
   */
  record Failed(String location, String id, String stage, String reason)
      implements AnalysisOutcome {
    public Failed {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(reason, "reason");
    }

    /** One line for stderr: location, stage and reason. */
    public String oneLine() {
      String where = id == null || location.contains(id) ? location : location + " (" + id + ")";
      String line = where + ": " + (stage.equals("ingest") ? "" : stage + " failed: ") + reason;
      return line.replace('\n', ' ').replace('\r', ' ');
    }
  }
}
