package org.vigie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;
import org.vigie.model.Removal;

/**
 * Text and metadata from an HTML page with jsoup, keeping for every character its offset in the raw
 * page (jsoup source positions, with entities aligned). Drops markup that is never article text
 * (scripts, styles, forms, navigation) and records what it dropped. Main-content selection among
 * the remaining blocks is the boilerplate stage's job. Thread-safe.
 */
final class HtmlTextExtractor {
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "nav",
          "form",
          "button",
          "select",
          "textarea",
          "head");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "pre",
          "figure",
          "figcaption",
          "address",
          "hr",
          "body");

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /** The page's paragraphs as blocks (one per line of the laid-out text). */
  PageBlocks read(String raw) {
    Page page = extract(raw);
    String text = page.layout().text();
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    boolean blankBefore = false;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end == start) {
        blankBefore = true;
      } else {
        blocks.add(
            new Block(
                text.substring(start, end),
                page.layout().map().slice(start, end),
                BlockType.PARAGRAPH,
                0,
                blankBefore,
                ""));
        blankBefore = false;
      }
      start = end + 1;
    }
    return new PageBlocks(
        blocks,
        new PageMetadata(
            page.title(), page.published(), null, null, page.outlet(), page.url(), null),
        page.removed());
  }

  record Page(
      TextLayout.ExtractedLayout layout,
      String title,
      String published,
      String outlet,
      String url,
      List<Removal> removed) {}

  Page extract(String raw) {
    org.jsoup.nodes.Document page =
        Jsoup.parse(raw, "", Parser.htmlParser().setTrackPosition(true));
    List<Removal> removed = new ArrayList<>();
    TextLayout layout = new TextLayout();
    Element body = page.body();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              if (!insideDropped(text)) {
                appendText(layout, raw, text);
              }
            } else if (node instanceof Element e && !insideDropped(e)) {
              if (NEVER_TEXT.contains(e.normalName())) {
                Range start = e.sourceRange();
                Range end = e.endSourceRange();
                if (start.isTracked()) {
                  int rawEnd = end.isTracked() ? end.endPos() : start.endPos();
                  removed.add(new Removal(start.startPos(), rawEnd, "markup"));
                }
              } else if (e.normalName().equals("br")) {
                layout.lineBreak(1, position(e));
              } else if (BLOCKS.contains(e.normalName())) {
                layout.lineBreak(2, position(e));
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              Range end = e.endSourceRange();
              layout.lineBreak(2, end.isTracked() ? end.startPos() : position(e));
            }
          }
        });
    return new Page(
        layout.finish(),
        firstNonBlank(
            meta(page, "meta[property=og:title]"),
            page.title(),
            page.selectFirst("h1") == null ? null : page.selectFirst("h1").text()),
        firstNonBlank(
            meta(page, "meta[property=article:published_time]"),
            meta(page, "meta[name=date]"),
            attr(page, "time[datetime]", "datetime")),
        meta(page, "meta[property=og:site_name]"),
        firstNonBlank(
            attr(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]")),
        removed);
  }

  private static boolean insideDropped(Node node) {
    for (Node n = node.parent(); n != null; n = n.parent()) {
      if (n instanceof Element e && NEVER_TEXT.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends a text node. Its decoded text is aligned with its raw source: an entity such as {@code
   * &eacute;} is one character of text that maps to the entity's first raw character.
   */
  private static void appendText(TextLayout layout, String raw, TextNode node) {
    String text = node.getWholeText();
    Range range = node.sourceRange();
    if (!range.isTracked()) {
      int at = node.parent() instanceof Element e ? position(e) : 0;
      layout.appendRun(text, 0, text.length(), i -> at);
      return;
    }
    int rawStart = range.startPos();
    int rawEnd = Math.min(range.endPos(), raw.length());
    int[] positions = new int[text.length()];
    int p = rawStart;
    for (int i = 0; i < text.length(); i++) {
      positions[i] = Math.max(rawStart, Math.min(p, rawEnd - 1));
      int entityEnd = p < rawEnd && raw.charAt(p) == '&' ? entityEnd(raw, p, rawEnd) : -1;
      if (entityEnd > 0) {
        p = entityEnd;
        if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
          i++;
          positions[i] = positions[i - 1];
        }
      } else {
        p++;
      }
    }
    layout.appendRun(text, 0, text.length(), i -> positions[i]);
  }

  /** The end of the character reference starting at {@code p}, or -1 for a bare "&". */
  private static int entityEnd(String raw, int p, int rawEnd) {
    Matcher m = ENTITY.matcher(raw).region(p, Math.min(rawEnd, p + 40));
    return m.lookingAt() ? m.end() : -1;
  }

  private static int position(Element e) {
    Range range = e.sourceRange();
    return range.isTracked() ? range.startPos() : 0;
  }

  private static String meta(org.jsoup.nodes.Document page, String selector) {
    return attr(page, selector, "content");
  }

  private static String attr(org.jsoup.nodes.Document page, String selector, String attribute) {
    Element e = page.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String value = e.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
