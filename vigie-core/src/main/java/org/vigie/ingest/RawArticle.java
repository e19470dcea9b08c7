package org.vigie.ingest;

import java.util.List;
import java.util.Objects;
import org.vigie.model.Diagnostic;
import org.vigie.model.Source;

/**
 * One input document, decoded to text but otherwise as read. The metadata fields ({@code title},
 * {@code published}, {@code language}) are those the input declared (JSON Lines), else {@code
 * null}. {@code diagnostics} are what reading found (charset guessed, bytes replaced).
 */
public record RawArticle(
    String id,
    Source source,
    InputFormat format,
    String content,
    String title,
    String published,
    String language,
    List<Diagnostic> diagnostics)
    implements IngestItem {
  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    diagnostics = List.copyOf(diagnostics);
  }

  @Override
  public String location() {
    return source.path() == null ? id : source.path();
  }

  /** A plain-text article with no declared metadata (tests, examples). */
  public static RawArticle ofText(String id, String text) {
    return new RawArticle(
        id, new Source(null, null, null), InputFormat.TEXT, text, null, null, null, List.of());
  }
}
