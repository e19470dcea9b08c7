package org.vigie.ingest;

/** How an input document is written. */
public enum InputFormat {
  TEXT,
  HTML
}
