package org.vigie.quote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.ResourceLines;
import org.vigie.lexicon.WordForm;
import org.vigie.model.SpeakerType;
import org.vigie.model.Token;

/**
 * The words that report speech in French: reporting verbs in every inflected form, and the head
 * nouns of speaker phrases by the type of speaker they give. The verb list holds lemmas only
 * (resource {@code speech-verbs.txt}, about 250 verbs); the French lexicon supplies every form, so
 * "a-t-elle déclaré", "martèle", "estimait" and "souligné" are all cues without being typed.
 * Multi-word cues ("faire savoir", "mettre en garde") are a verb lemma plus the words that must
 * follow it. Immutable and thread-safe.
 */
public final class SpeechLexicon {
  /** Prefixes of a compound role noun: "vice-ministre", "ex-président", "co-fondateur". */
  private static final List<String> ROLE_PREFIXES = List.of("vice-", "ex-", "co-", "sous-");

  /** Verbs whose subject "il" is mostly impersonal. */
  private static final Set<String> IMPERSONAL_VERBS =
      Set.of("falloir", "rester", "agir", "sembler", "paraître", "exister", "valoir", "manquer");

  private final Lexicon lexicon;
  private final Set<String> verbLemmas = new HashSet<>();
  private final Set<String> inciseOnly = new HashSet<>();
  private final Set<String> slogans = new HashSet<>();
  private final Set<String> objectIsStatement = new HashSet<>();
  private final Set<String> timeWords = new HashSet<>(lines("time-words.txt"));
  private final Map<String, List<List<String>>> phrasalVerbs = new HashMap<>();
  private final Map<String, SpeakerType> speakerNouns = new HashMap<>();

  public SpeechLexicon(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    for (String line : lines("speech-verbs.txt")) {
      if (line.endsWith(" *")) {
        line = line.substring(0, line.length() - 2).strip();
        inciseOnly.add(stripReflexive(line));
      } else if (line.endsWith(" !")) {
        line = line.substring(0, line.length() - 2).strip();
        inciseOnly.add(stripReflexive(line));
        slogans.add(stripReflexive(line));
      } else if (line.endsWith(" +")) {
        line = line.substring(0, line.length() - 2).strip();
        objectIsStatement.add(stripReflexive(line));
      }
      List<String> words = List.of(stripReflexive(line).split(" "));
      if (words.size() == 1) {
        verbLemmas.add(words.get(0));
      } else {
        phrasalVerbs
            .computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(words.subList(1, words.size()));
      }
    }
    SpeakerType section = null;
    for (String line : lines("speaker-nouns.txt")) {
      if (line.startsWith("[")) {
        section =
            SpeakerType.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
      } else if (section != null) {
        speakerNouns.putIfAbsent(line, section);
      }
    }
  }

