package org.vigie.server;

/**
 * A request the server refuses, with the HTTP status and the one-line message the client gets as
 * {@code {"status": .., "error": .., "message": ..}}. Never carries a stack trace to the client.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message.replace('\n', ' ').replace('\r', ' '), null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  public int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
