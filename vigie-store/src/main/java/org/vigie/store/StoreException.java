package org.vigie.store;

/**
 * A store operation that cannot go on: the directory is not ours, read-only, full or locked, or a
 * query is malformed. The message is one line for a person, naming the directory or the query; the
 * index on disk is left as its last commit had it.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message.replace('\n', ' ').replace('\r', ' '));
  }

  public StoreException(String message, Throwable cause) {
    super(message.replace('\n', ' ').replace('\r', ' '), cause);
  }
}
