package org.vigie.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestFailure;
import org.vigie.ingest.IngestItem;

/**
 * The analysis of one partition, lazily: one input row is read (a JSON Lines file may hold many
 * articles) and one article analysed at a time, so a task holds one document's work in memory
 * whatever the partition's size. A document that throws or overflows the stack becomes a failure
 * row with its stage and reason; it never fails the task. Not thread-safe: one per task.
 */
final class AnalysisTask implements Iterator<Row> {
  private final Iterator<Row> inputs;
  private final Analyzer analyzer;
  private final DocumentReader reader;
  private final boolean json;
  private Iterator<IngestItem> items = Collections.emptyIterator();

  AnalysisTask(Iterator<Row> inputs, Analyzer analyzer, long maxBytes, boolean json) {
    this.inputs = inputs;
    this.analyzer = analyzer;
    this.reader = new DocumentReader(maxBytes);
    this.json = json;
  }

  @Override
  public boolean hasNext() {
    while (!items.hasNext()) {
      if (!inputs.hasNext()) {
        return false;
      }
      Row input = inputs.next();
      try {
        items = reader.items(input);
      } catch (RuntimeException e) {
        String location = DocumentReader.localPath(input.getString(0));
        items =
            Collections.singletonList((IngestItem) new IngestFailure(location, String.valueOf(e)))
                .iterator();
      }
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestItem item = items.next();
    AnalysisOutcome outcome;
    try {
      outcome = analyzer.analyze(item);
    } catch (RuntimeException | StackOverflowError e) {
      outcome = new AnalysisOutcome.Failed(item.location(), null, "analyze", String.valueOf(e));
    }
    try {
      return OutcomeRows.of(outcome, json);
    } catch (RuntimeException e) {
      return OutcomeRows.of(
          new AnalysisOutcome.Failed(item.location(), null, "output", String.valueOf(e)), json);
    }
  }
}
