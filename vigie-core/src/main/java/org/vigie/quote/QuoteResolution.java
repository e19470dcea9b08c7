package org.vigie.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.model.Cue;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Resolves the statements of one document in reading order: what the resolver learns (people named,
 * documents and their issuers, acronyms) and each statement's speaker, then the quotes whose source
 * is someone. Per document; not thread-safe.
 */
final class QuoteResolution {
  /** Something the resolver learns at an offset; lower ranks first at the same offset. */
  private record Event(int offset, int rank, Runnable action) {}

  /** How many words may link a cue to its statement ("a annoncé mardi soir que"). */
  private static final int MAX_LINK_WORDS = 4;

  /** Longest apposition between a subject and its verb ("Khalil Hussein, en charge de …, a"). */
  private static final int MAX_APPOSITION = 12;

  /** Longest role before a name ("le vice-Premier ministre", "le gardien du musée"). */
  private static final int MAX_ROLE_WORDS = 5;

  /** The articles before an adjective standing for a person ("l'Égyptienne", "la jeune"). */
  private static final java.util.Set<String> ARTICLES =
      java.util.Set.of("le", "la", "l'", "l’", "un", "une");

  /** Complementisers and the prepositions before them ("plaidé pour que", "estime qu'"). */
  private static final java.util.Set<String> LINK_WORDS =
      java.util.Set.of("que", "qu'", "qu’", "pour", "de", "d'", "d’", "à");

  private final QuoteContext c;
  private final TokenText t;
  private final SpeakerPhraseReader reader;
  private final SpeechLexicon lexicon;
  private final List<Draft> drafts;

  QuoteResolution(QuoteContext c) {
    this.c = c;
    this.t = c.t;
    this.reader = c.reader;
    this.lexicon = c.lexicon;
    this.drafts = c.drafts;
  }

