package org.vigie.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.linguistic.Syntax;
import org.vigie.model.Diagnostic;
import org.vigie.model.Entity;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Finds the statements of one article and who made them. Rules of French reporting:
 *
 * <ul>
 *   <li>direct: a quotation opening a sentence and followed by an attribution ("« … », a-t-elle
 *       déclaré", "« … », indique le communiqué", "« … », a conclu la porte-parole du ministère")
 *       or preceded by one and a colon ("Comme l'a noté Mme Zakharova, … : « … »"); the next
 *       quotation of the same speaker without a cue continues it; "« A », dit-il, « B »" is one
 *       quote;
 *   <li>indirect: a reporting verb with its que-clause ("a déclaré mercredi que …"), an attribution
 *       after the statement ("…, a déclaré la porte-parole …, Maria Zakharova"), "selon X, …",
 *       "d'après X", "pour X, …", "comme l'a noté X, …", "X l'a souligné" about the sentence
 *       before, and "X a déclaré : …";
 *   <li>mixed: indirect speech with a quoted fragment ("a déclaré que l'Arménie « n'a pas … »");
 *       quoted words with no speech around them are scare quotes, not statements.
 * </ul>
 *
 * Each family of constructions has its own class: {@link DirectQuotes}, {@link IndirectQuotes}
 * (with {@link ParticipialQuotes} and {@link SourceQuotes}), {@link PostAttribution} for posts
 * quoted as paragraphs; {@link SubjectFinder} reads who speaks at a cue, {@link QuoteContext} holds
 * the document they share. Speakers are read at the cue ({@link SpeakerPhraseReader}) and resolved
 * in reading order ({@link QuoteResolution}, {@link SpeakerResolver}). Linear in the number of
 * words; every look-around is bounded.
 */
final class QuoteExtractor {
  static final int MAX_QUOTES = 2_000;

  private final SpeechLexicon lexicon;

  QuoteExtractor(SpeechLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  record Result(List<Quote> quotes, List<Diagnostic> diagnostics) {}

  Result extract(
      String text,
      List<Sentence> sentences,
      List<Token> tokens,
      Syntax syntax,
      List<Entity> entities) {
    QuotationMarkScanner.Result marks = new QuotationMarkScanner().scan(text);
    QuoteContext c =
        new QuoteContext(new TokenText(text, sentences, tokens, syntax), marks.spans(), lexicon);
    SubjectFinder subjects = new SubjectFinder(c);
    // Quotations first, so that their words are no cue for the indirect rules.
    DirectQuotes direct = new DirectQuotes(c, subjects);
    direct.direct();
    new PostAttribution(c).posts(entities);
    new IndirectQuotes(c, subjects).indirect();
    new BlockQuotes(c).introduced(direct);
    direct.afterStatements();
    List<Quote> quotes = new QuoteResolution(c).resolve(entities);
    List<Diagnostic> diagnostics = new ArrayList<>(marks.diagnostics());
    if (quotes.size() > MAX_QUOTES) {
      quotes = quotes.subList(0, MAX_QUOTES);
      diagnostics.add(
          Diagnostic.warning("quotes-capped", "more than " + MAX_QUOTES + " quotes; rest dropped"));
    }
    return new Result(quotes, diagnostics);
  }
}
