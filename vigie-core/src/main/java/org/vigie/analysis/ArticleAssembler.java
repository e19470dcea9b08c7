package org.vigie.analysis;

import java.util.ArrayList;
import java.util.List;
import org.vigie.entity.NamedEntities;
import org.vigie.event.EventMentions;
import org.vigie.ingest.RawArticle;
import org.vigie.language.DetectedLanguage;
import org.vigie.linguistic.Dependency;
import org.vigie.linguistic.Entities;
import org.vigie.linguistic.LinguisticAnalysis;
import org.vigie.linguistic.Syntax;
import org.vigie.model.Article;
import org.vigie.model.Diagnostic;
import org.vigie.model.Entity;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;
import org.vigie.model.Source;
import org.vigie.model.Token;
import org.vigie.pipeline.Document;
import org.vigie.quote.Quotations;
import org.vigie.text.ExtractedText;
import org.vigie.time.TimeExpressions;

/**
 * Builds the contract-shaped {@link Article} from a finished document's layers. Only this class
 * knows how layers map to output fields; a layer that no stage produced leaves its field empty.
 * Stateless and thread-safe.
 */
final class ArticleAssembler {
  Article assemble(Document document) {
    RawArticle raw = document.raw();
    ExtractedText extracted = document.get(ExtractedText.LAYER);
    LinguisticAnalysis linguistic =
        document.has(LinguisticAnalysis.LAYER)
            ? document.get(LinguisticAnalysis.LAYER)
            : LinguisticAnalysis.EMPTY;
    List<Token> tokens = linguistic.tokens();
    if (document.has(Syntax.LAYER)) {
      tokens = withSyntax(tokens, document.get(Syntax.LAYER));
    }
    TimeExpressions time =
        document.has(TimeExpressions.LAYER)
            ? document.get(TimeExpressions.LAYER)
            : TimeExpressions.EMPTY;
    // Cleaning's date wins; the time stage's estimate (made only with converging evidence) fills
    // in when cleaning found none.
    boolean inferred = extracted.published() == null && time.publishedInferred();
    List<Diagnostic> diagnostics = document.diagnostics();
    EventMentions events =
        document.has(EventMentions.LAYER) ? document.get(EventMentions.LAYER) : EventMentions.NONE;
    return new Article(
        raw.id(),
        new Source(raw.source().path(), extracted.url(), extracted.outlet()),
        document.has(DetectedLanguage.LAYER) ? document.get(DetectedLanguage.LAYER).code() : null,
        extracted.title(),
        extracted.author(),
        inferred ? time.published() : extracted.published(),
        inferred,
        extracted.dateline(),
        extracted.text(),
        extracted.cleaning(),
        entities(document),
        dated(
            document.has(Quotations.LAYER) ? document.get(Quotations.LAYER).quotes() : List.of(),
            linguistic.sentences(),
            time),
        time.timexes(),
        events.happened(),
        events.unasserted(),
        null,
        null,
        diagnostics,
        linguistic.sentences(),
        tokens);
  }

  /**
   * Each quote with the date governing it: a date in the sentence of its cue, outside the words
   * reported (in "a déclaré que le 23 octobre …" the date is the content's, not the statement's),
   * else the publication date.
   */
  private static List<Quote> dated(
      List<Quote> quotes, List<Sentence> sentences, TimeExpressions time) {
    List<Quote> dated = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      int anchor = q.cue() != null ? q.cue().start() : q.start();
      Sentence sentence = sentenceAt(sentences, anchor);
      int from = sentence == null ? anchor : sentence.start();
      int to = sentence == null ? anchor : sentence.end();
      if (q.end() <= anchor) {
        from = Math.max(from, q.end());
      } else if (q.start() >= anchor) {
        to = Math.min(to, q.start());
      }
      dated.add(q.withDate(time.dateFor(from, Math.max(from, to), anchor)));
    }
    return dated;
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  private static List<Token> withSyntax(List<Token> tokens, Syntax syntax) {
    if (syntax.arcs().isEmpty()) {
      return tokens;
    }
    List<Token> merged = new ArrayList<>(tokens);
    for (Dependency arc : syntax.arcs()) {
      Token word = merged.get(arc.dependent());
      merged.set(
          arc.dependent(), word.withSyntax(arc.head() < 0 ? null : arc.head(), arc.relation()));
    }
    return merged;
  }

  /** The corrected entities when the entity stage ran, else the backend's raw mentions. */
  private static List<Entity> entities(Document document) {
    if (document.has(NamedEntities.LAYER)) {
      return document.get(NamedEntities.LAYER).mentions();
    }
    return document.has(Entities.LAYER) ? document.get(Entities.LAYER).mentions() : List.of();
  }
}
