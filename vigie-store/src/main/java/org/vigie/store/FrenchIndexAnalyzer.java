package org.vigie.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis chain of the index, the story clusterer and near-duplicate shingles: elision
 * ("l'armée" → "armée"), lower case, French stop words, accent folding, light stemming ("frappes"
 * and "frappé" → "frap"). Folding comes before stemming so that text scraped without accents (many
 * feeds strip them) meets accented text on the same terms. Thread-safe (Lucene reuses per-thread
 * components).
 */
public final class FrenchIndexAnalyzer extends Analyzer {
  private static final CharArraySet STOP = FrenchAnalyzer.getDefaultStopSet();
  private static final CharArraySet ARTICLES =
      new CharArraySet(
          java.util.List.of(
              "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
          true);

  private final boolean stopWords;

  /** With stop words removed (search, clustering). */
  public FrenchIndexAnalyzer() {
    this(true);
  }

  /** {@code stopWords == false} keeps every word (near-duplicate shingles). */
  public FrenchIndexAnalyzer(boolean stopWords) {
    this.stopWords = stopWords;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, ARTICLES);
    result = new LowerCaseFilter(result);
    if (stopWords) {
      result = new StopFilter(result, STOP);
    }
    result = new ASCIIFoldingFilter(result);
    result = new FrenchLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, ARTICLES)));
  }
}
