package org.vigie.text.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.vigie.model.Removal;
import org.vigie.text.OffsetMap;

/**
 * Cuts a page body into text blocks: a block ends at every block-level element boundary, and a
 * {@code <br>} ends one where text sits directly in a {@code div} (or on two {@code <br>} in a
 * row). Markup that is never text (scripts, styles, navigation, forms, hidden elements) is skipped
 * and recorded; which tags are which is {@link HtmlLayout}'s, and the time stamps and bylines met
 * on the way are kept by {@link CueElements}. Each character keeps its raw offset: jsoup gives each
 * text node's source range, and a character reference such as {@code &eacute;} is one decoded
 * character mapped to the reference's first raw character.
 *
 * <p>Bounded: the walk is jsoup's iterative traversal; elements deeper than {@link #MAX_DEPTH} are
 * read as inline text of their ancestor at that depth; blocks, block length and page text are
 * capped and what the caps leave out is recorded as {@code limit}. Not thread-safe: one per page.
 */
final class BlockSegmenter {
  static final int MAX_DEPTH = 256;
  static final int MAX_BLOCKS = 50_000;
  static final int MAX_BLOCK_CHARS = 200_000;
  static final int MAX_PAGE_CHARS = 4_000_000;

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)");
  private static final Pattern AMPERSAND =
      Pattern.compile("&(?:amp;?|#0*38;?|#[xX]0*26;?)", Pattern.CASE_INSENSITIVE);

  /** What segmentation found: blocks in reading order, markup left out, and cue elements. */
  record Segments(
      List<TextBlock> blocks,
      List<Removal> removed,
      Map<Element, ElementFrame> frames,
      List<Element> times,
      List<Element> bylines) {}

  private final String raw;
  private final List<TextBlock> blocks = new ArrayList<>();
  private final List<Removal> removed = new ArrayList<>();
  private final Map<Element, ElementFrame> frames = new IdentityHashMap<>();
  private final CueElements cues = new CueElements();

  private ElementFrame top;
  private int linkDepth;
  private OffsetMap.Builder buffer = new OffsetMap.Builder();
  private int bufferLinkChars;
  private boolean pendingSpace;
  private int pendingSpaceRaw;
  private boolean pendingSpaceInLink;
  private boolean lastWasBr;
  private boolean nextNewParagraph = true;
  private int truncatedFrom = -1;
  private int truncatedTo = -1;
  private int pageChars;

  private BlockSegmenter(String raw) {
    this.raw = raw;
  }

  static Segments segment(Element body, String raw) {
    BlockSegmenter segmenter = new BlockSegmenter(raw);
    NodeTraversor.filter(segmenter.new Walker(), body);
    segmenter.flush();
    return new Segments(
        segmenter.blocks,
        segmenter.removed,
        segmenter.frames,
        segmenter.cues.times(),
        segmenter.cues.bylines());
  }

  private final class Walker implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode) {
        appendText((TextNode) node);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element)) {
        return FilterResult.CONTINUE;
      }
      Element e = (Element) node;
      String tag = e.normalName();
      if (top != null && HtmlLayout.isDropped(e, tag)) {
        flush();
        nextNewParagraph = true;
        recordMarkup(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        lineBreak(position(e));
        return FilterResult.CONTINUE;
      }
      boolean block = HtmlLayout.isBlock(tag);
      if (block) {
        flush();
        nextNewParagraph = true;
      }
      if (top == null || top.depth < MAX_DEPTH) {
        top = new ElementFrame(e, top, block);
        frames.put(e, top);
        cues.collect(e, tag);
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element) {
        Element e = (Element) node;
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth = Math.max(0, linkDepth - 1);
        }
        if (HtmlLayout.isBlock(tag)) {
          flush();
          nextNewParagraph = true;
        }
        if (top != null && top.element == e) {
          top = top.parent;
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  private void recordMarkup(Element e) {
    Range start = e.sourceRange();
    if (!start.isTracked()) {
      return;
    }
    Range end = e.endSourceRange();
    int rawEnd = end.isTracked() ? end.endPos() : start.endPos();
    if (rawEnd > start.startPos()) {
      removed.add(new Removal(start.startPos(), Math.min(rawEnd, raw.length()), "markup"));
    }
  }

  private void lineBreak(int rawOffset) {
    if (buffer.length() == 0) {
      if (lastWasBr) {
        nextNewParagraph = true;
      }
      lastWasBr = true;
      return;
    }
    ElementFrame owner = owner();
    if (lastWasBr) {
      flush();
      nextNewParagraph = true;
    } else if (owner != null && !HtmlLayout.brIsSpace(owner.tag)) {
      // Text laid out in a div with <br> between lines: each line is a paragraph.
      flush();
    } else {
      pendingSpace = true;
      pendingSpaceRaw = rawOffset;
      pendingSpaceInLink = false;
    }
    lastWasBr = true;
  }

  private ElementFrame owner() {
    for (ElementFrame f = top; f != null; f = f.parent) {
      if (f.blockLevel) {
        return f;
      }
    }
    return top;
  }

  private void appendText(TextNode node) {
    String text = node.getWholeText();
    Range range = node.sourceRange();
    if (!range.isTracked()) {
      int at = node.parent() instanceof Element ? position((Element) node.parent()) : 0;
      for (int i = 0; i < text.length(); i++) {
        append(text.charAt(i), at);
      }
      return;
    }
    int rawStart = range.startPos();
    int rawEnd = Math.min(range.endPos(), raw.length());
    int p = rawStart;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = Math.max(rawStart, Math.min(p, rawEnd - 1));
      char rc = p < rawEnd ? raw.charAt(p) : 0;
      if (rc == '&') {
        int end = referenceEnd(p, rawEnd, c == '&' ? AMPERSAND : ENTITY);
        p = end > 0 ? end : p + 1;
        if (Character.isHighSurrogate(c) && end > 0 && i + 1 < text.length()) {
          append(c, at);
          i++;
          c = text.charAt(i);
        }
      } else if (rc == '\r' && c == '\n') {
        p += p + 1 < rawEnd && raw.charAt(p + 1) == '\n' ? 2 : 1;
      } else {
        p++;
      }
      append(c, at);
    }
  }

  /** The end of the character reference at {@code p}, or -1 when the "&" stands for itself. */
  private int referenceEnd(int p, int rawEnd, Pattern pattern) {
    Matcher m = pattern.matcher(raw).region(p, Math.min(rawEnd, p + 40));
    return m.lookingAt() ? m.end() : -1;
  }

  private void append(char c, int rawOffset) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
      if (buffer.length() > 0 && !pendingSpace) {
        pendingSpace = true;
        pendingSpaceRaw = rawOffset;
        pendingSpaceInLink = linkDepth > 0;
      }
      return;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\u200B') {
      return;
    }
    if (buffer.length() == 0 && Character.isSpaceChar(c)) {
      return; // a block does not start with a no-break space (nor is one made of them)
    }
    if (buffer.length() >= MAX_BLOCK_CHARS
        || pageChars >= MAX_PAGE_CHARS
        || blocks.size() >= MAX_BLOCKS) {
      if (truncatedFrom < 0) {
        truncatedFrom = rawOffset;
      }
      truncatedTo = rawOffset + 1;
      return;
    }
    if (pendingSpace) {
      buffer.insert(" ", pendingSpaceRaw);
      pageChars++;
      if (pendingSpaceInLink && linkDepth > 0) {
        bufferLinkChars++;
      }
      pendingSpace = false;
    }
    buffer.put(c, rawOffset);
    pageChars++;
    if (linkDepth > 0) {
      bufferLinkChars++;
    }
    lastWasBr = false;
  }

  private void flush() {
    pendingSpace = false;
    if (truncatedFrom >= 0) {
      removed.add(new Removal(truncatedFrom, Math.max(truncatedFrom, truncatedTo), "limit"));
      truncatedFrom = -1;
      truncatedTo = -1;
    }
    int end = buffer.length();
    while (end > 0 && Character.isSpaceChar(buffer.charAt(end - 1))) {
      end--;
    }
    buffer.truncate(end);
    if (end == 0) {
      bufferLinkChars = 0;
      return;
    }
    String text = buffer.text();
    OffsetMap map = buffer.build();
    ElementFrame owner = owner();
    blocks.add(
        new TextBlock(
            blocks.size(),
            text,
            map,
            Math.min(bufferLinkChars, text.length()),
            owner,
            HtmlLayout.typeOf(owner),
            nextNewParagraph));
    buffer = new OffsetMap.Builder();
    bufferLinkChars = 0;
    nextNewParagraph = false;
  }

  private static int position(Element e) {
    Range range = e.sourceRange();
    return range.isTracked() ? range.startPos() : 0;
  }
}