  /**
   * The lemma of a reporting verb that {@code word} is a form of, or {@code null}. A phrasal cue
   * matches only when the words after it ({@code following}, lower-cased) begin with its
   * complement; the returned lemma is then the whole phrase ("faire savoir").
   */
  public String reportingVerb(String word, List<String> following) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (WordForm reading : readings(word, lower)) {
      if (!reading.tag().startsWith("V")) {
        continue;
      }
      String lemma = reading.lemma();
      if (verbLemmas.contains(lemma)) {
        return lemma;
      }
      for (List<String> complement : phrasalVerbs.getOrDefault(lemma, List.of())) {
        if (following.size() >= complement.size()
            && following.subList(0, complement.size()).equals(complement)) {
          return lemma + " " + String.join(" ", complement);
        }
      }
    }
    return null;
  }

  /**
   * Whether a sentence may report speech: a quotation mark, "selon"/"d'après", or a form of a
   * reporting verb. The parse stage parses only these sentences.
   */
  public boolean carriesCue(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).word();
      if (word.length() == 1 && "«»“”„\"".indexOf(word.charAt(0)) >= 0) {
        return true;
      }
      String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean dapres = lower.equals("après") && i > 0 && words.get(i - 1).word().length() == 2;
      if (lower.equals("selon") || lower.equals("d'après") || dapres) {
        return true;
      }
      String pos = words.get(i).pos();
      boolean verbal = pos == null || "VERB".equals(pos) || "ADJ".equals(pos);
      if (verbal && !nonFinite(word)) {
        String lemma = reportingVerb(word, List.of());
        if (lemma != null && !isInciseOnly(lemma)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a reporting verb says who speaks only right after a quotation ("« … », lance-t-il",
   * "reprend-elle"): elsewhere these verbs mostly mean something else ("a repris la ville").
   */
  public boolean isInciseOnly(String lemma) {
    return inciseOnly.contains(lemma);
  }

  /**
   * Whether a verb of chanting or shouting reports what it says when a quotation, a colon or a
   * que-clause follows it ("scandent « Dégage ! »", "en criant : « … »"); it is incise-only
   * otherwise ("crier au scandale" says nothing).
   */
  public boolean isSloganVerb(String lemma) {
    return slogans.contains(lemma);
  }

  /**
   * Whether a reporting verb's object is itself a statement without "que": "a démenti ces
   * informations", "réclament le retrait des troupes", "a fait état de …" (a speech act).
   */
  public boolean objectIsStatement(String lemma) {
    return objectIsStatement.contains(lemma);
  }

  /**
   * Whether a lower-cased word is a short time word the press puts between a verb and its object
   * ("a annoncé mardi soir avoir …"), from resource {@code time-words.txt}.
   */
  public boolean isTimeWord(String lower) {
    return timeWords.contains(lower);
  }

  /** Whether {@code word} can be an infinitive ("avoir", "mener", "être"). */
  public boolean infinitive(String word) {
    return hasVerbReading(word, "inf");
  }

  /** Whether {@code word} can be a present participle ("affirmant", "soulignant"). */
  public boolean presentParticiple(String word) {
    return hasVerbReading(word, "ppr");
  }

  private boolean hasVerbReading(String word, String form) {
    for (WordForm reading : readings(word, word.toLowerCase(Locale.ROOT))) {
      if (reading.isVerbIn(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} can only be an infinitive or a present participle of a verb: such a cue
   * ("pour certifier que", "en soulignant que") has no subject of its own.
   */
  public boolean nonFinite(String word) {
    boolean nonFinite = false;
    for (WordForm reading : readings(word, word.toLowerCase(Locale.ROOT))) {
      if (!reading.tag().startsWith("V")) {
        continue;
      }
      if (!reading.tag().startsWith("V inf") && !reading.tag().startsWith("V ppr")) {
        return false;
      }
      nonFinite = true;
    }
    return nonFinite;
  }

  /** Whether {@code word} can be an adjective ("syrien", "britannique"; not "défense"). */
  public boolean adjective(String word) {
    for (WordForm reading : readings(word, word.toLowerCase(Locale.ROOT))) {
      if (reading.tag().startsWith("J")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised word is a common noun and not a name ("Commerce" in "son collègue au
   * Trésor Timothy Geithner"; not "Pierre", which is both).
   */
  public boolean commonNounNotName(String word) {
    for (WordForm reading : lexicon.analyses(word)) {
      if (reading.tag().startsWith("Z")) {
        return false;
      }
    }
    for (WordForm reading : lexicon.analyses(word.toLowerCase(Locale.ROOT))) {
      if (reading.tag().startsWith("N")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} can be a participle or an infinitive ("cités", "parlant", "fait"): a verb
   * that may modify a noun phrase rather than head a clause.
   */
  public boolean canBeNonFinite(String word) {
    return hasVerbReading(word, "ppa") || hasVerbReading(word, "ppr") || infinitive(word);
  }

  /**
   * Whether {@code word} can be a verb in the indicative ("contemple", "affirme"): what the tagger
   * may read as a noun or adjective where the sentence leaves room for a verb only.
   */
  public boolean indicative(String word) {
    return hasVerbReading(word, "ind");
  }

  /** Whether {@code word} can be a past participle ("mis", "soutenu", "formée"). */
  public boolean pastParticiple(String word) {
    return hasVerbReading(word, "ppa");
  }

  /**
   * Whether {@code word} is a form of a verb French uses with an impersonal "il" ("il faut", "il
   * reste", "il s'agit", "il semble"): its subject names no one.
   */
  public boolean impersonal(String word) {
    for (WordForm reading : readings(word, word.toLowerCase(Locale.ROOT))) {
      if (reading.tag().startsWith("V") && IMPERSONAL_VERBS.contains(reading.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} can only be a past participle ("dite", "déclarée", not "dit"). */
  public boolean participleOnly(String word) {
    boolean participle = false;
    for (WordForm reading : readings(word, word.toLowerCase(Locale.ROOT))) {
      if (!reading.tag().startsWith("V")) {
        continue;
      }
      if (!reading.tag().startsWith("V ppa")) {
        return false;
      }
      participle = true;
    }
    return participle;
  }

  /** The gender of a first name the lexicon knows ("Maria" → 'f', "Sergueï" → 'm'), else '?'. */
  public char firstNameGender(String firstName) {
    boolean masculine = false;
    boolean feminine = false;
    for (WordForm reading : lexicon.analyses(firstName)) {
      if (reading.tag().startsWith("Z ")) {
        masculine |= reading.tag().startsWith("Z m");
        feminine |= reading.tag().startsWith("Z f");
      }
    }
    return masculine == feminine ? '?' : masculine ? 'm' : 'f';
  }

  /** Whether {@code word} is a form of a reporting verb, ignoring phrasal cues. */
  public boolean isReportingVerb(String word) {
    return reportingVerb(word, List.of()) != null;
  }

  /**
   * The speaker type a head noun gives ("porte-parole" → PERSON, "ministère" → ORGANIZATION,
   * "communiqué" → DOCUMENT, "manifestants" → GROUP), or {@code null} for other nouns. Plural and
   * feminine forms are found through their lemma.
   */
  public SpeakerType speakerNoun(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT);
    SpeakerType direct = speakerNouns.get(lower);
    if (direct != null) {
      return direct;
    }
    for (String prefix : ROLE_PREFIXES) {
      if (lower.startsWith(prefix) && lower.length() > prefix.length() + 2) {
        // "vice-ministre", "ex-président", "co-fondateur": the role after the prefix
        return speakerNoun(lower.substring(prefix.length()));
      }
    }
    for (WordForm reading : readings(noun, lower)) {
      if (reading.tag().startsWith("N")) {
        SpeakerType byLemma = speakerNouns.get(reading.lemma());
        if (byLemma != null) {
          // "ministres" is a GROUP when listed as such, else the plural of a PERSON role.
          return byLemma == SpeakerType.PERSON && reading.tag().contains(" p")
              ? SpeakerType.GROUP
              : byLemma;
        }
      }
    }
    return null;
  }

  /** The grammatical gender the lexicon gives a noun or adjective: 'm', 'f' or '?' (either). */
  public char gender(String word) {
    boolean masculine = false;
    boolean feminine = false;
    for (WordForm reading : readings(word, word.toLowerCase(Locale.ROOT))) {
      String tag = " " + reading.tag() + " ";
      masculine |= tag.contains(" m ");
      feminine |= tag.contains(" f ");
    }
    return masculine == feminine ? '?' : masculine ? 'm' : 'f';
  }

  private List<WordForm> readings(String word, String lower) {
    List<WordForm> readings = lexicon.analyses(lower);
    return readings.isEmpty() && !lower.equals(word) ? lexicon.analyses(word) : readings;
  }

  private static String stripReflexive(String entry) {
    if (entry.startsWith("se ")) {
      return entry.substring(3);
    }
    return entry.startsWith("s'") ? entry.substring(2) : entry;
  }

  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    for (String entry : ResourceLines.of(SpeechLexicon.class, resource)) {
      lines.add(entry.toLowerCase(Locale.ROOT));
    }
    return lines;
  }

  /** Speaker types per section, for tests and documentation. */
  Map<SpeakerType, Integer> speakerNounCounts() {
    Map<SpeakerType, Integer> counts = new EnumMap<>(SpeakerType.class);
    speakerNouns.values().forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts;
  }

  int verbCount() {
    return verbLemmas.size() + phrasalVerbs.values().stream().mapToInt(List::size).sum();
  }
}
