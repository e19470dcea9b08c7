package org.vigie.text.boilerplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.ingest.InputFormat;
import org.vigie.model.Diagnostic;
import org.vigie.model.Removal;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.Block;
import org.vigie.text.PageBlocks;

/**
 * Stage "boilerplate": which blocks are the article, and what its header lines say. Requires {@link
 * PageBlocks}; produces {@link ArticleBody}. Uses the corpus's {@link RecurringLines} when a first
 * pass learnt them, else the evidence of the document alone (cues, prose, position). Every block
 * that goes is recorded as a raw {@link Removal} with its reason (site-name, title, published,
 * dateline, byline, related, share, comments, caption, recurring, boilerplate, ...). Stateless and
 * thread-safe.
 *
 * <p>Example: seed-like text "FLASH INFO :\n\nLa Russie propose d'accueillir des pourparlers\n\n
 * INTERNATIONAL - Le ministre … a déclaré mercredi que …\n\nNEWSLETTER" keeps one block, "Le
 * ministre … a déclaré mercredi que …", and finds the title.
 */
public final class BoilerplateStage implements Stage {
  private final RecurringLines recurring;
  private final BoilerplateClassifier classifier = new BoilerplateClassifier();
  private final HeaderReader headers = new HeaderReader();

  public BoilerplateStage(RecurringLines recurring) {
    this.recurring = Objects.requireNonNull(recurring, "recurring");
  }

  @Override
  public String name() {
    return "boilerplate";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(PageBlocks.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(ArticleBody.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    PageBlocks page = document.get(PageBlocks.LAYER);
    List<Block> blocks =
        WrappedLines.join(page.blocks(), line -> classifier.claimed(line, recurring));
    boolean html = document.raw().format() == InputFormat.HTML;
    BoilerplateClassifier.Decisions decisions = classifier.classify(blocks, recurring, html);
    String knownTitle =
        document.raw().title() != null ? document.raw().title() : page.metadata().title();
    HeaderReader.Reading header = headers.read(blocks, decisions, knownTitle);
    List<Block> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>(page.removed());
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String reason =
          header.stays(i) ? null : header.marks().getOrDefault(i, decisions.reasons().get(i));
      if (reason != null) {
        removed.add(new Removal(block.rawStart(), block.rawEnd(), reason));
      } else if (i == header.cutBlock()) {
        Block rest = cut(block, header.cutChars());
        removed.add(
            new Removal(
                block.rawStart(),
                block.toRaw().toSourceEnd(header.cutChars()),
                header.cutReason()));
        if (rest != null) {
          kept.add(rest);
        }
      } else {
        kept.add(block);
      }
    }
    removed.sort(Comparator.comparingInt(Removal::rawStart).thenComparingInt(Removal::rawEnd));
    StageOutput output =
        StageOutput.of(ArticleBody.LAYER, new ArticleBody(kept, removed, header.header()));
    if (kept.isEmpty() && !blocks.isEmpty()) {
      output.diagnostic(
          Diagnostic.warning("no-content", "every block of the page looks like site chrome"));
    }
    return output;
  }

  /** The block without its first {@code chars} characters and the spaces after them. */
  private static Block cut(Block block, int chars) {
    int from = chars;
    String text = block.text();
    while (from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    if (from >= text.length()) {
      return null;
    }
    return new Block(
        text.substring(from),
        block.toRaw().slice(from, text.length()),
        block.type(),
        Math.min(block.linkChars(), text.length() - from),
        block.newParagraph(),
        block.path());
  }
}
