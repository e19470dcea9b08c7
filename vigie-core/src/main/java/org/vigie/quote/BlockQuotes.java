package org.vigie.quote;

import java.util.List;
import java.util.Set;
import org.vigie.model.QuoteKind;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Block quotations: the paragraph after a colon that ends its line is the words of the clause
 * before it, the way blogs, press reviews and Global Voices posts quote a tweet or a post without
 * quotation marks ("Il écrit [en farsi] :", "La journaliste X partage leur opinion :", "X est elle
 * aussi en admiration devant Y :", then the post). A reporting verb introduces one ({@link
 * IndirectQuotes}); so does any clause whose subject names a speaker ({@link #introduced}), unless
 * it shows a picture or a video, whose caption follows, or is passive ("Elle a été publiée par X
 * :"). Per document; not thread-safe.
 */
final class BlockQuotes {
  /**
   * Things shown rather than said, and "mis en ligne": the paragraph after them is a caption or a
   * description.
   */
  private static final Set<String> SHOWN =
      Set.of(
          "vidéo",
          "vidéos",
          "photo",
          "photos",
          "image",
          "images",
          "caricature",
          "caricatures",
          "dessin",
          "dessins",
          "clip",
          "film",
          "extrait",
          "extraits",
          "carte",
          "graffiti",
          "fresque",
          "pancarte",
          "pancartes",
          "affiche",
          "affiches",
          "banderole",
          "banderoles",
          "capture");

  /** Nouns of what someone said, whose "de" complement names who said it. */
  private static final Set<String> SPEECH_NOUNS =
      Set.of(
          "déclaration",
          "déclarations",
          "message",
          "messages",
          "tweet",
          "tweets",
          "propos",
          "mots",
          "réponse",
          "commentaire",
          "commentaires",
          "témoignage",
          "appel",
          "billet");

  private final QuoteContext c;
  private final TokenText t;
  private final boolean[] quoted;
  private final List<Draft> drafts;

  BlockQuotes(QuoteContext c) {
    this.c = c;
    this.t = c.t;
    this.quoted = c.quoted;
    this.drafts = c.drafts;
  }

  /**
   * The paragraphs introduced by a clause that ends on a colon at the end of its line and whose
   * subject names a speaker, whatever its verb: the subject of the clause's first verb ({@link
   * DirectQuotes#speakerBeforeColon}), a person, a role, a group, an organisation or a pronoun.
   */
  void introduced(DirectQuotes direct) {
    for (int colon = 0; colon + 1 < t.size(); colon++) {
      if (!t.is(colon, ":") || !endsParagraph(colon) || c.inAccepted(colon + 1)) {
        continue;
      }
      int from = t.sentence(colon).firstToken();
      if (covered(colon + 1) || shows(from, colon) || introducesNext(colon + 1)) {
        continue;
      }
      Attribution a = spokenBy(from, colon);
      if (a == null) {
        a = direct.speakerBeforeColon(from, colon);
      }
      if (a == null || c.passive(a.cueFirst(), a.cueLast())) {
        continue;
      }
      Form form = a.phrase().form();
      if (form == Form.NAME
          || form == Form.ROLE
          || form == Form.GROUP
          || form == Form.ORGANIZATION
          || form == Form.PRONOUN) {
        paragraphAfter(a, colon);
      }
    }
  }

  /**
   * Whether a statement found already lies in the paragraph starting at token {@code first}: a post
   * quoted with its handle ("@handle : …") keeps the author its handle names.
   */
  private boolean covered(int first) {
    int from = t.start(first);
    int lineEnd = t.text.indexOf('\n', from);
    int to = lineEnd < 0 ? t.text.length() : lineEnd;
    for (Draft d : drafts) {
      if (d.start < to && Math.max(d.end, d.attributionEnd) > from) {
        return true;
      }
    }
    return false;
  }

  /**
   * The author named by a noun of speech in the clause, by its complement ("avec cette déclaration
   * de Wael Ghonim :", "le message du ministre :"): the paragraph holds their words, not the words
   * of the clause's subject who relays them; null when no such noun names anyone.
   */
  private Attribution spokenBy(int from, int colon) {
    for (int k = from; k + 2 < colon; k++) {
      if (!SPEECH_NOUNS.contains(t.lower(k)) || !t.isOf(k + 1)) {
        continue;
      }
      SpeakerPhrase p = c.reader.after(k + 2);
      if (p != null
          && p.last() < colon
          && (p.form() == Form.NAME || p.form() == Form.ROLE || p.form() == Form.ORGANIZATION)) {
        return new Attribution(p, k, k, p.last());
      }
    }
    return null;
  }

  /** Whether the clause shows a picture or a video ("publie cette vidéo qui montre … :"). */
  private boolean shows(int from, int colon) {
    for (int k = from; k < colon; k++) {
      if (SHOWN.contains(t.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the paragraph starting at {@code first} is itself an introduction ending on a colon.
   */
  private boolean introducesNext(int first) {
    int k = first;
    while (k < t.size() && !t.is(k, ":") && t.sentenceIndex(k) == t.sentenceIndex(first)) {
      k++;
    }
    return k < t.size() && t.is(k, ":") && endsParagraph(k);
  }

  /** Whether only blanks follow token {@code k} up to the end of its line. */
  boolean endsParagraph(int k) {
    for (int c = t.end(k); c < t.text.length(); c++) {
      char ch = t.text.charAt(c);
      if (ch == '\n') {
        return true;
      }
      if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The paragraph after a colon that ends its line, as the direct statement of {@code a}: the block
   * quotation of blogs and press reviews. A paragraph opening with a quotation mark is the
   * direct-quote rule's; one of fewer than three words is no statement.
   */
  void paragraphAfter(Attribution a, int colon) {
    int first = colon + 1;
    if (first >= t.size() || c.inAccepted(first) || c.isMark(first)) {
      return;
    }
    int lineEnd = t.text.indexOf('\n', t.start(first));
    int endOffset = Math.min(lineEnd < 0 ? t.text.length() : lineEnd, t.start(first) + 2_000);
    int to = first;
    while (to < t.size() && t.end(to) <= endOffset) {
      to++;
    }
    if (c.words(first, to) < 3) {
      return;
    }
    for (Draft post : drafts) {
      if (post.cueFirst < 0 && post.start >= t.start(first) && post.start < t.end(to - 1)) {
        // a post quoted as that paragraph ("@handle: …"): it is what the introduction reports,
        // by the person it names
        post.phrase = a.phrase();
        post.cueFirst = a.cueFirst();
        post.cueLast = a.cueLast();
        return;
      }
    }
    Draft d = c.draft(a, first, to);
    d.kind = QuoteKind.DIRECT;
    for (int k = first; k < to; k++) {
      quoted[k] = true;
    }
    c.reportedUntil = Math.max(c.reportedUntil, d.end);
  }
}
