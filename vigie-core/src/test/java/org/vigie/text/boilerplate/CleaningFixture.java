package org.vigie.text.boilerplate;

import java.util.List;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Removal;
import org.vigie.model.Source;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineResult;
import org.vigie.text.TextExtractor;

/**
 * Runs extraction and boilerplate removal on a plain-text page, and reads what became of a line.
 */
final class CleaningFixture {
  private CleaningFixture() {}

  static ArticleBody clean(String raw) {
    RawArticle article =
        new RawArticle(
            "t", new Source(null, null, null), InputFormat.TEXT, raw, null, null, null, List.of());
    PipelineResult result =
        Pipeline.of(List.of(new TextExtractor(), new BoilerplateStage(RecurringLines.NONE)))
            .run(article);
    return ((PipelineResult.Completed) result).document().get(ArticleBody.LAYER);
  }

  static boolean kept(ArticleBody body, String line) {
    return body.blocks().stream().anyMatch(b -> b.text().equals(line));
  }

  /** Why the line went, or null when it stayed. */
  static String reason(String raw, ArticleBody body, String line) {
    int at = raw.indexOf(line);
    for (Removal r : body.removed()) {
      if (r.rawStart() <= at && at < r.rawEnd()) {
        return r.reason();
      }
    }
    return null;
  }
}
