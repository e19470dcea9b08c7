package org.vigie.text.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.vigie.model.Removal;
import org.vigie.text.Block;
import org.vigie.text.PageBlocks;
import org.vigie.text.PageMetadata;

/**
 * Reads the article out of a news page: its main-content blocks in reading order, what the page
 * says about itself, and what was left out and why. Requires the raw page as a string; produces
 * {@link PageBlocks} whose every block maps each character to its offset in that string.
 *
 * <p>Blocks are paragraphs, subheadings (the {@code h1} included; a later stage removes the title
 * duplicate), list items, quotes, table cells and live-blog entries of the article. Removals carry
 * reasons: {@code markup} (scripts, styles, navigation, forms, hidden elements), {@code caption}
 * (figure captions and photo credits), {@code comments} (reader comments), {@code boilerplate}
 * (menus, related links, share bars, subscription notices...) and {@code limit} (text beyond the
 * bounds below). See {@link ContentSelector} for how the article is chosen and {@link
 * PageMetadataReader} for the metadata.
 *
 * <p>Example: in {@code <nav>Accueil</nav><article><h1>Trêve à Gaza</h1><p>Selon lui, la trêve
 * tient.</p><figure><figcaption>© AFP</figcaption></figure></article>}, the blocks are "Trêve à
 * Gaza" (HEADING) and "Selon lui, la trêve tient." (PARAGRAPH); the navigation is removed as markup
 * and the credit as caption.
 *
 * <p>Bounded: nesting deeper than {@value BlockSegmenter#MAX_DEPTH} elements is read as flat text,
 * at most {@value BlockSegmenter#MAX_BLOCKS} blocks of at most {@value
 * BlockSegmenter#MAX_BLOCK_CHARS} characters and {@value BlockSegmenter#MAX_PAGE_CHARS} characters
 * in all are read; every traversal is iterative. Stateless and thread-safe.
 */
public final class HtmlArticleReader {
  private static final int PATH_ELEMENTS = 3;

  /** Reads {@code rawHtml}; never throws on malformed or hostile markup. */
  public PageBlocks read(String rawHtml) {
    Objects.requireNonNull(rawHtml, "rawHtml");
    Document page = Jsoup.parse(rawHtml, "", Parser.htmlParser().setTrackPosition(true));
    PageMetadataReader.Head head = PageMetadataReader.readHead(page);
    Element body = page.body();
    BlockSegmenter.Segments segments = BlockSegmenter.segment(body, rawHtml);
    ContentSelector selector = new ContentSelector(segments.blocks(), segments.frames());
    List<TextBlock> kept = selector.select(head.title());
    PageMetadata metadata = PageMetadataReader.read(page, head, segments, selector, kept);
    return new PageBlocks(toBlocks(kept), metadata, removals(segments, rawHtml.length()));
  }

  private static List<Block> toBlocks(List<TextBlock> kept) {
    List<Block> out = new ArrayList<>(kept.size());
    int previous = -2;
    for (TextBlock b : kept) {
      // Blocks that were not neighbours in the page are separate paragraphs whatever the markup.
      boolean newParagraph = out.isEmpty() || b.newParagraph || b.index != previous + 1;
      out.add(new Block(b.text, b.toRaw, b.type, b.linkChars, newParagraph, path(b.owner)));
      previous = b.index;
    }
    return out;
  }

  /** "article.entry-content > div.text > p": the owner and a few of its ancestors. */
  private static String path(ElementFrame owner) {
    List<String> labels = new ArrayList<>();
    for (ElementFrame f = owner; f != null && labels.size() < PATH_ELEMENTS; f = f.parent) {
      labels.add(0, f.label());
    }
    return String.join(" > ", labels);
  }

  /**
   * Dropped blocks as raw runs with their reasons, neighbours with the same reason merged, plus the
   * markup and limits segmentation recorded; sorted by start.
   */
  private static List<Removal> removals(BlockSegmenter.Segments segments, int rawLength) {
    List<Removal> out = new ArrayList<>(segments.removed());
    int start = -1;
    int end = -1;
    String reason = null;
    for (TextBlock b : segments.blocks()) {
      if (b.dropReason == null) {
        if (reason != null) {
          out.add(new Removal(start, end, reason));
          reason = null;
        }
        continue;
      }
      if (reason != null && reason.equals(b.dropReason)) {
        end = Math.max(end, b.rawEnd());
        continue;
      }
      if (reason != null) {
        out.add(new Removal(start, end, reason));
      }
      reason = b.dropReason;
      start = b.rawStart();
      end = Math.max(start, b.rawEnd());
    }
    if (reason != null) {
      out.add(new Removal(start, Math.min(end, rawLength), reason));
    }
    out.sort(Comparator.comparingInt(Removal::rawStart).thenComparingInt(Removal::rawEnd));
    return out;
  }
}
