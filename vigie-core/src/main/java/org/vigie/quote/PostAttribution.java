package org.vigie.quote;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Adds the posts quoted as paragraphs ({@link SocialPostQuotes}) to a document's statements, unless
 * a quotation covers them, and gives a handle the article never spells out to the person the
 * paragraph before names. Per document; not thread-safe.
 */
final class PostAttribution {
  private final QuoteContext c;
  private final TokenText t;
  private final boolean[] quoted;
  private final List<Draft> drafts;

  PostAttribution(QuoteContext c) {
    this.c = c;
    this.t = c.t;
    this.quoted = c.quoted;
    this.drafts = c.drafts;
  }

  /** Posts quoted as paragraphs ("@handle : texte"), unless a quotation already covers them. */
  void posts(List<Entity> entities) {
    List<String> known = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        known.add(QuoteResolution.withoutTitle(e.text()));
      }
    }
    for (Draft d : SocialPostQuotes.find(t, known)) {
      int first = t.firstAtOrAfter(d.start);
      int to = t.firstAtOrAfter(d.end);
      if (first >= to || c.inAccepted(first)) {
        continue;
      }
      for (int k = first; k < to; k++) {
        quoted[k] = true;
      }
      if (d.phrase.name().startsWith("@")) {
        d.phrase = introducedBefore(d.phrase, entities);
      }
      drafts.add(d);
    }
  }

  /**
   * A post whose handle the article never spells out is by the person the paragraph before it names
   * ("Dana Barakat attend le jour où :" then "@dandoon167 : …"), if any.
   */
  SpeakerPhrase introducedBefore(SpeakerPhrase handle, List<Entity> entities) {
    int lineStart = t.text.lastIndexOf('\n', Math.max(0, handle.start() - 1));
    int previousStart = lineStart <= 0 ? 0 : t.text.lastIndexOf('\n', lineStart - 1) + 1;
    Entity named = null;
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && e.start() >= previousStart && e.end() <= lineStart) {
        named = e;
      }
    }
    if (named == null || named.text().contains("@")) {
      return handle;
    }
    return new SpeakerPhrase(
        handle.first(),
        handle.last(),
        handle.start(),
        handle.end(),
        handle.text(),
        Form.NAME,
        QuoteResolution.withoutTitle(named.text()),
        null,
        List.of(),
        '?',
        false);
  }
}
