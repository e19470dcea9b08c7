package org.vigie.text.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.vigie.text.BlockType;

/**
 * How HTML lays text out, as {@link BlockSegmenter} reads it: which elements are never text
 * (scripts, navigation, forms, hidden elements), which ones start a new block, where a single
 * {@code <br>} is only a space, and what kind of block an element's text makes ("h2" a heading,
 * "li" a list item, a paragraph inside a "blockquote" a quotation). Stateless.
 */
final class HtmlLayout {
  private static final Set<String> NEVER_TEXT =
      Set.copyOf(
          List.of(
              "script",
              "style",
              "noscript",
              "template",
              "iframe",
              "frame",
              "frameset",
              "svg",
              "canvas",
              "object",
              "embed",
              "applet",
              "nav",
              "button",
              "select",
              "option",
              "optgroup",
              "datalist",
              "textarea",
              "input",
              "label",
              "head",
              "title",
              "link",
              "meta",
              "audio",
              "video",
              "source",
              "track",
              "map",
              "area",
              "dialog",
              "picture",
              "img"));

  private static final Set<String> BLOCKS =
      Set.copyOf(
          List.of(
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
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "td",
              "th",
              "caption",
              "pre",
              "figure",
              "figcaption",
              "address",
              "hr",
              "body",
              "center",
              "details",
              "summary",
              "fieldset",
              "legend",
              "form",
              "menu",
              "hgroup",
              "html",
              "output",
              "search"));

  /** Where text runs on inside one paragraph: a single {@code <br>} is a space there. */
  private static final Set<String> BR_IS_SPACE =
      Set.copyOf(
          List.of(
              "p",
              "li",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "td",
              "th",
              "dd",
              "dt",
              "caption",
              "figcaption",
              "blockquote",
              "address",
              "legend",
              "summary",
              "pre"));

  private HtmlLayout() {}

  /** Whether a single {@code <br>} inside {@code tag} is a space rather than a line break. */
  static boolean brIsSpace(String tag) {
    return BR_IS_SPACE.contains(tag);
  }

  static boolean isBlock(String tag) {
    // Custom elements ("story-body", "amp-story") are laid out as blocks far more often than not.
    return BLOCKS.contains(tag) || tag.indexOf('-') > 0;
  }

  static boolean isDropped(Element e, String tag) {
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    if (tag.equals("form")) {
      // ASP.NET and some CMSs wrap the whole page in one form: keep a form that holds an article.
      return e.getElementsByTag("p").size() < 3 && e.getElementsByTag("article").isEmpty();
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
      return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
    return false;
  }

  /** The kind of block whose text the element {@code owner} holds. */
  static BlockType typeOf(ElementFrame owner) {
    if (owner == null) {
      return BlockType.PARAGRAPH;
    }
    switch (owner.tag) {
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return BlockType.HEADING;
      case "li":
      case "dt":
      case "dd":
        return BlockType.LIST_ITEM;
      case "td":
      case "th":
        return BlockType.TABLE_CELL;
      case "pre":
        return BlockType.PREFORMATTED;
      case "figcaption":
      case "caption":
        return BlockType.CAPTION;
      case "blockquote":
        return BlockType.QUOTE;
      default:
        break;
    }
    int level = 0;
    for (ElementFrame f = owner.parent; f != null && level < 4; f = f.parent, level++) {
      if (f.tag.equals("blockquote")) {
        return BlockType.QUOTE;
      }
      if (f.tag.equals("li")) {
        return BlockType.LIST_ITEM;
      }
    }
    return BlockType.PARAGRAPH;
  }
}
