package org.vigie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Adds the posts quoted as paragraphs ({@link SocialPostQuotes}) to a document's statements, unless
 * a quotation covers them, and gives a handle the article never spells out to the person the
 * paragraph introducing the post names, and to that person again wherever the handle posts later.
 * Per document; not thread-safe.
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
    Map<String, String> byHandle = new HashMap<>();
    for (Draft d : SocialPostQuotes.find(t, known)) {
      // "Elle poursuit : ¶ @kh_tunis: …": one handle is one person throughout the article,
      // learnt from its posts in reading order, a post another quotation covers included
      String key = handleKey(d.phrase);
      if (d.phrase.name().startsWith("@")) {
        String earlier = byHandle.get(key);
        d.phrase = earlier != null ? as(d.phrase, earlier) : introducedBefore(d.phrase, entities);
      }
      if (!d.phrase.name().startsWith("@")) {
        byHandle.putIfAbsent(key, d.phrase.name());
      }
      int first = t.firstAtOrAfter(d.start);
      int to = t.firstAtOrAfter(d.end);
      if (first >= to || c.inAccepted(first)) {
        continue;
      }
      for (int k = first; k < to; k++) {
        quoted[k] = true;
      }
      drafts.add(d);
    }
  }

  /**
   * A post whose handle the article never spells out is by the person the paragraph before it names
   * when that paragraph introduces it, ending on a colon ("Dana Barakat attend le jour où :" then
   * "@dandoon167 : …") or giving the handle ("… sur son compte Twitter, @kh_tunis, …"); a person
   * named in a caption or in another post just before is someone else ("Photo : Karim Nour. ¶
   *
   * @kh_tunis: …").
   */
  SpeakerPhrase introducedBefore(SpeakerPhrase handle, List<Entity> entities) {
    int lineStart = t.text.lastIndexOf('\n', Math.max(0, handle.start() - 1));
    int previousStart = lineStart <= 0 ? 0 : t.text.lastIndexOf('\n', lineStart - 1) + 1;
    String previous = lineStart <= 0 ? "" : t.text.substring(previousStart, lineStart).strip();
    String at = handleKey(handle);
    if (!previous.endsWith(":") && !previous.toLowerCase(Locale.ROOT).contains(at)) {
      return handle;
    }
    Entity named = null;
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && e.start() >= previousStart && e.end() <= lineStart) {
        named = e;
      }
    }
    if (named == null || named.text().contains("@")) {
      return handle;
    }
    return as(handle, QuoteResolution.withoutTitle(named.text()));
  }

  /** The handle a post's phrase gives, lower case ("@kh_tunis"). */
  private static String handleKey(SpeakerPhrase post) {
    return post.text().substring(post.text().lastIndexOf('@')).toLowerCase(Locale.ROOT);
  }

  /** The handle's phrase naming the person {@code name}. */
  private static SpeakerPhrase as(SpeakerPhrase handle, String name) {
    return new SpeakerPhrase(
        handle.first(),
        handle.last(),
        handle.start(),
        handle.end(),
        handle.text(),
        Form.NAME,
        name,
        null,
        List.of(),
        '?',
        false);
  }
}
