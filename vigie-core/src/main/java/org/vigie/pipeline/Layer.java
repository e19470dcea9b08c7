package org.vigie.pipeline;

import java.util.Objects;

/**
 * A typed key for one layer of analysis (the extracted text, tokens, entities...). Stages declare
 * the layers they require and produce; the pipeline checks the chain when it is built.
 */
public record Layer<T>(String name, Class<T> type) {
  public Layer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name;
  }
}
