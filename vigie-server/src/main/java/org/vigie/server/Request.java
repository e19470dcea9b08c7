package org.vigie.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * What a route's action may read of an HTTP request: path parameters, bounded query parameters, a
 * header and the body as a stream. Keeps the actions free of Javalin, so they read as plain calls
 * to the store.
 */
final class Request {
  private final Function<String, String> pathParams;
  private final Function<String, String> headers;
  private final InputStreamSupplier body;
  final Params params;

  @FunctionalInterface
  interface InputStreamSupplier {
    InputStream open() throws IOException;
  }

  Request(
      Function<String, String> pathParams,
      Function<String, String> queryParams,
      Function<String, String> headers,
      InputStreamSupplier body) {
    this.pathParams = pathParams;
    this.headers = headers;
    this.body = body;
    this.params = new Params(queryParams);
  }

  /** A path parameter, bounded like any text parameter. */
  String path(String name) {
    String value = pathParams.apply(name);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("missing " + name);
    }
    if (value.length() > Params.MAX_TEXT) {
      throw ApiException.badRequest(name + " too long: " + value.length() + " characters");
    }
    return value;
  }

  String header(String name) {
    return headers.apply(name);
  }

  InputStream body() throws IOException {
    return body.open();
  }
}
