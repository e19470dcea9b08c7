package org.vigie.server;

import java.util.List;
import java.util.Objects;

/**
 * One API route: what the router serves and what the OpenAPI document says about it, from the same
 * record. {@code path} uses Javalin's {@code {name}} syntax, which is also OpenAPI's.
 */
record Route(
    String method,
    String path,
    String summary,
    List<Param> params,
    String body,
    java.time.Duration timeout,
    Action action) {
  Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(action, "action");
    params = List.copyOf(params);
    if (!method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("unsupported method: " + method);
    }
  }

  static Route get(String path, String summary, List<Param> params, Action action) {
    return new Route("GET", path, summary, params, null, null, action);
  }

  /** How long this route may take: its own timeout, else the server's. */
  java.time.Duration timeoutOr(java.time.Duration fallback) {
    return timeout != null ? timeout : fallback;
  }

  /** A parameter: where it goes ({@code query} or {@code path}), its JSON type and meaning. */
  record Param(String name, String in, String type, String description) {
    static Param query(String name, String type, String description) {
      return new Param(name, "query", type, description);
    }

    static Param path(String name, String description) {
      return new Param(name, "path", "string", description);
    }
  }

  /** What a route does with a request: a value rendered as JSON. */
  @FunctionalInterface
  interface Action {
    Object run(Request request) throws Exception;
  }
}
