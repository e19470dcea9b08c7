package org.vigie.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import org.vigie.ingest.RawArticle;

/**
 * An ordered chain of stages, checked when built: every layer a stage requires is produced by an
 * earlier stage (or is the raw article), and no layer is produced twice. Running it on a document
 * never throws for a problem of that document: a failing stage yields {@link PipelineResult.Failed}
 * naming the document and the stage. Thread-safe; collects per-stage wall time and counts.
 */
public final class Pipeline {
  /** The layer every pipeline starts from. */
  public static final Layer<RawArticle> RAW = new Layer<>("raw", RawArticle.class);

  private final List<Stage> stages;
  private final DocumentBudget budget;
  private final AtomicLongArray documents;
  private final AtomicLongArray failures;
  private final AtomicLongArray nanos;
  private final AtomicLongArray chars;

  private Pipeline(List<Stage> stages, DocumentBudget budget) {
    this.stages = List.copyOf(stages);
    this.budget = java.util.Objects.requireNonNull(budget, "budget");
    int n = stages.size();
    this.documents = new AtomicLongArray(n);
    this.failures = new AtomicLongArray(n);
    this.nanos = new AtomicLongArray(n);
    this.chars = new AtomicLongArray(n);
  }

  /** A pipeline with the default {@link DocumentBudget}. */
  public static Pipeline of(List<Stage> stages) {
    return of(stages, DocumentBudget.DEFAULT);
  }

  /**
   * Builds a pipeline whose documents each get {@code budget}, or throws naming the stage and the
   * missing or duplicated layer.
   */
  public static Pipeline of(List<Stage> stages, DocumentBudget budget) {
    Set<Layer<?>> available = new HashSet<>(Set.of(RAW));
    Set<String> names = new HashSet<>();
    for (Stage stage : stages) {
      if (!names.add(stage.name())) {
        throw new IllegalArgumentException("two stages named '" + stage.name() + "'");
      }
      for (Layer<?> needed : stage.requires()) {
        if (!available.contains(needed)) {
          throw new IllegalArgumentException(
              "stage '"
                  + stage.name()
                  + "' requires layer '"
                  + needed
                  + "', which no earlier stage produces (available: "
                  + available
                  + ")");
        }
      }
      for (Layer<?> made : stage.produces()) {
        if (!available.add(made)) {
          throw new IllegalArgumentException(
              "stage '" + stage.name() + "' produces layer '" + made + "', already produced");
        }
      }
    }
    return new Pipeline(stages, budget);
  }

  public DocumentBudget budget() {
    return budget;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Every layer some stage of this pipeline produces. */
  public Set<Layer<?>> layers() {
    Set<Layer<?>> all = new HashSet<>(Set.of(RAW));
    stages.forEach(s -> all.addAll(s.produces()));
    return all;
  }

  public PipelineResult run(RawArticle raw) {
    Document document = Document.of(raw, budget);
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      long start = System.nanoTime();
      StageOutput output;
      try {
        if (i > 0) {
          document.deadline().check("after stage '" + stages.get(i - 1).name() + "'");
        }
        output = stage.process(document);
        checkDeclared(stage, output);
      } catch (RuntimeException | StackOverflowError e) {
        nanos.addAndGet(i, System.nanoTime() - start);
        failures.incrementAndGet(i);
        return new PipelineResult.Failed(raw.id(), raw.location(), stage.name(), describe(e));
      }
      nanos.addAndGet(i, System.nanoTime() - start);
      documents.incrementAndGet(i);
      chars.addAndGet(i, raw.content().length());
      document = document.with(output);
    }
    return new PipelineResult.Completed(document);
  }

  /** Per-stage totals since this pipeline was built, in stage order. */
  public List<StageStats> stats() {
    List<StageStats> all = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      all.add(
          new StageStats(
              stages.get(i).name(), documents.get(i), failures.get(i), nanos.get(i), chars.get(i)));
    }
    return all;
  }

  private static void checkDeclared(Stage stage, StageOutput output) {
    if (!output.layers().keySet().equals(stage.produces())) {
      throw new IllegalStateException(
          "stage '"
              + stage.name()
              + "' declared "
              + stage.produces()
              + " but produced "
              + output.layers().keySet());
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof Deadline.BudgetExceeded) {
      return e.getMessage(); // already a sentence: no class name in front
    }
    String message = e.getMessage();
    String first = message == null ? "" : message.lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
  }
}
