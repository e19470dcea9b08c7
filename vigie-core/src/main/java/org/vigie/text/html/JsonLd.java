package org.vigie.text.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article a page describes in schema.org JSON-LD ({@code <script type="application/ld+json">}):
 * headline, dates, authors, publisher, URL and language of the first Article-like object
 * (NewsArticle, BlogPosting, ReportageNewsArticle...), found at top level, in arrays or in an
 * {@code @graph}. Pages often ship broken JSON (trailing commas, comments, raw line breaks, two
 * objects glued together): the reader is lenient, keeps what parsed before an error, and falls back
 * to pattern matching for the dates and headline. Bounded: script size, nesting depth and number of
 * nodes visited are capped. Thread-safe.
 */
final class JsonLd {
  private static final int MAX_SCRIPT_CHARS = 2_000_000;
  private static final int MAX_DEPTH = 24;
  private static final int MAX_NODES = 20_000;

  private static final ObjectReader READER =
      new JsonMapper(
              JsonFactory.builder()
                  .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                  .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                  .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                  .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                  .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                  .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                  .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
                  .enable(JsonReadFeature.ALLOW_MISSING_VALUES)
                  // Deeply nested JSON is an attack or an accident, never an article's metadata.
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(200).build())
                  .build())
          .reader();

  private static final Pattern PUBLISHED =
      Pattern.compile("\"(?:datePublished|dateCreated)\"\\s*:\\s*\"([^\"]{4,60})\"");
  private static final Pattern MODIFIED =
      Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]{4,60})\"");
  private static final Pattern HEADLINE =
      Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,500})\"");
  private static final Pattern AUTHOR =
      Pattern.compile(
          "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]{0,300}?\"name\"\\s*:\\s*)?\"([^\"]{1,120})\"");

  /** What the JSON-LD of a page says about its article; any field may be null. */
  record Article(
      String headline,
      String published,
      String modified,
      String author,
      String publisher,
      String url,
      String language,
      String siteName) {
    static final Article NONE = new Article(null, null, null, null, null, null, null, null);
  }

  private JsonLd() {}

  /** Reads the scripts' contents in page order; the first Article-like object wins. */
  static Article read(List<String> scripts) {
    List<Found> found = new ArrayList<>();
    String siteName = null;
    StringBuilder brokenText = new StringBuilder();
    for (String script : scripts) {
      String json = clean(script);
      if (json.isEmpty()) {
        continue;
      }
      List<JsonNode> roots = new ArrayList<>();
      boolean broken = parse(json, roots);
      if (broken && brokenText.length() < MAX_SCRIPT_CHARS) {
        brokenText.append(json).append('\n');
      }
      int[] budget = {MAX_NODES};
      for (JsonNode root : roots) {
        walk(root, 0, found, budget);
      }
      for (Found f : found) {
        if (siteName == null && f.site) {
          siteName = text(f.node.get("name"));
        }
      }
    }
    Found best = null;
    for (Found f : found) {
      if (!f.site && (best == null || f.depth < best.depth)) {
        best = f;
      }
    }
    if (best != null) {
      JsonNode a = best.node;
      return new Article(
          firstText(a.get("headline"), a.get("name"), a.get("alternativeHeadline")),
          firstText(a.get("datePublished"), a.get("dateCreated"), a.get("uploadDate")),
          text(a.get("dateModified")),
          names(a.has("author") ? a.get("author") : a.get("creator")),
          names(a.get("publisher")),
          firstText(a.get("url"), a.get("mainEntityOfPage")),
          firstText(a.get("inLanguage")),
          siteName);
    }
    if (brokenText.length() > 0) {
      String text = brokenText.toString();
      return new Article(
          unescape(group(HEADLINE, text)),
          group(PUBLISHED, text),
          group(MODIFIED, text),
          group(AUTHOR, text),
          null,
          null,
          null,
          siteName);
    }
    return siteName == null
        ? Article.NONE
        : new Article(null, null, null, null, siteName, null, null, siteName);
  }

  private record Found(JsonNode node, int depth, boolean site) {}

  private static String clean(String script) {
    String s = script.length() > MAX_SCRIPT_CHARS ? script.substring(0, MAX_SCRIPT_CHARS) : script;
    s = s.strip();
    // CMS wrappers around the JSON: HTML comments, CDATA, a trailing semicolon.
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.replace("//<![CDATA[", "").replace("//]]>", "");
    s = s.replace("<![CDATA[", "").replace("]]>", "").strip();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** Parses every value in {@code json}; returns true when it stopped on an error. */
  private static boolean parse(String json, List<JsonNode> roots) {
    try (MappingIterator<JsonNode> values = READER.forType(JsonNode.class).readValues(json)) {
      while (values.hasNextValue() && roots.size() < 50) {
        roots.add(values.nextValue());
      }
      return false;
    } catch (IOException | RuntimeException e) {
      // Broken JSON is the page's problem: what parsed so far stands, patterns do the rest.
      return true;
    }
  }

  private static void walk(JsonNode node, int depth, List<Found> found, int[] budget) {
    if (node == null || depth > MAX_DEPTH || --budget[0] < 0) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        walk(child, depth + 1, found, budget);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Set<String> types = types(node.get("@type"));
    if (types.contains("ItemList") || types.contains("BreadcrumbList")) {
      return;
    }
    boolean article = false;
    boolean site = false;
    for (String type : types) {
      if (isArticleType(type)) {
        article = true;
      } else if (type.equals("WebSite")
          || type.equals("NewsMediaOrganization")
          || type.equals("Organization")) {
        site = true;
      }
    }
    if (article) {
      found.add(new Found(node, depth, false));
    } else if (site) {
      found.add(new Found(node, depth, true));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      // An article's comments, related articles and parts are other texts with their own dates.
      if (article
          && (name.equals("comment") || name.equals("hasPart") || name.equals("relatedLink"))) {
        continue;
      }
      if (field.getValue().isContainerNode()) {
        walk(field.getValue(), depth + 1, found, budget);
      }
    }
  }

  private static boolean isArticleType(String type) {
    return type.endsWith("Article")
        || type.equals("BlogPosting")
        || type.equals("LiveBlogPosting")
        || type.equals("SocialMediaPosting")
        || type.equals("Report");
  }

  private static Set<String> types(JsonNode type) {
    Set<String> out = new LinkedHashSet<>();
    if (type == null) {
      return out;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual()) {
          out.add(localName(t.asText()));
        }
      }
    } else if (type.isTextual()) {
      out.add(localName(type.asText()));
    }
    return out;
  }

  private static String localName(String type) {
    int slash = type.lastIndexOf('/');
    return slash >= 0 ? type.substring(slash + 1) : type;
  }

  /** Names of persons or organisations: a string, an object with a name, or an array of those. */
  private static String names(JsonNode node) {
    if (node == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      int n = 0;
      for (JsonNode item : node) {
        if (n++ >= 10) {
          break;
        }
        String name = name(item);
        if (name != null && !out.contains(name)) {
          out.add(name);
        }
      }
    } else {
      String name = name(node);
      if (name != null) {
        out.add(name);
      }
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }

  private static String name(JsonNode node) {
    if (node.isTextual()) {
      String s = node.asText().strip();
      return s.isEmpty() || s.startsWith("http") ? null : s;
    }
    if (node.isObject()) {
      String name = text(node.get("name"));
      if (name == null && node.has("givenName")) {
        name =
            (text(node.get("givenName")) + " " + nullToEmpty(text(node.get("familyName")))).strip();
      }
      return name;
    }
    return null;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String firstText(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      String s = text(node);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** A string value; for an object its {@code @id}, {@code url} or {@code name}; arrays: first. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.size() == 0 ? null : text(node.get(0));
    }
    if (node.isObject()) {
      return firstTextual(node.get("@id"), node.get("url"), node.get("name"), node.get("@value"));
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String firstTextual(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      if (node != null && node.isTextual() && !node.asText().isBlank()) {
        return node.asText().strip();
      }
    }
    return null;
  }

  private static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1).strip() : null;
  }

  private static String unescape(String s) {
    if (s == null) {
      return null;
    }
    return s.replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
  }
}
