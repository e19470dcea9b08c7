package org.vigie.quote;

import java.util.Objects;
import org.vigie.model.Article;
import org.vigie.model.Quote;

/**
 * One statement as an analyst lists them: who (the corpus-wide name), what, how it was reported,
 * when and where it was published. {@code date} is the date governing the statement, else the
 * article's publication date; {@code start}/{@code end} locate it in the article's text.
 */
public record Statement(
    String article,
    String outlet,
    String published,
    String date,
    String speaker,
    String speakerType,
    String speakerText,
    String kind,
    String cue,
    String text,
    int start,
    int end) {
  public Statement {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
  }

  /** The statement of {@code quote} in {@code article}, its speaker named by {@code directory}. */
  public static Statement of(Article article, Quote quote, SpeakerDirectory directory) {
    String name = directory.name(quote.speaker().canonical(), quote.speaker().type());
    return new Statement(
        article.id(),
        article.source().outlet(),
        article.published(),
        quote.date() != null ? quote.date() : article.published(),
        name,
        quote.speaker().type().name(),
        quote.speaker().text(),
        quote.kind().json(),
        quote.cue() == null ? null : quote.cue().text(),
        quote.text(),
        quote.start(),
        quote.end());
  }
}
