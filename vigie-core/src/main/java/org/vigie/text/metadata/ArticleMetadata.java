package org.vigie.text.metadata;

import java.util.List;
import org.vigie.model.Dateline;
import org.vigie.model.Diagnostic;

/** An article's resolved metadata, with what was doubtful about it. Any value may be null. */
public record ArticleMetadata(
    String title,
    String published,
    String author,
    String outlet,
    String url,
    Dateline dateline,
    List<Diagnostic> diagnostics) {
  public ArticleMetadata {
    diagnostics = List.copyOf(diagnostics);
  }
}
