package org.vigie.linguistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.vigie.pipeline.Layer;

/**
 * The parse layer: arcs in article-wide token indices ({@code head} -1 for a root), per sentence.
 * Parsing is selective, and may be lazy: with {@link SentenceSelection#ON_DEMAND} a sentence is
 * parsed the first time a later stage asks for its arcs ({@link #arcsOf}), so that only the
 * sentences whose reading the word patterns could not settle pay for the parser. {@link
 * #parsedSentences} and {@link #arcs} say what has been parsed so far. Thread-safe (a sentence is
 * parsed at most once, under this object's lock).
 */
public final class Syntax {
  public static final Layer<Syntax> LAYER = new Layer<>("syntax", Syntax.class);

  /** Parses one sentence (by index), or answers {@code null} when it is not to be parsed. */
  private final IntFunction<List<Dependency>> parser;

  /** Sentence index → its arcs; {@code null} for a sentence asked about but not parsed. */
  private final Map<Integer, List<Dependency>> bySentence = new TreeMap<>();

  private Syntax(IntFunction<List<Dependency>> parser) {
    this.parser = parser;
  }

  /** A parse already made: the arcs of each parsed sentence, by sentence index. */
  public static Syntax of(Map<Integer, List<Dependency>> arcsBySentence) {
    Syntax syntax = new Syntax(s -> null);
    arcsBySentence.forEach((s, arcs) -> syntax.bySentence.put(s, List.copyOf(arcs)));
    return syntax;
  }

  /**
   * A parse made sentence by sentence when asked: {@code parser} gives a sentence's arcs, or {@code
   * null} when that sentence is not to be parsed (not selected, too long).
   */
  public static Syntax onDemand(IntFunction<List<Dependency>> parser) {
    return new Syntax(Objects.requireNonNull(parser, "parser"));
  }

  /** The arcs of sentence {@code sentence}, parsing it now if it is due a parse and was not yet. */
  public synchronized List<Dependency> arcsOf(int sentence) {
    List<Dependency> arcs = bySentence.get(sentence);
    if (arcs == null && !bySentence.containsKey(sentence)) {
      List<Dependency> made = parser.apply(sentence);
      arcs = made == null ? null : List.copyOf(made);
      bySentence.put(sentence, arcs);
    }
    return arcs == null ? List.of() : arcs;
  }

  /** The sentences parsed so far, in order. */
  public synchronized List<Integer> parsedSentences() {
    List<Integer> parsed = new ArrayList<>();
    bySentence.forEach(
        (s, arcs) -> {
          if (arcs != null) {
            parsed.add(s);
          }
        });
    return parsed;
  }

  /** Every arc made so far, in sentence order. */
  public synchronized List<Dependency> arcs() {
    List<Dependency> all = new ArrayList<>();
    bySentence.values().stream().filter(Objects::nonNull).forEach(all::addAll);
    return all;
  }
}
