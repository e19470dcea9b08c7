package org.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.model.Article;

/**
 * Article JSON in the index. The text is stored once, in its own field (the highlighter reads it
 * there), so the stored JSON carries an empty {@code text} and reading puts the text back. Tokens
 * and sentences are not stored (read back as empty lists). Fields added to the contract later are
 * ignored by older readers rather than failing them. Thread-safe.
 */
public final class ArticleCodec {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ArticleCodec() {}

  /** The article's JSON without its text. */
  public static String withoutText(Article article) {
    ObjectNode tree = MAPPER.valueToTree(article);
    tree.put("text", "");
    // Tokens and sentences are the backend's working layers, not contract fields, and twenty
    // times the size of the rest: the store keeps them out (vigie analyze prints them).
    tree.putArray("tokens");
    tree.putArray("sentences");
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + article.id(), e);
    }
  }

  /**
   * The layers (list fields) an article can be read without: see {@link #read(String, String,
   * Set)}.
   */
  public static final java.util.Set<String> LAYERS =
      java.util.Set.of("entities", "quotes", "timexes", "events", "diagnostics");

  /**
   * The article back from its stored JSON and text, with only the {@code kept} layers of {@link
   * #LAYERS} (the others read as empty lists, skipped unparsed): a listing of events over a large
   * store does not build every article's entities and quotes.
   */
  public static Article read(String json, String text, java.util.Set<String> kept) {
    try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(json)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        throw new StoreException("stored article is not a JSON object");
      }
      ObjectNode tree = MAPPER.createObjectNode();
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (LAYERS.contains(name) && !kept.contains(name)) {
          p.skipChildren();
          tree.putArray(name);
        } else {
          tree.set(name, MAPPER.readTree(p));
        }
      }
      tree.put("text", text == null ? "" : text);
      return MAPPER.treeToValue(tree, Article.class);
    } catch (java.io.IOException e) {
      throw new StoreException("stored article is not readable: " + e.getMessage(), e);
    }
  }

  /**
   * The article's contract JSON ({@code ArticleJson.line} of {@link #read}) straight from its
   * stored JSON and text, without building the article: the stored JSON is that rendering with an
   * empty text, so the tokens are copied as they are and the text put in its place. Serving an
   * article this way costs one pass over its JSON instead of a tree, a record and a rendering.
   */
  public static String json(String json, String text) {
    java.io.StringWriter out =
        new java.io.StringWriter(json.length() + 2 * (text == null ? 0 : text.length()));
    try (com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      copyWithText(json, text, g);
    } catch (java.io.IOException e) {
      throw new StoreException("stored article is not readable: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * {@link #json} in UTF-8, written as bytes (what a server sends) rather than as a string encoded
   * afterwards. Characters outside the Basic Multilingual Plane and lone surrogates come out as
   * JSON escapes, which read back as the same text.
   */
  public static byte[] jsonBytes(String json, String text) {
    java.io.ByteArrayOutputStream out =
        new java.io.ByteArrayOutputStream(json.length() + 2 * (text == null ? 0 : text.length()));
    try (com.fasterxml.jackson.core.JsonGenerator g =
        MAPPER.getFactory().createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      copyWithText(json, text, g);
    } catch (java.io.IOException e) {
      throw new StoreException("stored article is not readable: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void copyWithText(
      String json, String text, com.fasterxml.jackson.core.JsonGenerator g)
      throws java.io.IOException {
    try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(json)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        throw new StoreException("stored article is not a JSON object");
      }
      g.writeStartObject();
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        g.writeFieldName(name);
        if (name.equals("text")) {
          g.writeString(text == null ? "" : text);
        } else {
          g.copyCurrentStructure(p);
        }
      }
      g.writeEndObject();
    }
  }

  /** The article back from its stored JSON and text. */
  public static Article read(String json, String text) {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(json);
      tree.put("text", text == null ? "" : text);
      return MAPPER.treeToValue(tree, Article.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored article is not readable: " + e.getOriginalMessage(), e);
    }
  }

  /** A copy of the article with its store id and corpus fields set. */
  public static Article withCorpus(Article a, String id, String story, String duplicateOf) {
    return a.withCorpus(id, story, duplicateOf);
  }
}
