package org.vigie.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.vigie.store.Fields;
import org.vigie.store.Keys;

/**
 * Filter values that no stored article has (a misspelt outlet, an event type that does not exist),
 * each said in one line with the values the store does hold, most frequent first, instead of a
 * silent empty result. Values compare folded, as the filters match them. Stateless.
 */
public final class FilterValues {
  /** Known values listed in a message; the rest are counted. */
  static final int LISTED = 12;

  /** Values read per dimension (outlets and event types are a few dozen). */
  static final int MAX_KNOWN = 10_000;

  private FilterValues() {}

  /**
   * One line per unknown {@code outlet} or {@code type} of the filter; empty when all are known.
   */
  public static List<String> unknown(StoreSearcher searcher, ArticleFilter filter)
      throws IOException {
    List<String> problems = new ArrayList<>();
    check(searcher, Fields.OUTLET, "outlet", "outlets", filter.outlet(), problems);
    check(searcher, Fields.TYPE, "event type", "event types", filter.type(), problems);
    return problems;
  }

  private static void check(
      StoreSearcher searcher,
      String dim,
      String what,
      String plural,
      String value,
      List<String> problems)
      throws IOException {
    if (value == null || value.isBlank()) {
      return;
    }
    List<LabelAndValue> known = known(searcher, dim);
    String folded = Keys.fold(value);
    for (LabelAndValue lv : known) {
      if (Keys.fold(lv.label).equals(folded)) {
        return;
      }
    }
    StringBuilder line =
        new StringBuilder("no stored article has the " + what + " '" + value + "'");
    if (known.isEmpty()) {
      problems.add(line.append("; no article in the store has any ").append(what).toString());
      return;
    }
    line.append("; known ").append(plural).append(": ");
    for (int i = 0; i < Math.min(LISTED, known.size()); i++) {
      line.append(i == 0 ? "" : ", ").append(known.get(i).label);
    }
    if (known.size() > LISTED) {
      line.append(" and ").append(known.size() - LISTED).append(" more");
    }
    problems.add(line.toString());
  }

  /** Every value of a facet dimension over the whole store, most frequent first. */
  private static List<LabelAndValue> known(StoreSearcher searcher, String dim) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState();
    if (state == null) {
      return List.of();
    }
    FacetResult result;
    try {
      result = new SortedSetDocValuesFacetCounts(state).getTopChildren(MAX_KNOWN, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no article has this dimension
    }
    return result == null ? List.of() : List.of(result.labelValues);
  }
}
