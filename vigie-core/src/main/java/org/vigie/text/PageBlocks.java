package org.vigie.text;

import java.util.List;
import org.vigie.model.Removal;
import org.vigie.pipeline.Layer;

/**
 * The extraction layer: the page's candidate blocks in reading order, what the page says about
 * itself, and the raw runs already left out (markup, and for HTML the blocks that main-content
 * selection rejected, with their reasons).
 */
public record PageBlocks(List<Block> blocks, PageMetadata metadata, List<Removal> removed) {
  public static final Layer<PageBlocks> LAYER = new Layer<>("blocks", PageBlocks.class);

  public PageBlocks {
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    java.util.Objects.requireNonNull(metadata, "metadata");
  }
}
