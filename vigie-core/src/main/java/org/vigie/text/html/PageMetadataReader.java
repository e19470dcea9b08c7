package org.vigie.text.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.text.PageMetadata;

/**
 * What a page says about its article, from the most to the least explicit evidence: JSON-LD and
 * meta tags ({@code og:}, {@code article:}, Dublin Core, Parse.ly, Sailthru...), then the page body
 * ({@code <time datetime>}, bylines, "Publié le ..." and "Par ..." lines near the article's start,
 * the {@code h1}). The date in the URL is not read here: the metadata resolver falls back to it for
 * every input, and says so. Dates are returned as written, but a machine-readable (ISO) one is
 * preferred over a human one. Dates and bylines found in comments or related-article teasers are
 * ignored: content selection says which elements speak for the article. Stateless.
 */
final class PageMetadataReader {
  private static final int MAX_META = 2_000;
  private static final int MAX_SCRIPTS = 50;

  private static final List<String> TITLE_KEYS =
      List.of("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title");
  private static final List<String> PUBLISHED_KEYS =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "article:published",
          "published_time",
          "og:published_time",
          "datepublished",
          "parsely-pub-date",
          "sailthru.date",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date.created",
          "dcterms.created",
          "dcterms.date",
          "dc.date",
          "dc:date",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "publication_date",
          "article.published",
          "article_date_original",
          "original-publish-date",
          "cxenseparse:recs:publishtime",
          "citation_publication_date",
          "citation_date",
          "bepress_citation_date",
          "prism.publicationdate",
          "og:pubdate",
          "release_date",
          "created");
  private static final List<String> MODIFIED_KEYS =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "datemodified",
          "dc.date.modified",
          "dcterms.modified",
          "article.updated",
          "last-modified",
          "lastmod",
          "revised");
  private static final List<String> AUTHOR_KEYS =
      List.of(
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "citation_author",
          "bepress_citation_author",
          "byl",
          "twitter:creator");
  private static final List<String> OUTLET_KEYS =
      List.of(
          "og:site_name", "application-name", "publisher", "dc.publisher", "al:android:app_name");

  private static final Pattern ISO_DATE = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}");
  private static final String MONTHS =
      "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
          + "|décembre|decembre|janv\\.?|févr\\.?|fevr\\.?|avr\\.?|juil\\.?|sept\\.?|oct\\.?"
          + "|nov\\.?|déc\\.?|dec\\.?";
  private static final String HUMAN_DATE =
      "(\\d{1,2}(?:er)?\\s+(?:" + MONTHS + ")\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})";
  private static final Pattern PUBLISHED_LINE =
      Pattern.compile(
          "(?:publié|publiée|mis en ligne|posté|postée|paru|parue|date de publication)"
              + "(?:\\s+le)?\\s*:?\\s*(?:\\p{L}+\\s+)?"
              + HUMAN_DATE,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DATE_ALONE =
      Pattern.compile(HUMAN_DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:[Pp]ar|[Bb]y|[Tt]exte de|[Pp]ropos recueillis par)\\s*:?\\s+"
              + "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de |du |d'|d’|van |von |le |la |et )?"
              + "\\p{Lu}[\\p{L}'’.-]*){0,4})",
          Pattern.UNICODE_CASE);

  /** Evidence from the page head: meta tags, JSON-LD, language, canonical URL. */
  record Head(Map<String, String> meta, JsonLd.Article jsonLd, String language, String canonical) {
    String meta(String key) {
      return meta.get(key);
    }

    String firstMeta(List<String> keys) {
      for (String key : keys) {
        String value = meta.get(key);
        if (value != null) {
          return value;
        }
      }
      return null;
    }

    String url() {
      return first(canonical, meta("og:url"), jsonLd.url(), meta("twitter:url"));
    }

    String outlet() {
      return first(firstMeta(OUTLET_KEYS), jsonLd.publisher(), jsonLd.siteName());
    }

    /** The title the head declares, site name stripped (null when it declares none). */
    String title() {
      String title = first(meta("og:title"), jsonLd.headline(), firstMeta(TITLE_KEYS));
      return title == null ? null : TitleText.stripSite(title, TitleText.siteKeys(outlet(), url()));
    }
  }

  private PageMetadataReader() {}

  static Head readHead(Document page) {
    Map<String, String> meta = new HashMap<>();
    int seen = 0;
    for (Element e : page.getElementsByTag("meta")) {
      if (++seen > MAX_META) {
        break;
      }
      String content = e.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          meta.putIfAbsent(key, content);
        }
      }
    }
    List<String> scripts = new ArrayList<>();
    for (Element script : page.getElementsByTag("script")) {
      if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        scripts.add(script.data());
        if (scripts.size() >= MAX_SCRIPTS) {
          break;
        }
      }
    }
    String language = null;
    Element html = page.selectFirst("html");
    if (html != null) {
      language = blankToNull(html.attr("lang"));
      if (language == null) {
        language = blankToNull(html.attr("xml:lang"));
      }
    }
    String canonical = null;
    for (Element link : page.getElementsByTag("link")) {
      if (link.attr("rel").equalsIgnoreCase("canonical")) {
        canonical = blankToNull(link.attr("href"));
        break;
      }
    }
    return new Head(meta, JsonLd.read(scripts), language, canonical);
  }

  /** Everything together, once content selection has said where the article is. */
  static PageMetadata read(
      Document page,
      Head head,
      BlockSegmenter.Segments segments,
      ContentSelector selector,
      List<TextBlock> kept) {
    int contentStart = kept.isEmpty() ? Integer.MAX_VALUE : kept.get(0).rawStart();
    int contentEnd = kept.isEmpty() ? Integer.MAX_VALUE : kept.get(kept.size() - 1).rawEnd();
    String url = head.url();
    String outlet = head.outlet();
    String title = head.title();
    if (title == null) {
      title = h1(segments.blocks(), kept);
    }
    if (title == null) {
      title = TitleText.stripSite(blankToNull(page.title()), TitleText.siteKeys(outlet, url));
    }
    String published =
        preferIso(
            head.jsonLd().published(),
            head.firstMeta(PUBLISHED_KEYS),
            timeElement(segments.times(), selector, contentEnd, true),
            textDate(segments.blocks(), kept));
    String modified =
        preferIso(
            head.jsonLd().modified(),
            head.firstMeta(MODIFIED_KEYS),
            timeElement(segments.times(), selector, contentEnd, false));
    String author =
        first(
            head.jsonLd().author(),
            personName(head.firstMeta(AUTHOR_KEYS)),
            bylineElement(segments.bylines(), selector, contentEnd),
            bylineLine(segments.blocks(), kept),
            personName(head.meta("author")));
    String language =
        first(
            head.language(),
            head.meta("content-language"),
            head.meta("dc.language"),
            head.jsonLd().language(),
            head.meta("og:locale"));
    return new PageMetadata(title, published, modified, author, outlet, url, language);
  }

  private static String h1(List<TextBlock> blocks, List<TextBlock> kept) {
    for (TextBlock b : kept) {
      if (b.owner.tag.equals("h1")) {
        return b.text;
      }
    }
    for (TextBlock b : blocks) {
      if (b.owner.tag.equals("h1") && b.linkDensity() < 0.5) {
        return b.text;
      }
    }
    return null;
  }

  /**
   * The first {@code <time>} (or {@code itemprop=date...} element) that speaks for the article:
   * marked as the publication (or modification) date first, any other date next.
   */
  private static String timeElement(
      List<Element> times, ContentSelector selector, int contentEnd, boolean published) {
    String marked = null;
    String plain = null;
    for (Element e : times) {
      if (!selector.speaksForArticle(e, contentEnd)) {
        continue;
      }
      String cues =
          (e.attr("itemprop") + " " + e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      boolean modifiedCue =
          cues.contains("modif") || cues.contains("update") || cues.contains("maj");
      boolean publishedCue =
          cues.contains("published")
              || cues.contains("publi")
              || cues.contains("created")
              || e.hasAttr("pubdate");
      String value =
          first(
              blankToNull(e.attr("datetime")),
              blankToNull(e.attr("content")),
              selector.textChars(e) <= 80 ? blankToNull(e.text()) : null);
      if (value == null) {
        continue;
      }
      if (published ? publishedCue && !modifiedCue : modifiedCue) {
        if (marked == null) {
          marked = value;
        }
      } else if (published && !modifiedCue && plain == null) {
        plain = value;
      }
    }
    return marked != null ? marked : plain;
  }

  /** "Publié le 12 avril 2017" near the start of the article, or a lone date just above it. */
  private static String textDate(List<TextBlock> blocks, List<TextBlock> kept) {
    if (kept.isEmpty()) {
      return null;
    }
    int first = kept.get(0).index;
    int from = Math.max(0, first - 15);
    int to = Math.min(blocks.size(), first + 15);
    for (int i = from; i < to; i++) {
      Matcher m = PUBLISHED_LINE.matcher(blocks.get(i).text);
      if (m.find()) {
        return m.group(1);
      }
    }
    for (int i = from; i < to; i++) {
      TextBlock b = blocks.get(i);
      if (b.text.length() <= 80 && b.dropReason != null) {
        Matcher m = DATE_ALONE.matcher(b.text);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  private static String bylineElement(
      List<Element> bylines, ContentSelector selector, int contentEnd) {
    for (Element e : bylines) {
      // An author box with a biography is not a byline; reading its text would also be unbounded.
      if (selector.textChars(e) > 300 || !selector.speaksForArticle(e, contentEnd)) {
        continue;
      }
      Element name = null;
      for (Element child : e.getElementsByAttributeValue("itemprop", "name")) {
        name = child;
        break;
      }
      String text = name != null ? name.text() : e.text();
      if (text.length() <= 80) {
        String person = personName(text);
        if (person != null) {
          return person;
        }
      }
    }
    return null;
  }

  private static String bylineLine(List<TextBlock> blocks, List<TextBlock> kept) {
    if (kept.isEmpty()) {
      return null;
    }
    int first = kept.get(0).index;
    for (int i = Math.max(0, first - 10); i < Math.min(blocks.size(), first + 5); i++) {
      String text = blocks.get(i).text;
      if (text.length() > 120) {
        continue;
      }
      Matcher m = BYLINE.matcher(text);
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    return null;
  }

  /** A person's name from a byline: "Par Jeanne Corriveau" gives "Jeanne Corriveau"; not URLs. */
  static String personName(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty() || s.startsWith("http") || s.startsWith("@") || s.matches("\\d+")) {
      return null;
    }
    s = s.replaceFirst("(?iu)^(?:par|by|de|auteur|auteurs|author)\\s*:?\\s+", "");
    int cut = indexOfAny(s, " | ", " - ", " – ", "\n", " publié", " Publié", " le ");
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    s = s.strip();
    return s.isEmpty() || s.length() > 100 ? null : s;
  }

  private static int indexOfAny(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int i = s.indexOf(n);
      if (i > 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** The first ISO date among {@code values}, else the first value at all. */
  private static String preferIso(String... values) {
    for (String v : values) {
      if (v != null && ISO_DATE.matcher(v).find()) {
        return v.strip();
      }
    }
    return first(values);
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
