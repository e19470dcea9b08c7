package org.vigie.language;

import java.util.Objects;
import org.vigie.pipeline.Layer;

/**
 * The language layer: an ISO 639-1 code, the confidence of the identification, and how it was
 * decided ({@code declared} by the input, {@code detected}, or {@code assumed} as the fallback).
 */
public record DetectedLanguage(String code, double confidence, String how) {
  public static final Layer<DetectedLanguage> LAYER =
      new Layer<>("language", DetectedLanguage.class);

  public DetectedLanguage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(how, "how");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }
}
