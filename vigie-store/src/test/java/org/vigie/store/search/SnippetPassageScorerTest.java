package org.vigie.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetPassageScorerTest {
  /**
   * Matches as "term:frequency-in-document" in passage order, at a start offset: the score is
   * Lucene's to the last bit, so the snippets chosen do not change.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "one term once                    | 0    | frappes:3",
        "one term three times             | 120  | frappes:9 frappes:9 frappes:9",
        "two terms interleaved            | 40   | frappes:9 alep:2 frappes:9 alep:2 frappes:9",
        "a term repeated after another    | 5000 | alep:2 frappes:9 frappes:9",
        "more matches than the scan takes | 300  | MANY"
      })
  void scoresAsLucene(String what, int start, String matches) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    String[] parts =
        matches.equals("MANY")
            ? java.util.stream.IntStream.range(0, SnippetPassageScorer.SCANNED + 6)
                .mapToObj(i -> (i % 3 == 0 ? "alep" : "frappes" + (i % 5)) + ":" + (1 + i % 4))
                .toArray(String[]::new)
            : matches.split(" ");
    passage.setEndOffset(start + 8 * parts.length + 10);
    int offset = start;
    for (String p : parts) {
      String[] termAndFreq = p.split(":");
      // The first match of a term gives its frequency, as the highlighter's passages carry it.
      passage.addMatch(
          offset, offset + 5, new BytesRef(termAndFreq[0]), Integer.parseInt(termAndFreq[1]));
      offset += 8;
    }
    int contentLength = 20_000;
    assertEquals(
        new PassageScorer().score(passage, contentLength),
        new SnippetPassageScorer().score(passage, contentLength),
        what);
  }
}
