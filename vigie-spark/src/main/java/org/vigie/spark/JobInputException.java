package org.vigie.spark;

/**
 * A problem with the job's input as a whole (a path that does not exist, an empty directory, a
 * Parquet file without a {@code text} or {@code html} column): reported as one line and the job
 * stops before any analysis. A problem of one document is a {@code failures} row instead.
 */
final class JobInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  JobInputException(String message) {
    super(message);
  }
}
