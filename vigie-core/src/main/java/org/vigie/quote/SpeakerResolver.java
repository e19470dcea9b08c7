package org.vigie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Resolves speaker phrases to who they designate, reading the article in order and remembering who
 * has been named. A name becomes the fullest form of it in the article ("Zakharova", "Mme
 * Zakharova" → "Maria Zakharova"); a pronoun the latest speaker of its gender ("a-t-elle déclaré");
 * a role the person earlier introduced with that role ("le représentant du ministère russe des
 * Affaires étrangères" → the ministry's spokeswoman named before); a bare institution the one named
 * in full before ("le ministère" → "ministère russe de la Défense", "l'armée russe" → the Russian
 * defence ministry); a document its issuer ("le communiqué" → "ministère russe des Affaires
 * étrangères"). One instance per document; not thread-safe.
 */
final class SpeakerResolver {
  /** An institution noun and the words of the ministry that speaks for it. */
  /**
   * Nouns the press uses to refer back to a source it has just quoted by name: news media and NGOs
   * ("Selon le quotidien américain" after "le New York Times a rapporté", "l'ONG" after "selon
   * l'OSDH"). State institutions are not among them: "l'armée" after "selon l'OSDH" is the army,
   * not the observatory.
   */
  private static final Set<String> SOURCE_NOUNS =
      Set.of(
          "agence",
          "chaîne",
          "journal",
          "quotidien",
          "hebdomadaire",
          "magazine",
          "télévision",
          "radio",
          "média",
          "ong",
          "organisation",
          "observatoire",
          "association");

  private static final String PERSON_OF_PARAGRAPH = "role → person of its paragraph";

  private static final String ROLE_AS_WRITTEN = "role kept as written";

  private static final Map<String, List<String>> SPEAKS_THROUGH =
      Map.of(
          "armée", List.of("défense"),
          "forces", List.of("défense"),
          "militaires", List.of("défense"),
          "état-major", List.of("défense"),
          "commandement", List.of("défense"),
          "diplomatie", List.of("affaires", "étrangères"));

  private final SpeechLexicon lexicon;
  private final PersonNames names = new PersonNames();
  private final Map<String, Character> genderByName = new HashMap<>();
  private final Map<String, String> acronyms = new HashMap<>();
  private final Antecedents antecedents;
  private final List<Referent> introductions = new ArrayList<>();
  private final DocumentIssuers documents = new DocumentIssuers();
  private final OrganisationNames organisations = new OrganisationNames();
  private final RoleMatcher roles;
  private final ApposedNames apposedNames;
  private int sentenceStart;

  SpeakerResolver(SpeechLexicon lexicon, String text) {
    this.lexicon = lexicon;
    this.apposedNames = new ApposedNames(text);
    this.antecedents = new Antecedents(text);
    this.roles = new RoleMatcher(lexicon);
  }

  /** Learns every person name of the article first, so a short mention finds a later full one. */
  void learnName(String name, char gender) {
    String clean = name.strip();
    if (clean.isEmpty()) {
      return;
    }
    names.learn(clean);
    String surname = SpeakerNames.surnameKey(clean);
    if (gender != '?') {
      genderByName.putIfAbsent(surname, gender);
    }
  }

  /**
   * A person named outside any quote, with the role phrase that introduces them when there is one
   * ("la porte-parole du ministère, Maria Zakharova"): a possible antecedent for later pronouns and
   * roles; one named inside a statement's content ({@code talkedAbout}) is never the subject of the
   * narration.
   */
  void mention(
      String name,
      int offset,
      SpeakerPhrase role,
      int sentenceStart,
      boolean afterCircumstance,
      boolean talkedAbout) {
    String canonical = fullName(name);
    char gender = genderOf(canonical, role == null ? '?' : role.gender());
    boolean subject =
        !talkedAbout
            && (afterCircumstance
                || offset - sentenceStart <= Antecedents.SUBJECT_REACH
                    && antecedents.isSubject(sentenceStart, offset));
    antecedents.add(
        new Referent(
            canonical,
            SpeakerType.PERSON,
            gender,
            false,
            role == null ? Set.of() : new HashSet<>(role.words()),
            role == null ? null : role.head(),
            offset,
            false,
            subject));
  }

  /**
   * A person the article introduces with a role somewhere ("le président syrien Bachar el-Assad"),
   * so that the same role met before the introduction finds them: headlines and leads often say "le
   * président syrien" first and name him further down.
   */
  void introduce(String name, int offset, SpeakerPhrase role) {
    introductions.add(
        new Referent(
            name,
            SpeakerType.PERSON,
            role.gender(),
            false,
            new HashSet<>(role.words()),
            role.head(),
            offset,
            false,
            false));
  }

  /** A name set beside a role by commas ({@link ApposedNames}), where the role phrase starts. */
  void apposed(int offset, String name) {
    apposedNames.learn(offset, name);
  }

  /**
   * A document and who issued it ("un communiqué du ministère russe …", "… dans un communiqué").
   */
  void issued(String documentNoun, String issuer, SpeakerType type, int offset) {
    documents.learn(documentNoun, issuer, type, offset);
  }

  /**
   * The fullest form of a person's name in the article. A surname alone takes the full name; a
   * first name and surname keep their own unless the fuller form ends with them ("Djoumana Seïf" is
   * not "Riad Seïf").
   */
  String fullName(String name) {
    return names.full(name);
  }

  /**
   * A person's name: the fullest form of it in the article, also from a first name alone ("Aton"
   * after "Aton Manos") when no one else bears it as a surname.
   */
  private Speaker name(SpeakerPhrase p) {
    String full = fullName(p.name());
    if (!full.equals(p.name())) {
      return speaker(p, full, SpeakerType.PERSON, "name → fullest form " + full);
    }
    if (PersonNames.words(p.name()) == 1) {
      String byFirst = names.byFirstName(p.name());
      if (byFirst != null) {
        return speaker(p, byFirst, SpeakerType.PERSON, "first name → " + byFirst);
      }
    }
    return speaker(p, full, SpeakerType.PERSON, "name as written");
  }

  /**
   * Learns the acronyms the article expands: "l'Observatoire syrien des droits de l'Homme (OSDH)",
   * "Reporters sans frontières (RSF)", so that "l'OSDH" and "RSF" name the organisation in full.
   */
  void learnAcronym(String acronym, String expansion) {
    acronyms.putIfAbsent(acronym, expansion);
  }

  /**
   * Learns a form of an organisation's name the article gives at {@code offset} ("le régime
   * libyen", "département du Trésor américain"), with its institution noun or null.
   */
  void learnOrganisation(String form, String head, int offset) {
    organisations.learn(form, head, offset);
  }

  /** The expansion of an acronym the article gave ("OSDH" → "Observatoire syrien …"), or null. */
  private String expansion(String name) {
    return name == null ? null : acronyms.get(name.strip());
  }

  /** Whether a person of this name was named in the article ("Assad" after "Bachar el-Assad"). */
  boolean knowsPerson(String name) {
    return names.knows(name);
  }

  /** Resolves a phrase found at {@code offset} and remembers it as a speaker. */
  Speaker resolve(SpeakerPhrase phrase, int offset, int sentenceStart) {
    this.sentenceStart = sentenceStart;
    Speaker speaker = resolveOnly(phrase, offset);
    if (phrase.form() != Form.PRONOUN) {
      remember(phrase, speaker, offset, true);
    }
    return speaker;
  }

  /**
   * A person the narration makes the subject of a clause at {@code offset} ({@link
   * ClauseSubjects}): a name, a role resolved as a speaker's would be, or a pronoun whose
   * antecedent becomes the subject again ("Il a toujours considéré …" keeps Rifaat the one a later
   * "il" designates).
   */
  void subject(SpeakerPhrase phrase, int offset, int sentenceStart) {
    this.sentenceStart = sentenceStart;
    if (phrase.form() == Form.PRONOUN) {
      Antecedents.Resolved found =
          antecedents.pronoun(phrase.gender(), false, offset, sentenceStart);
      Referent r = found == null ? null : found.referent();
      if (r != null && r.type() == SpeakerType.PERSON) {
        antecedents.add(
            new Referent(
                r.canonical(),
                r.type(),
                r.gender(),
                false,
                r.words(),
                r.head(),
                offset,
                false,
                true,
                r.named()));
      }
      return;
    }
    Speaker speaker = resolveOnly(phrase, offset);
    if (speaker.type() == SpeakerType.PERSON) {
      remember(phrase, speaker, offset, false);
    }
  }

  /** Remembers who a phrase designated, as a speaker or as the subject of a clause. */
  private void remember(SpeakerPhrase phrase, Speaker speaker, int offset, boolean speaking) {
    if (speaker.canonical() == null) {
      return;
    }
    // A role read as the paragraph's person is a guess: it teaches nothing about that person's
    // role or gender ("le premier ministre" → Fillon must not make "le premier ministre tunisien"
    // Fillon too).
    boolean guessed = speaker.evidence().equals(PERSON_OF_PARAGRAPH);
    char gender = phrase.gender();
    if (speaker.type() == SpeakerType.PERSON && !guessed) {
      gender = genderOf(speaker.canonical(), gender);
      if (gender != '?') {
        genderByName.putIfAbsent(SpeakerNames.surnameKey(speaker.canonical()), gender);
      }
    }
    antecedents.add(
        new Referent(
            speaker.canonical(),
            speaker.type() == SpeakerType.DOCUMENT ? SpeakerType.ORGANIZATION : speaker.type(),
            gender,
            phrase.plural(),
            guessed ? Set.of() : new HashSet<>(phrase.words()),
            guessed ? null : phrase.head(),
            offset,
            speaking,
            !speaking,
            !speaker.evidence().equals(ROLE_AS_WRITTEN)));
  }

  private Speaker resolveOnly(SpeakerPhrase p, int offset) {
    switch (p.form()) {
      case PRONOUN:
        return pronoun(p, offset);
      case NAME:
        return name(p);
      case ROLE:
        return role(p, offset);
      case ORGANIZATION:
      case PLACE:
        if (p.name() != null && p.name().equals(p.text()) && knowsPerson(p.name())) {
          // the tagger's LOC "Assad"
          return speaker(p, fullName(p.name()), SpeakerType.PERSON, "surname of a person named");
        }
        String acronym = expansion(p.name() != null ? p.name() : p.bare());
        if (acronym != null) {
          String fullest = organisations.fullest(acronym);
          return speaker(
              p,
              fullest != null ? fullest : acronym,
              SpeakerType.ORGANIZATION,
              "acronym of " + acronym);
        }
        return p.form() == Form.PLACE
            ? speaker(
                p,
                p.name() != null ? p.name() : p.bare(),
                SpeakerType.ORGANIZATION,
                "place for its government")
            : institution(p, offset);
      case GROUP:
        return speaker(p, p.bare(), SpeakerType.GROUP, "group as written");
      case DOCUMENT:
        return document(p, offset);
      default:
        return speaker(p, null, SpeakerType.UNKNOWN, "unresolved");
    }
  }

  /**
   * A pronoun is the first person of its gender named earlier in its own sentence ("M. Assad
   * parlait de réformes …, a-t-il dit"), else the latest of its gender among the speakers and the
   * subjects of earlier sentences ("Ali Ahmed est un militant connu. « … », analyse-t-il": the
   * subject introduced after the last statement speaks next), else the latest person named.
   */
  private Speaker pronoun(SpeakerPhrase p, int offset) {
    Antecedents.Resolved found = antecedents.pronoun(p.gender(), p.plural(), offset, sentenceStart);
    return found == null
        ? speaker(
            p, null, p.plural() ? SpeakerType.GROUP : SpeakerType.UNKNOWN, "pronoun unresolved")
        : speaker(p, found.referent().canonical(), found.referent().type(), found.evidence());
  }

  /**
   * A role is the person introduced with it ({@link RoleMatcher}), before it or, for a role that
   * says more than its noun, after it ("le président syrien" … "le président syrien Bachar
   * el-Assad"); else, when it is definite and says no more than its function ("a souligné le chef
   * de l'État", "le Premier ministre a précisé"), the person its paragraph is about ({@link
   * Antecedents#salientPersonOfParagraph}); else the role itself is the best name there is
   * ("président ukrainien").
   */
  private Speaker role(SpeakerPhrase p, int offset) {
    String apposed = apposedNames.of(p);
    if (apposed != null) {
      String full = fullName(apposed);
      return speaker(p, full, SpeakerType.PERSON, "role → apposed name " + full);
    }
    if (anaphoric(p) && p.head() != null) {
      Referent same = antecedents.latestWithHead(p.head(), offset);
      if (same != null) {
        return speaker(p, same.canonical(), SpeakerType.PERSON, "role → the same " + p.head());
      }
    }
    Referent best = roles.introducedAs(p, offset, antecedents.all());
    if (best != null) {
      return speaker(
          p, best.canonical(), SpeakerType.PERSON, "role → introduced as " + best.canonical());
    }
    if (roles.specific(p)) {
      Referent later = roles.introducedLaterAs(p, introductions);
      if (later != null) {
        String full = fullName(later.canonical());
        return speaker(p, full, SpeakerType.PERSON, "role → introduced elsewhere as " + full);
      }
    }
    if (definite(p) && !p.plural() && roles.bare(p)) {
      Referent topic = antecedents.salientPersonOfParagraph(p.gender(), offset);
      if (topic != null) {
        return speaker(p, topic.canonical(), SpeakerType.PERSON, PERSON_OF_PARAGRAPH);
      }
    }
    return speaker(p, p.bare(), SpeakerType.PERSON, ROLE_AS_WRITTEN);
  }

  /**
   * "ce porte-parole", "cette source", "la même source", "le même responsable": a role pointing
   * back to the one just quoted with that noun, named or not.
   */
  private static boolean anaphoric(SpeakerPhrase p) {
    String lower = p.text().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("ce ")
        || lower.startsWith("cet ")
        || lower.startsWith("cette ")
        || lower.startsWith("le même ")
        || lower.startsWith("la même ");
  }

  /** "le", "la", "l'": a role or institution already known to the reader, not a new one. */
  private static boolean definite(SpeakerPhrase p) {
    String lower = p.text().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("le ")
        || lower.startsWith("la ")
        || lower.startsWith("l'")
        || lower.startsWith("l’");
  }

  /**
   * An institution is its own name unless it is a shorter or generic mention of one named before:
   * "le ministère" → the last ministry named; "l'armée russe" → the Russian defence ministry.
   */
  private Speaker institution(SpeakerPhrase p, int offset) {
    if (p.name() != null) {
      if (p.head() != null && lexicon.speakerNoun(p.head()) == SpeakerType.ORGANIZATION) {
        // "l'agence de presse italienne Ansa": the name with what the article says it is
        return speaker(p, p.bare(), SpeakerType.ORGANIZATION, "organisation named with its noun");
      }
      String fullest = organisations.fullest(p.name());
      return fullest == null
          ? speaker(p, p.name(), SpeakerType.ORGANIZATION, "organisation named")
          : speaker(p, fullest, SpeakerType.ORGANIZATION, "organisation → fullest form " + fullest);
    }
    List<String> through = p.head() == null ? null : SPEAKS_THROUGH.get(p.head());
    List<Referent> referents = antecedents.all();
    for (int i = referents.size() - 1; i >= 0; i--) {
      Referent r = referents.get(i);
      if (r.offset() > offset || r.type() != SpeakerType.ORGANIZATION || r.words().isEmpty()) {
        continue;
      }
      boolean shorter =
          p.head() != null
              && p.head().equals(r.head())
              && r.words().containsAll(p.words())
              && r.words().size() > p.words().size();
      boolean speaksFor =
          through != null
              && r.words().containsAll(through)
              && r.words().containsAll(withoutHead(p));
      if (shorter || speaksFor) {
        return speaker(
            p,
            r.canonical(),
            SpeakerType.ORGANIZATION,
            (shorter ? "shorter mention of " : "speaks for ") + r.canonical());
      }
    }
    String named = organisations.namedBefore(p.head(), p.words(), offset);
    if (named != null) {
      return speaker(p, named, SpeakerType.ORGANIZATION, "generic noun → named before as " + named);
    }
    String fullest = organisations.fullest(p.bare());
    if (fullest != null) {
      return speaker(p, fullest, SpeakerType.ORGANIZATION, "institution → fullest form " + fullest);
    }
    if (p.head() != null
        && SOURCE_NOUNS.contains(p.head())
        && definite(p)
        && !p.plural()
        && onlyAdjectives(p)) {
      Referent source = antecedents.lastSpeakingOrganisationOfParagraph(p.head(), offset);
      if (source != null) {
        return speaker(
            p,
            source.canonical(),
            SpeakerType.ORGANIZATION,
            "generic noun → source just quoted " + source.canonical());
      }
    }
    return speaker(p, p.bare(), SpeakerType.ORGANIZATION, "institution as written");
  }

  private Speaker document(SpeakerPhrase p, int offset) {
    DocumentIssuers.Issued d = documents.latest(p.head(), Math.max(offset, p.end()));
    return d == null
        ? speaker(p, null, SpeakerType.DOCUMENT, "document of unknown issuer")
        : speaker(p, d.issuer(), SpeakerType.DOCUMENT, "document issued by " + d.issuer());
  }

  /** Whether the phrase is its head noun and adjectives only ("le quotidien américain"). */
  private boolean onlyAdjectives(SpeakerPhrase p) {
    for (String w : withoutHead(p)) {
      if (!lexicon.adjective(w)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> withoutHead(SpeakerPhrase p) {
    List<String> rest = new ArrayList<>(p.words());
    rest.remove(p.head());
    return rest;
  }

  private char genderOf(String canonical, char fallback) {
    Character known = genderByName.get(SpeakerNames.surnameKey(canonical));
    if (known != null) {
      return known;
    }
    if (fallback != '?') {
      return fallback;
    }
    return PhraseHeads.nameGender(canonical);
  }

  private static Speaker speaker(
      SpeakerPhrase p, String canonical, SpeakerType type, String evidence) {
    return new Speaker(p.text(), canonical, type, p.start(), p.end(), evidence);
  }
}
