package org.vigie.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server listens and what it bounds: address and port (0: any free port), the ingest token
 * ({@code null}: ingest off), the largest request body, the time one request may take, and the
 * worker threads and queue that bound concurrent work (a request past the queue gets a 503).
 */
public record ServerOptions(
    String bind,
    int port,
    String token,
    long maxBodyBytes,
    Duration timeout,
    int workers,
    int queue) {
  public static final String LOOPBACK = "127.0.0.1";

  public ServerOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxBodyBytes < 1 || workers < 1 || queue < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (token != null && token.strip().length() < 16) {
      throw new IllegalArgumentException("the token must have at least 16 characters");
    }
  }

  /** Loopback on {@code port}, no ingest, 16 MiB bodies, 10 s per request, 8 workers. */
  public static ServerOptions defaults(int port) {
    return new ServerOptions(LOOPBACK, port, null, 16L << 20, Duration.ofSeconds(10), 8, 256);
  }

  public ServerOptions withToken(String newToken) {
    return new ServerOptions(bind, port, newToken, maxBodyBytes, timeout, workers, queue);
  }

  public ServerOptions withBind(String newBind) {
    return new ServerOptions(newBind, port, token, maxBodyBytes, timeout, workers, queue);
  }

  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(bind, port, token, bytes, timeout, workers, queue);
  }
}
