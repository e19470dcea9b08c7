package org.vigie.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.model.Diagnostic;

/** What one stage returns for one document: the layers it produced and its diagnostics. */
public final class StageOutput {
  private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private StageOutput() {}

  public static <T> StageOutput of(Layer<T> layer, T value) {
    return new StageOutput().and(layer, value);
  }

  public <T> StageOutput and(Layer<T> layer, T value) {
    Objects.requireNonNull(value, () -> "null value for layer " + layer);
    if (layers.put(layer, layer.type().cast(value)) != null) {
      throw new IllegalArgumentException("layer " + layer + " set twice");
    }
    return this;
  }

  public StageOutput diagnostic(Diagnostic diagnostic) {
    diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
    return this;
  }

  public StageOutput diagnostics(List<Diagnostic> more) {
    more.forEach(this::diagnostic);
    return this;
  }

  Map<Layer<?>, Object> layers() {
    return layers;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
