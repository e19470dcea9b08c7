package org.vigie.text;

import java.util.Set;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Diagnostic;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.html.HtmlArticleReader;

/**
 * Stage "extract": the raw article's candidate blocks and what the page says about itself. Requires
 * the raw article; produces {@link PageBlocks}, every block mapped to the raw input. Plain text
 * gives one block per line; HTML goes through jsoup main-content extraction. Stateless and
 * thread-safe.
 *
 * <p>Example: {@code "<p>Selon lui,&nbsp;la trêve</p>"} gives one block {@code "Selon lui, la
 * trêve"} (with its no-break space), each character mapped to its offset in the page.
 */
public final class TextExtractor implements Stage {
  private final PlainTextReader plain = new PlainTextReader();
  private final HtmlArticleReader html = new HtmlArticleReader();

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
    return Set.of(PageBlocks.LAYER);
  }

  /** The blocks of one raw article. */
  public PageBlocks read(RawArticle raw) {
    return switch (raw.format()) {
      case TEXT -> plain.read(raw.content());
      case HTML -> html.read(raw.content());
    };
  }

  @Override
  public StageOutput process(Document document) {
    PageBlocks blocks = read(document.raw());
    StageOutput output = StageOutput.of(PageBlocks.LAYER, blocks);
    if (blocks.blocks().isEmpty()) {
      output.diagnostic(Diagnostic.warning("no-blocks", "no text found in the input"));
    }
    return output;
  }
}
