package org.vigie.text.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The elements of a page that carry its metadata rather than its text, met while segmenting it: its
 * time stamps ({@code <time>}, {@code itemprop="datePublished"}) and its bylines ({@code
 * itemprop="author"}, {@code rel="author"}, a class or id naming the author or signature), read
 * later by {@link PageMetadataReader}. At most {@link #MAX_COLLECTED} of each, so that a hostile
 * page's thousands of them cost nothing. Not thread-safe: one per page.
 */
final class CueElements {
  static final int MAX_COLLECTED = 200;

  private final List<Element> times = new ArrayList<>();
  private final List<Element> bylines = new ArrayList<>();

  List<Element> times() {
    return times;
  }

  List<Element> bylines() {
    return bylines;
  }

  /** Keeps the element when it is a time stamp or a byline; {@code tag} is its normal name. */
  void collect(Element e, String tag) {
    if (tag.equals("time") || e.hasAttr("itemprop") && e.attr("itemprop").startsWith("date")) {
      if (times.size() < MAX_COLLECTED) {
        times.add(e);
      }
    }
    if (bylines.size() < MAX_COLLECTED && isBylineElement(e)) {
      bylines.add(e);
    }
  }

  private static boolean isBylineElement(Element e) {
    String itemprop = e.attr("itemprop");
    if (itemprop.equals("author") || itemprop.equals("creator")) {
      return true;
    }
    if (e.attr("rel").equals("author")) {
      return true;
    }
    if (e.className().isEmpty() && e.id().isEmpty()) {
      return false;
    }
    for (String w : ClassCues.words(e.className() + " " + e.id(), 16)) {
      if (w.equals("author")
          || w.equals("auteur")
          || w.equals("byline")
          || w.equals("signature")
          || w.equals("authors")
          || w.equals("auteurs")
          || w.equals("writer")) {
        return true;
      }
    }
    return false;
  }
}
