package org.vigie.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The OpenAPI 3 document of the API, built from the route table the router serves, so every route
 * is documented and every documented route exists. Responses are described by their status codes
 * and JSON bodies; the article shape is CONTRACT.md's.
 */
final class OpenApi {
  private OpenApi() {}

  static ObjectNode document(List<Route> routes, String version) {
    ObjectMapper json = Json.MAPPER;
    ObjectNode doc = json.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Vigie API");
    info.put("version", version);
    info.put(
        "description",
        "Search and read analysed news articles: quotes and speakers, entities, stories, outlets."
            + " Article JSON follows Vigie's CONTRACT.md. Errors are {status, error, message}.");
    info.putObject("license").put("name", "GPL-3.0-or-later");
    ObjectNode components = doc.putObject("components");
    ObjectNode schemes = components.putObject("securitySchemes");
    schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
    ObjectNode error = components.putObject("schemas").putObject("Error");
    error.put("type", "object");
    ObjectNode props = error.putObject("properties");
    props.putObject("status").put("type", "integer");
    props.putObject("error").put("type", "string");
    props.putObject("message").put("type", "string");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode path =
          paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = path.putObject(r.method().toLowerCase(java.util.Locale.ROOT));
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      ArrayNode params = op.putArray("parameters");
      for (Route.Param p : r.params()) {
        ObjectNode param = params.addObject();
        param.put("name", p.name());
        param.put("in", p.in());
        param.put("required", p.in().equals("path"));
        param.put("description", p.description());
        param.putObject("schema").put("type", p.type());
      }
      if (r.body() != null) {
        op.putArray("security").addObject().putArray("bearer");
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.put("description", r.body());
        body.putObject("content")
            .putObject("application/x-ndjson")
            .putObject("schema")
            .put("type", "string");
      }
      ObjectNode responses = op.putObject("responses");
      responses
          .putObject("200")
          .put("description", "OK")
          .putObject("content")
          .putObject("application/json")
          .putObject("schema")
          .put("type", "object");
      for (String status : List.of("400", "404", "413", "503")) {
        responses
            .putObject(status)
            .put("description", "Error")
            .putObject("content")
            .putObject("application/json")
            .putObject("schema")
            .put("$ref", "#/components/schemas/Error");
      }
    }
    return doc;
  }

  private static String operationId(Route r) {
    StringBuilder id = new StringBuilder(r.method().toLowerCase(java.util.Locale.ROOT));
    for (String part : r.path().split("/")) {
      if (part.isEmpty() || part.equals("api")) {
        continue;
      }
      String word = part.replace("{", "by-").replace("}", "");
      for (String w : word.split("-")) {
        if (!w.isEmpty()) {
          id.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
      }
    }
    return id.toString();
  }
}
