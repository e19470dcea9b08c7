package org.vigie.text;

import java.util.List;
import java.util.Set;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Cleaning;
import org.vigie.model.Diagnostic;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;

/**
 * Stage "extract": the raw article's text and metadata. Requires the raw article; produces {@link
 * ExtractedText} with an offset map to the raw input. HTML goes through jsoup; plain text keeps its
 * lines. Metadata declared by the input (JSON Lines {@code title}, {@code published}) wins over
 * what the page says. Stateless and thread-safe.
 *
 * <p>Example: {@code "<p>Selon lui,&nbsp;la trêve</p>"} gives the text {@code "Selon lui, la
 * trêve"} (with its no-break space), each character mapped to its offset in the page.
 */
public final class TextExtractor implements Stage {
  private final PlainTextExtractor plain = new PlainTextExtractor();
  private final HtmlTextExtractor html = new HtmlTextExtractor();

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Pipeline.RAW);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(ExtractedText.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    RawArticle raw = document.raw();
    ExtractedText extracted =
        switch (raw.format()) {
          case TEXT -> {
            TextLayout.ExtractedLayout layout = plain.extract(raw.content());
            yield new ExtractedText(
                layout.text(),
                raw.title(),
                raw.published(),
                raw.source().outlet(),
                raw.source().url(),
                null,
                Cleaning.NONE,
                layout.map());
          }
          case HTML -> {
            HtmlTextExtractor.Page page = html.extract(raw.content());
            yield new ExtractedText(
                page.layout().text(),
                raw.title() != null ? raw.title() : page.title(),
                raw.published() != null ? raw.published() : page.published(),
                raw.source().outlet() != null ? raw.source().outlet() : page.outlet(),
                raw.source().url() != null ? raw.source().url() : page.url(),
                null,
                new Cleaning(page.removed(), List.of(), List.of()),
                page.layout().map());
          }
        };
    StageOutput output = StageOutput.of(ExtractedText.LAYER, extracted);
    if (extracted.text().isEmpty()) {
      output.diagnostic(Diagnostic.warning("no-text", "no article text found in the input"));
    }
    return output;
  }
}
