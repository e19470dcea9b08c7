package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own full French pipeline (tokenize, ssplit, mwt, pos, ner, depparse on every sentence),
 * as a user of CoreNLP alone would run it: the baseline the benchmark measures Vigie against, on
 * the same texts in the same run. Thread-safe once built.
 */
public final class PlainCoreNlpPipeline {
  private final StanfordCoreNLP pipeline;

  public PlainCoreNlpPipeline() {
    Properties props = CoreNlpBackend.frenchProperties();
    props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
    props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_French.gz");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Annotates one text; returns its number of tokens. */
  public int annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
