package org.vigie.text.boilerplate;

import java.util.List;
import java.util.Objects;
import org.vigie.model.Removal;
import org.vigie.pipeline.Layer;
import org.vigie.text.Block;

/**
 * The boilerplate layer: the blocks that are the article, in reading order; every raw run left out
 * so far, with its reason; and what the header lines said.
 */
public record ArticleBody(List<Block> blocks, List<Removal> removed, TextHeader header) {
  public static final Layer<ArticleBody> LAYER = new Layer<>("body", ArticleBody.class);

  public ArticleBody {
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    Objects.requireNonNull(header, "header");
  }
}
