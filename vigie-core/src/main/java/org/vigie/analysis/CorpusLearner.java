package org.vigie.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.RawArticle;
import org.vigie.text.Block;
import org.vigie.text.PageBlocks;
import org.vigie.text.TextExtractor;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * The first pass over a corpus: learns which lines recur across its documents (site templates), for
 * the boilerplate stage of the second pass. Reads only blocks (no linguistic analysis), so it costs
 * a small part of the analysis itself. A document that cannot be read is skipped here; the second
 * pass reports it. Not thread-safe; one per pass.
 */
public final class CorpusLearner {
  private final TextExtractor extractor = new TextExtractor();
  private final RecurringLines.Builder lines = RecurringLines.builder();

  /**
   * Reads every article of {@code items} and returns what recurs; {@link RecurringLines#NONE} below
   * {@link RecurringLines#MIN_CORPUS_DOCUMENTS} documents.
   */
  public RecurringLines learn(Iterator<? extends IngestItem> items) {
    while (items.hasNext()) {
      IngestItem item = items.next();
      if (item instanceof RawArticle article) {
        add(article);
      }
    }
    RecurringLines learnt = lines.build();
    return learnt.documents() < RecurringLines.MIN_CORPUS_DOCUMENTS ? RecurringLines.NONE : learnt;
  }

  private void add(RawArticle article) {
    blockTexts(article).ifPresent(lines::addDocument);
  }

  /**
   * The lines (block texts) a corpus pass reads from one article, or empty when the article cannot
   * be read (the second pass reports it). Public for a distributed pass (Spark) that counts them
   * itself.
   */
  public Optional<List<String>> blockTexts(RawArticle article) {
    PageBlocks page;
    try {
      page = extractor.read(article);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>(page.blocks().size());
    for (Block block : page.blocks()) {
      texts.add(block.text());
    }
    return Optional.of(texts);
  }
}
