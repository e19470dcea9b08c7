package org.vigie.eval.cleaning;

import java.util.List;
import java.util.Objects;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Article;
import org.vigie.model.Source;

/**
 * An {@link Analyzer} as trafilatura's evaluation sees a cleaner: page in, main text, title and
 * publication date out. The page's URL goes in as its source, as a crawler would give it.
 */
public final class PipelinePageCleaner implements TrafilaturaEval.PageCleaner {
  private final Analyzer analyzer;

  public PipelinePageCleaner(Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  @Override
  public TrafilaturaEval.CleanedPage clean(String html, String url) {
    RawArticle raw =
        new RawArticle(
            "eval",
            new Source(null, url, null),
            InputFormat.HTML,
            html,
            null,
            null,
            null,
            List.of());
    AnalysisOutcome outcome = analyzer.analyze(raw);
    if (!(outcome instanceof AnalysisOutcome.Analyzed analyzed)) {
      return new TrafilaturaEval.CleanedPage("", null, null);
    }
    Article article = analyzed.article();
    return new TrafilaturaEval.CleanedPage(article.text(), article.title(), article.published());
  }
}
