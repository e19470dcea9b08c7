package org.vigie.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Diagnostic;

/**
 * A document in the middle of analysis: the raw article and the layers stages have added so far.
 * Immutable: each stage's output makes a new document, so no stage can rewrite an earlier layer.
 */
public final class Document {
  /** Diagnostics kept per document; more are counted but dropped (jsoup's parse-error list). */
  public static final int MAX_DIAGNOSTICS = 50;

  private final RawArticle raw;
  private final DocumentBudget budget;
  private final Deadline deadline;
  private final Map<Layer<?>, Object> layers;
  private final List<Diagnostic> diagnostics;
  private final int droppedDiagnostics;

  private Document(
      RawArticle raw,
      DocumentBudget budget,
      Deadline deadline,
      Map<Layer<?>, Object> layers,
      List<Diagnostic> diagnostics,
      int droppedDiagnostics) {
    this.raw = raw;
    this.budget = budget;
    this.deadline = deadline;
    this.layers = layers;
    this.diagnostics = diagnostics;
    this.droppedDiagnostics = droppedDiagnostics;
  }

  /** A document with no budget (a stage run on its own, in a test or a tool). */
  public static Document of(RawArticle raw) {
    return of(raw, DocumentBudget.UNBOUNDED);
  }

  /** A document whose time budget starts now. */
  public static Document of(RawArticle raw, DocumentBudget budget) {
    List<Diagnostic> initial = raw.diagnostics();
    int keep = Math.min(initial.size(), MAX_DIAGNOSTICS);
    return new Document(
        raw,
        budget,
        budget.start(),
        Map.of(),
        List.copyOf(initial.subList(0, keep)),
        initial.size() - keep);
  }

  public RawArticle raw() {
    return raw;
  }

  /** What this document may cost. */
  public DocumentBudget budget() {
    return budget;
  }

  /** When its time budget ends: long loops {@link Deadline#check} it at each turn. */
  public Deadline deadline() {
    return deadline;
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The value of a layer; asking for one no earlier stage produced is a programmer error. */
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("layer '" + layer + "' has not been produced");
    }
    return layer.type().cast(value);
  }

  /** Diagnostics so far, capped at {@link #MAX_DIAGNOSTICS} with a note on what was dropped. */
  public List<Diagnostic> diagnostics() {
    if (droppedDiagnostics == 0) {
      return diagnostics;
    }
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(
        Diagnostic.info("diagnostics-capped", droppedDiagnostics + " more diagnostic(s) not kept"));
    return Collections.unmodifiableList(all);
  }

  Document with(StageOutput output) {
    Map<Layer<?>, Object> merged = new LinkedHashMap<>(layers);
    output.layers().forEach(merged::put);
    List<Diagnostic> kept = new ArrayList<>(diagnostics);
    int dropped = droppedDiagnostics;
    for (Diagnostic d : output.diagnostics()) {
      if (kept.size() < MAX_DIAGNOSTICS) {
        kept.add(d);
      } else {
        dropped++;
      }
    }
    return new Document(
        raw, budget, deadline, Collections.unmodifiableMap(merged), List.copyOf(kept), dropped);
  }

  @Override
  public String toString() {
    return "Document[" + Objects.toString(raw.id()) + ", layers=" + layers.keySet() + "]";
  }
}
