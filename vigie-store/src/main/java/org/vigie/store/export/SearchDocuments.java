package org.vigie.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * The articles as documents for a Lucene-based search cluster, so that search beyond one machine's
 * store goes to OpenSearch or Solr: one flat document per article (text and title for French
 * full-text search; outlet, names, speakers and event types as exact-match facets; the publication
 * day as a date, midnight UTC, when the article gives a whole one), the bulk lines each engine
 * ingests, and the mapping each needs, both drawn from one field list ({@link #FIELDS}) so they
 * cannot disagree. Thread-safe: stateless.
 *
 * <p>OpenSearch: {@code PUT /vigie} with {@link #mapping}, then {@code POST /_bulk} with the lines
 * (an action line, then the document). Solr: the field list through the Schema API ({@code POST
 * /solr/vigie/schema}), then the lines (documents only) to {@code /update/json/docs}.
 */
public final class SearchDocuments {
  /** The search engines the export is written for. */
  public enum Engine {
    opensearch,
    solr
  }

  /** How a field is indexed. */
  enum Kind {
    /** French full text (stemmed, accents folded). */
    TEXT,
    /** One exact value, for filters and facets. */
    KEYWORD,
    /** Exact values, several per article. */
    KEYWORDS,
    /** A calendar day. */
    DATE
  }

  /** A field of the document. */
  record Field(String name, Kind kind) {}

  /** Every field a document may carry, in document order. */
  static final List<Field> FIELDS =
      List.of(
          new Field("id", Kind.KEYWORD),
          new Field("url", Kind.KEYWORD),
          new Field("outlet", Kind.KEYWORD),
          new Field("language", Kind.KEYWORD),
          new Field("title", Kind.TEXT),
          new Field("author", Kind.TEXT),
          new Field("published", Kind.KEYWORD),
          new Field("published_day", Kind.DATE),
          new Field("dateline", Kind.KEYWORD),
          new Field("text", Kind.TEXT),
          new Field("persons", Kind.KEYWORDS),
          new Field("organizations", Kind.KEYWORDS),
          new Field("places", Kind.KEYWORDS),
          new Field("speakers", Kind.KEYWORDS),
          new Field("quotes", Kind.TEXT),
          new Field("event_types", Kind.KEYWORDS),
          new Field("story", Kind.KEYWORD),
          new Field("duplicate_of", Kind.KEYWORD));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SearchDocuments() {}

  /** The search document of an article. */
  public static ObjectNode document(Article a) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("id", a.id());
    doc.put("url", a.source().url());
    doc.put("outlet", a.source().outlet());
    doc.put("language", a.language());
    doc.put("title", a.title());
    doc.put("author", a.author());
    doc.put("published", a.published());
    String published = a.published();
    if (published != null
        && published.length() >= 10
        && DAY.matcher(published.substring(0, 10)).matches()) {
      doc.put("published_day", published.substring(0, 10) + "T00:00:00Z");
    }
    doc.put("dateline", a.dateline() == null ? null : a.dateline().place());
    doc.put("text", a.text());
    names(doc, "persons", a, EntityType.PERSON);
    names(doc, "organizations", a, EntityType.ORGANIZATION);
    names(doc, "places", a, EntityType.LOCATION);
    distinct(doc, "speakers", a.quotes(), q -> q.speaker().canonical());
    distinct(doc, "quotes", a.quotes(), q -> q.text());
    distinct(doc, "event_types", a.events(), e -> e.type());
    doc.put("story", a.story());
    doc.put("duplicate_of", a.duplicateOf());
    return doc;
  }

  /** The bulk lines of one article, each ending with a newline. */
  public static String bulk(Article a, Engine engine, String index) {
    String doc = document(a).toString();
    if (engine == Engine.solr) {
      return doc + "\n";
    }
    ObjectNode action = JSON.createObjectNode();
    action.putObject("index").put("_index", index).put("_id", a.id());
    return action + "\n" + doc + "\n";
  }

  /**
   * The mapping for the engine: OpenSearch's index body (strict mapping, the built-in {@code
   * french} analyzer), or Solr's Schema API commands ({@code text_fr} and {@code string} from the
   * default configset; {@code id} is Solr's unique key already).
   */
  public static String mapping(Engine engine) {
    ObjectNode root = JSON.createObjectNode();
    if (engine == Engine.opensearch) {
      ObjectNode mappings = root.putObject("mappings");
      mappings.put("dynamic", "strict");
      ObjectNode properties = mappings.putObject("properties");
      for (Field field : FIELDS) {
        ObjectNode property = properties.putObject(field.name());
        switch (field.kind()) {
          case TEXT -> property.put("type", "text").put("analyzer", "french");
          case KEYWORD, KEYWORDS -> property.put("type", "keyword");
          case DATE -> property.put("type", "date").put("format", "strict_date_optional_time");
        }
      }
    } else {
      ArrayNode fields = root.putArray("add-field");
      for (Field field : FIELDS) {
        if (field.name().equals("id")) {
          continue;
        }
        ObjectNode f = fields.addObject().put("name", field.name());
        switch (field.kind()) {
          case TEXT -> f.put("type", "text_fr").put("multiValued", field.name().equals("quotes"));
          case KEYWORD -> f.put("type", "string");
          case KEYWORDS -> f.put("type", "string").put("multiValued", true);
          case DATE -> f.put("type", "pdate");
        }
        f.put("stored", true);
      }
    }
    return root.toPrettyString() + "\n";
  }

  private static void names(ObjectNode doc, String field, Article a, EntityType type) {
    distinct(
        doc,
        field,
        a.entities().stream().filter(e -> e.type() == type).toList(),
        (Entity e) -> e.canonical() == null ? e.text() : e.canonical());
  }

  private static <T> void distinct(
      ObjectNode doc, String field, List<T> items, Function<T, String> value) {
    Set<String> values = new LinkedHashSet<>();
    for (T item : items) {
      String v = value.apply(item);
      if (v != null && !v.isBlank()) {
        values.add(v);
      }
    }
    ArrayNode array = doc.putArray(field.toLowerCase(Locale.ROOT));
    values.forEach(array::add);
  }
}
