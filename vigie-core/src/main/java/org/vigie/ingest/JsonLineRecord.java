package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Diagnostic;
import org.vigie.model.Source;

/**
 * A JSON object in CONTRACT's input shape ({@code text} or {@code html}, optional {@code id},
 * {@code url}, {@code outlet}, {@code title}, {@code published}, {@code language}) read as an
 * article, or a failure saying what is wrong with it.
 */
final class JsonLineRecord {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLineRecord() {}

  /**
   * One JSON Lines record as an article, each field checked ({@link JsonLineFields}). {@code
   * idLines} (null for a lone record) remembers the line of each id of the file, so that a
   * duplicate id says which record wins.
   */
  static IngestItem read(
      CharsetDecoder decoder,
      String location,
      byte[] bytes,
      long lineNumber,
      java.util.Map<String, Long> idLines) {
    DecodedBytes decoded = decoder.decode(bytes, false);
    JsonNode node;
    try {
      node = JSON.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      return new IngestFailure(location, "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new IngestFailure(location, "not a JSON object");
    }
    for (String field : List.of("text", "html")) {
      String problem = JsonLineFields.contentProblem(node, field);
      if (problem != null) {
        return new IngestFailure(location, problem);
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
    String text = JsonLineFields.string(node, "text", diagnostics);
    String html = JsonLineFields.string(node, "html", diagnostics);
    if (text == null && html == null) {
      return new IngestFailure(location, "no \"text\" or \"html\" field");
    }
    String content = text != null ? text : html;
    if (content.isBlank()) {
      return new IngestFailure(location, "empty \"" + (text != null ? "text" : "html") + "\"");
    }
    String id = JsonLineFields.id(node, diagnostics);
    if (id != null && idLines != null) {
      Long first = idLines.putIfAbsent(id, lineNumber);
      if (first != null) {
        diagnostics.add(
            Diagnostic.warning(
                "duplicate-id",
                "id \""
                    + id
                    + "\" is also on line "
                    + first
                    + ": this later record (line "
                    + lineNumber
                    + ") wins and replaces it in a store"));
      }
    }
    return new RawArticle(
        id != null ? id : InputScanner.contentId(content),
        new Source(
            location,
            JsonLineFields.string(node, "url", diagnostics),
            JsonLineFields.string(node, "outlet", diagnostics)),
        text != null ? InputFormat.TEXT : InputFormat.HTML,
        content,
        JsonLineFields.string(node, "title", diagnostics),
        JsonLineFields.published(node, diagnostics),
        JsonLineFields.string(node, "language", diagnostics),
        diagnostics);
  }
}