  List<Quote> resolve(List<Entity> entities) {
    SpeakerResolver resolver = new SpeakerResolver(lexicon, t.text);
    ClauseSubjects clauses = new ClauseSubjects(c, new SubjectFinder(c));
    Acronyms.expanded(t.text)
        .forEach(
            (acronym, expansion) -> {
              resolver.learnAcronym(acronym, expansion);
              resolver.learnOrganisation(expansion, null, 0);
            });
    learnOrganisations(resolver, entities);
    // What the resolver learns, in reading order: documents and their issuers first at an
    // offset, then people named, then statements.
    List<Event> events = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && !c.inAcceptedOffset(e.start())) {
        int at = t.firstAtOrAfter(e.start());
        String name = personName(e.text(), at > 0 && "DET".equals(t.pos(at - 1)));
        if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0))) {
          int first = t.firstAtOrAfter(e.start());
          resolver.learnName(name, genderBefore(first));
          SpeakerPhrase before = first < t.size() ? reader.roleBefore(first) : null;
          SpeakerPhrase after = before == null ? roleAfter(e.end()) : null;
          SpeakerPhrase role = before != null ? before : after;
          if (role != null) {
            resolver.introduce(name, e.start(), role);
          }
          if (after != null) {
            resolver.apposed(after.start(), name);
          }
          if (closesNounPhrase(e.end())) {
            resolver.apposed(e.start(), name);
            if (first > 0 && "DET".equals(t.pos(first - 1))) {
              resolver.apposed(t.start(first - 1), name); // "…, le Gabonais Jean Ping,"
            }
            if (before != null) {
              resolver.apposed(before.start(), name);
            }
          }
          int sentenceStart = first < t.size() ? t.sentence(first).start() : e.start();
          boolean afterCircumstance =
              first < t.size()
                  && subjectAfterCircumstance(role == null ? first : role.first(), e.end());
          boolean talkedAbout = clauses.reported(e.start());
          events.add(
              new Event(
                  e.start(),
                  1,
                  () ->
                      resolver.mention(
                          name, e.start(), role, sentenceStart, afterCircumstance, talkedAbout)));
        }
      }
    }
    for (int k = 1; k < t.size(); k++) {
      if (lexicon.speakerNoun(t.word(k)) == SpeakerType.DOCUMENT
          && t.isOf(k + 1)
          && !c.inAccepted(k)) {
        int noun = k;
        events.add(new Event(t.start(k - 1), 0, () -> issuedBy(resolver, noun)));
      }
    }
    for (Draft d : drafts) {
      if (d.phrase != null && d.phrase.name() != null && d.phrase.form() == Form.NAME) {
        resolver.learnName(d.phrase.name(), d.phrase.gender());
      }
      events.add(new Event(d.order(), 2, () -> resolveDraft(resolver, d)));
    }
    for (SpeakerPhrase p : clauses.find()) {
      int sentenceStart = t.sentence(p.first()).start();
      events.add(new Event(p.start(), 1, () -> resolver.subject(p, p.start(), sentenceStart)));
    }
    events.sort(Comparator.comparingInt(Event::offset).thenComparingInt(Event::rank));
    events.forEach(e -> e.action().run());
    List<Quote> quotes = new ArrayList<>();
    for (Draft d : drafts) {
      Cue cue =
          d.cueFirst < 0
              ? null
              : new Cue(
                  t.start(d.cueFirst),
                  t.end(linkedCueLast(d)),
                  t.span(d.cueFirst, linkedCueLast(d)));
      Speaker speaker = d.speaker;
      if (speaker == null || !credible(d)) {
        continue;
      }
      quotes.add(new Quote(d.start, d.end, d.text, d.kind, cue, speaker, null));
    }
    quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return quotes;
  }

  /**
   * The gender an adjective right before a name gives its person when the phrase it closes is the
   * person's own: "l'Égyptienne Nadia Benali" ('f'), "l'ancien dictateur égyptien Hosni Moubarak"
   * ('m'). In a complement the adjective agrees with another noun ("le chef de la diplomatie
   * française Alain Juppé"), and a noun says nothing ("la famille Assad"; "le ministre X" may be a
   * woman): '?'.
   */
  private char genderBefore(int name) {
    int k = name - 1;
    if (k < 1 || t.isTitle(k) || !nounOrAdjective(k) || !lexicon.adjective(t.word(k))) {
      return '?';
    }
    int det = k - 1;
    while (det > 0 && k - det < MAX_ROLE_WORDS && nounOrAdjective(det)) {
      det--;
    }
    boolean determiner = "DET".equals(t.pos(det)) || ARTICLES.contains(t.lower(det));
    boolean complement =
        det > 0 && ("ADP".equals(t.pos(det - 1)) || LINK_WORDS.contains(t.lower(det - 1)));
    return determiner && !complement ? lexicon.gender(t.lower(k)) : '?';
  }

  private boolean nounOrAdjective(int k) {
    String pos = t.pos(k);
    return !t.isPunct(k) && ("NOUN".equals(pos) || "ADJ".equals(pos) || "PROPN".equals(pos));
  }

  /**
   * The role set after a person's name between commas ("Moussa Ibrahim, un porte-parole de
   * Kadhafi", "Sameh El Nagar, directeur de l'agence …"), or null.
   */
  private SpeakerPhrase roleAfter(int nameEnd) {
    int comma = t.firstAtOrAfter(nameEnd);
    if (comma + 1 >= t.size() || !t.is(comma, ",") || c.inAccepted(comma + 1)) {
      return null;
    }
    SpeakerPhrase p = reader.after(comma + 1);
    return p != null && p.form() == Form.ROLE && !p.plural() ? p : null;
  }

  /**
   * Whether a name ending at {@code end} closes its noun phrase, as a name in apposition does ("…,
   * a indiqué le porte-parole, le colonel X.", "pour le président de la commission, le Gabonais X,
   * la résolution …"), rather than opening a clause as its subject ("Selon l'ancien secrétaire du
   * parti, X a employé …").
   */
  private boolean closesNounPhrase(int end) {
    int k = t.firstAtOrAfter(end);
    return k >= t.size()
        || k >= t.sentence(k - 1).endToken()
        || t.isPunct(k)
        || "ADP".equals(t.pos(k))
        || t.is(k, "qui");
  }

  /**
   * The cue's last word: an incise with inversion runs to its subject; otherwise the words linking
   * the verb to the statement that follows are added: the complementiser and what may stand before
   * it ("affirme que", "a plaidé pour que", "a annoncé mardi que", "estime qu'", "juge nécessaire
   * que"), as the verb phrase reads. A speaker phrase or a quotation mark in between keeps the cue
   * as it is.
   */
  private int linkedCueLast(Draft d) {
    int last = d.cueLast;
    if (d.phrase != null
        && d.phrase.first() > last
        && d.phrase.first() - last <= 2
        && d.end <= t.start(d.cueFirst)
        && t.isVerb(last)) {
      // An incise with inversion is one unit, its subject included, as "a-t-elle déclaré" is:
      // "« … », admet le directeur de l'hôtel".
      return d.phrase.last();
    }
    if (d.phrase != null && d.phrase.first() > last && d.phrase.start() < d.start) {
      return last;
    }
    for (int k = last + 1; k < t.size() && k - last <= MAX_LINK_WORDS; k++) {
      if (t.start(k) >= d.start) {
        return k - 1;
      }
      String w = t.lower(k);
      boolean link =
          LINK_WORDS.contains(w)
              || t.isAdverb(k)
              || lexicon.isTimeWord(w)
              || t.isObjectClitic(k)
              || "ADJ".equals(t.pos(k)); // "estime peu probable que", "juge nécessaire que"
      if (!link) {
        return last;
      }
    }
    return last;
  }

  /**
   * Whether a person named from token {@code first} to offset {@code nameEnd} is the subject of a
   * clause opened by a circumstance: "Devant la porte du musée, Khalil Hussein, en charge de la
   * sécurité, contemple la rue", "Alors que la presse s'indignait, le vice-Premier ministre X a
   * adopté …". The sentence opens with a preposition, a conjunction or an adverb, a comma ends the
   * circumstance right before the person, and a verb follows the name, past an apposition between
   * commas (a word the lexicon reads as an indicative verb, whatever its tag).
   */
  private boolean subjectAfterCircumstance(int first, int nameEnd) {
    int opening = t.sentence(first).firstToken();
    int np = first; // the noun phrase the name closes: "le gardien Omar Saleh"
    while (np - 1 > opening
        && first - np < MAX_ROLE_WORDS
        && ("DET".equals(t.pos(np - 1))
            || "NOUN".equals(t.pos(np - 1))
            || "ADJ".equals(t.pos(np - 1))
            || t.isTitle(np - 1))) {
      np--;
    }
    boolean circumstance =
        np - opening >= 2
            && t.is(np - 1, ",")
            && ("ADP".equals(t.pos(opening))
                || "SCONJ".equals(t.pos(opening))
                || t.isAdverb(opening));
    if (!circumstance) {
      return false;
    }
    int end = t.sentence(first).endToken();
    int k = t.firstAtOrAfter(nameEnd);
    if (k < end && t.is(k, ",")) {
      int close = k + 1;
      while (close < end && close - k <= MAX_APPOSITION && !t.is(close, ",")) {
        close++;
      }
      k = close < end && t.is(close, ",") ? close + 1 : end;
    }
    while (k < end && (t.isObjectClitic(k) || t.isAdverb(k))) {
      k++;
    }
    // after the name and its apposition only a verb may come: the tagger's noun or adjective
    // there ("Yassine Amrani, chargé de la garde, contemple les décombres") is the verb
    return k < end && (t.isVerb(k) || t.isAux(k) || lexicon.indicative(t.word(k)));
  }

  /**
   * Teaches the resolver the forms the article gives organisations: the tagger's names
   * ("département du Trésor américain") and institution nouns with their modifiers ("le régime
   * libyen", "l'agence égyptienne Mena"), so that a shorter or generic mention finds the fullest
   * one.
   */
  private void learnOrganisations(SpeakerResolver resolver, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        String first = e.text().strip().split("[\\s'’]+")[0];
        String head =
            lexicon.speakerNoun(first) == SpeakerType.ORGANIZATION
                ? first.toLowerCase(java.util.Locale.ROOT)
                : null;
        resolver.learnOrganisation(e.text(), head, e.start());
      }
    }
    for (int k = 1; k < t.size(); k++) {
      if ("DET".equals(t.pos(k - 1))
          && lexicon.speakerNoun(t.word(k)) == SpeakerType.ORGANIZATION
          && !c.inAccepted(k)) {
        SpeakerPhrase p = reader.after(k - 1);
        if (p != null && p.head() != null && p.words().size() > 1) {
          resolver.learnOrganisation(p.text(), p.head(), t.start(k - 1));
        }
      }
    }
  }

  /**
   * Whether a draft's source is someone: "on" and inanimate subjects ("De nombreuses pistes
   * suggèrent que") do not make a statement.
   */
  boolean credible(Draft d) {
    SpeakerPhrase p = d.continues != null ? d.continues.phrase : d.phrase;
    if (p == null) {
      return false;
    }
    if (p.form() == Form.PRONOUN) {
      return !"on".equalsIgnoreCase(p.text());
    }
    return p.form() != Form.UNKNOWN || d.speaker.canonical() != null;
  }

  void resolveDraft(SpeakerResolver resolver, Draft d) {
    d.speaker =
        d.continues != null
            ? d.continues.speaker
            : d.sharedWith != null && d.sharedWith.speaker != null
                ? d.sharedWith.speaker
                : d.phrase == null
                    ? null
                    : resolver.resolve(d.phrase, d.order(), t.sentence(d.phrase.first()).start());
    if (d.documentNoun >= 0 && d.speaker != null && d.speaker.canonical() != null) {
      resolver.issued(
          t.lower(d.documentNoun),
          d.speaker.canonical(),
          d.speaker.type(),
          t.start(d.documentNoun));
    }
  }

  Speaker withEvidence(Speaker speaker, String evidence) {
    return speaker == null ? null : speaker.withEvidence(evidence);
  }

  /** "un communiqué du ministère russe des Affaires étrangères": the document's issuer. */
  void issuedBy(SpeakerResolver resolver, int noun) {
    SpeakerPhrase issuer = reader.after(noun + 2);
    if (issuer == null) {
      return;
    }
    String name;
    SpeakerType type;
    switch (issuer.form()) {
      case NAME:
        name = resolver.fullName(issuer.name());
        type = SpeakerType.PERSON;
        break;
      case ORGANIZATION:
      case PLACE:
        name = issuer.name() != null ? issuer.name() : issuer.bare();
        type = SpeakerType.ORGANIZATION;
        break;
      default:
        return;
    }
    resolver.issued(t.lower(noun), name, type, t.start(noun));
  }

  /**
   * A person name as the tagger marked it, without title and without the common nouns it took in
   * after an article ("M. Lavrov" → "Lavrov"; "au Commerce Gary Locke" → "Gary Locke").
   */
  private String personName(String tagged, boolean afterArticle) {
    String name = withoutTitle(tagged);
    String[] words = name.split(" ");
    int k = 0;
    // Only right after an article: "le Commerce Gary Locke", never "Rami Abdel Rahmane".
    while (afterArticle && words.length - k > 2 && lexicon.commonNounNotName(words[k])) {
      k++; // a first name and a surname stay
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
  }

  static String withoutTitle(String name) {
    String[] words = name.strip().split("\\s+");
    int k = 0;
    while (k < words.length - 1
        && TokenText.TITLES.contains(words[k].toLowerCase(java.util.Locale.ROOT))) {
      k++;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
  }
}
