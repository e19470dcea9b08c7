package org.vigie.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.SpeakerType;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Reads the noun phrase that names a speaker next to a cue, from the words' POS tags: before the
 * verb ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré"), after it ("a
 * conclu la porte-parole du ministère des Affaires étrangères", "indique le communiqué") or after
 * "selon". Handles appositions, titles (M., Mme), coordinated names, a relative clause between
 * subject and verb and a date beside the phrase ({@link TimeInPhrase}). Every walk is bounded
 * ({@link #MAX_WORDS}). Stateless apart from the document it reads.
 */
final class SpeakerPhraseReader {
  static final int MAX_WORDS = 30;
  static final Set<String> NP_POS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "X");
  private static final Set<String> PRONOUNS =
      Set.of("il", "elle", "ils", "elles", "lui", "eux", "on", "celui-ci", "celle-ci");
  private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "les");
  static final Set<String> INNER_PREPOSITIONS = Set.of("de", "d'", "du", "des", "pour");

  private final TokenText t;
  private final SpeechLexicon lexicon;
  private final IndefiniteSubjects indefinites;
  private final Appositions appositions;
  private final PhraseHeads heads;
  private final InstitutionNames institutionNames;
  private final NounPhraseStarts phrases;
  private final TimeInPhrase times;

  SpeakerPhraseReader(TokenText tokens, SpeechLexicon lexicon) {
    this.t = tokens;
    this.lexicon = lexicon;
    this.indefinites = new IndefiniteSubjects(tokens);
    this.institutionNames = new InstitutionNames(tokens, lexicon);
    this.appositions = new Appositions(tokens, lexicon);
    this.heads = new PhraseHeads(tokens, lexicon);
    this.phrases = new NounPhraseStarts(tokens);
    this.times = new TimeInPhrase(tokens, lexicon);
  }

  /** The subject phrase ending right before token {@code next} (the verb group's first word). */
  SpeakerPhrase before(int next) {
    int sentenceFirst = t.sentence(Math.max(0, next - 1)).firstToken();
    int j = next - 1;
    if (j < sentenceFirst) {
      return null;
    }
    if (t.is(j, ",")) {
      // "X, Sergueï Lavrov, a déclaré" or "La Russie, qui …, a appelé"
      int nameStart = j;
      // "Deux députés, Jean Martin et Paul Roux, ont …": coordinated names are one apposition
      while (nameStart - 1 >= sentenceFirst
          && j - nameStart < 9
          && (isNameWord(nameStart - 1)
              || t.isTitle(nameStart - 1)
              || t.is(nameStart - 1, "et") && nameStart < j && isNameWord(nameStart - 2))) {
        nameStart--;
      }
      int before = nameStart - 1;
      if (nameStart < j && ARTICLES.contains(t.lower(before))) {
        before--; // "L'organe du Vatican, l'Osservatore Romano, a déploré"
      }
      if (nameStart < j && t.is(before, ",")) {
        int roleEnd = before - 1;
        int roleStart = phrases.start(roleEnd, sentenceFirst);
        return classify(roleStart >= 0 ? roleStart : nameStart, j - 1, nameStart);
      }
      int comma = j - 1;
      while (comma > sentenceFirst && !t.is(comma, ",") && j - comma < MAX_WORDS) {
        comma--;
      }
      boolean relative = t.is(comma + 1, "qui") || t.is(comma + 1, "où") || t.is(comma + 1, "dont");
      if (t.is(comma, ",") && relative) {
        int start = phrases.start(comma - 1, sentenceFirst);
        return start < 0 ? null : nameBeforeApposition(classify(start, comma - 1, -1));
      }
      if (t.is(comma, ",")
          && (appositions.isApposition(comma + 1, j)
              || appositions.isParticipialPhrase(comma + 1, j)
              || appositions.isAppositionWithRelative(comma + 1, j))) {
        // "La Commission générale de la révolution, un réseau de militants, a fait état …": the
        // subject is the phrase the apposition describes
        int start = phrases.start(comma - 1, sentenceFirst);
        SpeakerPhrase p = start < 0 ? null : classify(start, comma - 1, -1);
        return p == null || p.form() == Form.UNKNOWN ? null : p;
      }
      return null;
    }
    int indefinite = indefinites.endingAt(j, sentenceFirst);
    if (indefinite >= 0) {
      return indefinites.phrase(indefinite, j);
    }
    if (PRONOUNS.contains(t.lower(j)) && "PRON".equals(t.pos(j))) {
      return classify(j, j, -1);
    }
    int start = phrases.start(j, sentenceFirst);
    int participle = start < 0 ? -1 : participleBeforeAgent(start - 1, sentenceFirst);
    if (participle >= 0) {
      // "Le gouvernement mis en place par les insurgés estime": the agent of a participle
      // modifying the subject is no subject; the phrase the participle modifies is
      // a document given by a source ("un bilan donné par le journal X") leaves the source
      int head = phrases.start(participle - 1, sentenceFirst);
      SpeakerPhrase modified = head < 0 ? null : classify(head, participle - 1, -1);
      if (modified != null && modified.form() != Form.UNKNOWN && modified.form() != Form.DOCUMENT) {
        return modified;
      }
    }
    return start < 0 ? null : classify(start, j, -1);
  }

  /**
   * The past participle whose agent "par" at {@code par} introduces ("soutenu par", "mis en place
   * par", "formé notamment par"), or -1: up to three words between them, none a verb.
   */
  private int participleBeforeAgent(int par, int sentenceFirst) {
    if (par <= sentenceFirst || !t.is(par, "par")) {
      return -1;
    }
    for (int k = par - 1; k > sentenceFirst && par - k <= 4; k--) {
      if (t.isPunct(k) || t.isAux(k)) {
        return -1;
      }
      if (lexicon.pastParticiple(t.word(k)) && !"NOUN".equals(t.pos(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The person a role or group phrase stands in apposition to, when a name and a comma come right
   * before it ("Somia Kadri, la militante et blogueuse tunisienne, qui …, a écrit :", "Somia Kadri,
   * la blogueuse qui … , a écrit :"): a relative clause hangs on the whole "name, apposition", and
   * the subject it names is the person, not the apposition's role noun. {@code p} itself otherwise:
   * the name is a person the tagger or the first-name list knows, or a first name and a surname the
   * tagger missed ("Somia Kadri"), never a day ("Mardi, le ministre, qui …" keeps the minister).
   */
  SpeakerPhrase nameBeforeApposition(SpeakerPhrase p) {
    if (p == null
        || p.form() != Form.ROLE && p.form() != Form.GROUP
        || !t.is(p.first() - 1, ",")
        || p.first() - 2 < t.sentence(p.first()).firstToken()) {
      return p;
    }
    SpeakerPhrase name = before(p.first() - 1);
    boolean person =
        name != null
            && name.form() == Form.NAME
            && opensClause(name.first())
            && !lexicon.isTimeWord(t.lower(name.first()))
            && ("PER".equals(t.ner(name.last()))
                || lexicon.firstNameGender(t.word(name.first())) != '?'
                || name.last() > name.first());
    return person ? name : p;
  }

  /**
   * Whether token {@code k} opens its sentence or follows a punctuation mark: a phrase there is a
   * subject, not the object of a preposition ("Selon Karim Nour, les militants qui …").
   */
  private boolean opensClause(int k) {
    return k == t.sentence(k).firstToken() || t.isPunct(k - 1);
  }

  /**
   * The role phrase introducing a name that starts at token {@code name}: "la porte-parole du
   * ministère, Maria Zakharova" or "le général Jean Martin"; null when there is none.
   */
  SpeakerPhrase roleBefore(int name) {
    int sentenceFirst = t.sentence(name).firstToken();
    int end = t.is(name - 1, ",") ? name - 2 : name - 1;
    if (end < sentenceFirst || t.isPunct(end) || isNameWord(end)) {
      return null;
    }
    int start = phrases.start(end, sentenceFirst);
    if (start < 0) {
      return null;
    }
    SpeakerPhrase role = classify(start, end, -1);
    return role.form() == Form.ROLE ? role : null;
  }

  /**
   * The phrase starting at or after {@code from} (adverbs skipped), up to a non-"de" preposition.
   */
  SpeakerPhrase after(int from) {
    if (from >= t.size()) {
      return null;
    }
    int sentenceEnd = t.sentence(from).endToken();
    int i = from;
    while (i < sentenceEnd && t.isAdverb(i) && i - from < 3) {
      i++;
    }
    int pastTime = times.skip(i, sentenceEnd);
    if (pastTime > i && pastTime < sentenceEnd && phrases.startsPhrase(pastTime)) {
      i = pastTime; // "a annoncé ce vendredi le commandant …": the date is no speaker
    }
    if (i >= sentenceEnd) {
      return null;
    }
    for (int end = i; end < sentenceEnd && end - i < 7; end++) {
      if (indefinites.endingAt(end, i) == i) {
        return indefinites.phrase(i, end); // "…, crie l'un d'entre eux"
      }
    }
    if (PRONOUNS.contains(t.lower(i)) && "PRON".equals(t.pos(i))) {
      return classify(i, i, -1);
    }
    if (!phrases.startsPhrase(i)) {
      return null;
    }
    int last = i;
    int k = i + 1;
    while (k < sentenceEnd && k - i < MAX_WORDS) {
      if (t.isOf(k) && k + 1 < sentenceEnd && phrases.startsPhrase(k + 1)) {
        k++;
        continue;
      }
      if (portfolioAfter(k, sentenceEnd)) {
        k++; // "le secrétaire américain à la Défense", "le ministre délégué aux Affaires
        // européennes"
        continue;
      }
      if (times.closesPhrase(k)) {
        break; // "a prévenu la France mardi"
      }
      if (NP_POS.contains(t.pos(k)) && !t.isPunct(k) && !phrases.juxtaposed(k) || t.isTitle(k)) {
        last = k;
        k++;
        continue;
      }
      if (t.is(k, "et")
          && k + 1 < sentenceEnd
          && phrases.startsPhrase(k + 1)
          && isNameWord(k - 1)) {
        k++;
        continue;
      }
      break;
    }
    int nameStart = -1;
    if (t.is(last + 1, ",") && last + 2 < sentenceEnd && isNameWord(last + 2)) {
      int n = last + 2;
      while (n + 1 < sentenceEnd && isNameWord(n + 1) && n - last < 6) {
        n++;
      }
      boolean ends = n + 1 >= sentenceEnd || t.isPunct(n + 1) || "ADP".equals(t.pos(n + 1));
      if (ends) {
        nameStart = last + 2;
        last = n;
      }
    }
    return classify(i, last, nameStart);
  }

  /**
   * The subject of an incise with inversion ("« … », rigole la brunette", "…, proclame l'un d'eux",
   * "…, reprennent en chœur les professionnels du secteur"): the construction itself says it is a
   * speaker, so a noun phrase whose head no lexicon knows is an unnamed one (a person, or a group
   * when plural) rather than no speaker at all. Any other phrase is returned as it is.
   */
  SpeakerPhrase inInversion(SpeakerPhrase p) {
    if (p == null || p.form() != Form.UNKNOWN || !"DET".equals(t.pos(p.first()))) {
      return p;
    }
    boolean nominal = false;
    for (int k = p.first(); k <= p.last(); k++) {
      nominal |= "NOUN".equals(t.pos(k)) || "PRON".equals(t.pos(k)) || "NUM".equals(t.pos(k));
    }
    if (!nominal) {
      return p;
    }
    boolean plural = t.is(p.first(), "les") || t.is(p.first(), "des");
    return new SpeakerPhrase(
        p.first(),
        p.last(),
        p.start(),
        p.end(),
        p.text(),
        plural ? Form.GROUP : Form.ROLE,
        null,
        p.head(),
        p.words(),
        p.gender(),
        plural);
  }

  /** "à la Défense", "au Commerce", "aux Affaires étrangères": a role's portfolio. */
  private boolean portfolioAfter(int k, int sentenceEnd) {
    if (!(t.is(k, "à") || t.is(k, "au") || t.is(k, "aux"))) {
      return false;
    }
    int n = k + 1;
    // "au" as the tagger splits it: "à" + "le" at one offset
    boolean contraction = !t.is(k, "à") || n < sentenceEnd && t.start(n) == t.start(k);
    if (t.is(n, "la") || t.is(n, "l'") || contraction && t.start(n) == t.start(k)) {
      n++;
    }
    if (n >= sentenceEnd || !t.capitalised(n)) {
      return false;
    }
    // "au Foreign Office", "aux Affaires étrangères": after a contraction, any capitalised
    // portfolio; after "à la", a common noun ("à la Défense", not "à la Havane")
    return contraction || lexicon.commonNounNotName(t.word(n)) || !"PROPN".equals(t.pos(n));
  }

  private boolean isNameWord(int i) {
    if (i < 0 || i >= t.size() || t.isPunct(i) || !t.capitalised(i) && !arabicParticle(i)) {
      return false;
    }
    String pos = t.pos(i);
    return "PROPN".equals(pos)
        || "X".equals(pos)
        || "PER".equals(t.ner(i))
        || "NOUN".equals(pos) && !"ORG".equals(t.ner(i)) && lexicon.speakerNoun(t.word(i)) == null;
  }

  /** The first word of the trailing person-tagged run in {@code [from, last]}, or -1. */
  private int firstPersonWord(int from, int last) {
    if (from > last || !"PER".equals(t.ner(last))) {
      return -1;
    }
    int k = last;
    while (k - 1 >= from && "PER".equals(t.ner(k - 1)) && isNameWord(k - 1)) {
      k--;
    }
    return k;
  }

  /** "al-Assaad", "el-Senoussi", "ad-Dabbagh": a name with its lower-case article. */
  private boolean arabicParticle(int i) {
    String w = t.word(i);
    int dash = w.indexOf('-');
    return dash >= 2
        && dash <= 3
        && dash + 1 < w.length()
        && Character.isUpperCase(w.charAt(dash + 1))
        && (w.startsWith("al") || w.startsWith("el") || w.startsWith("a"));
  }

  /**
   * Classifies tokens {@code [first, last]}; {@code appositionStart} is the first word of an
   * apposed name, or -1.
   */
  SpeakerPhrase classify(int first, int last, int appositionStart) {
    if (first > 0 && first < last && t.start(first) == t.start(first - 1)) {
      first++; // "du ministère": the article of a split contraction is not part of the phrase
    }
    int affiliated = affiliatedNameEnd(first, last);
    if (affiliated >= 0 && appositionStart < 0) {
      // "Peter Harling de l'International Crisis Group": a person and where they work
      return classify(first, affiliated, -1);
    }
    int start = t.start(first);
    int end = t.end(last);
    String text = t.text.substring(start, end);
    List<String> words = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      if (!t.isPunct(k)
          && !"DET".equals(t.pos(k))
          && !"ADP".equals(t.pos(k))
          && (appositionStart < 0 || k < appositionStart)
          && !t.isTitle(k)) {
        words.add(t.lower(k));
      }
    }
    if (first == last && PRONOUNS.contains(t.lower(first))) {
      String p = t.lower(first);
      char gender =
          p.startsWith("elle") || p.startsWith("celle") ? 'f' : p.equals("on") ? '?' : 'm';
      boolean plural = p.equals("ils") || p.equals("elles") || p.equals("eux");
      return new SpeakerPhrase(
          first, last, start, end, text, Form.PRONOUN, null, null, List.of(), gender, plural);
    }
    // The name: an apposition, or a trailing run of capitalised words that is not the object of
    // a preposition ("ministre arménien Nikol Pashinian", "La Russie", not "ministère de la
    // Défense").
    int nameStart = appositionStart;
    int nameEnd = last;
    boolean trimmed = false;
    boolean afterInstitution = false;
    if (nameStart < 0) {
      int n = last;
      while (n >= first && isNameWord(n) && !t.isTitle(n)) {
        n--;
      }
      boolean governed =
          n >= first
              && ("ADP".equals(t.pos(n))
                  || t.isOf(n)
                  || "DET".equals(t.pos(n))
                      && n > first
                      && ("ADP".equals(t.pos(n - 1)) || t.isOf(n - 1)));
      int person = firstPersonWord(n + 1, last);
      if (person < 0 && governed) {
        person = institutionNames.personAfter(n + 1, last);
        afterInstitution = person >= 0;
      }
      if (n < last && !governed) {
        nameStart = n + 1;
      } else if (person >= 0) {
        // "la porte-parole du département d'Etat Jennifer Psaki": the tagged person closes the run
        nameStart = person;
      }
      if (nameStart >= 0 && person > nameStart && !"PER".equals(t.ner(nameStart))) {
        nameStart = person; // "l'ONU Ban Ki-moon", "de la Défense Liam Fox"
      }
      while (nameStart >= 1
          && nameEnd - nameStart >= 2
          && "DET".equals(t.pos(nameStart - 1))
          && lexicon.commonNounNotName(t.word(nameStart))) {
        nameStart++; // "au Commerce Gary Locke"
        trimmed = true;
      }
    }
    int title = -1;
    if (nameStart > first && t.isTitle(nameStart - 1)) {
      title = nameStart - 1;
    }
    String head = heads.headNoun(first, nameStart < 0 ? last : nameStart - 1);
    boolean determined = "DET".equals(t.pos(first));
    char gender = heads.genderOf(first, head, title);
    if (nameStart >= 0) {
      String name = t.span(nameStart, nameEnd);
      String ner = t.ner(nameEnd);
      boolean acronym = name.length() >= 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
      SpeakerType headType = head == null ? null : lexicon.speakerNoun(head);
      if (headType == SpeakerType.ORGANIZATION || headType == SpeakerType.DOCUMENT) {
        // "la chaîne Al Djazira", "le site The Arabist": an institution's name
        return new SpeakerPhrase(
            first, last, start, end, text, Form.ORGANIZATION, name, head, words, gender, false);
      }
      boolean personal =
          title >= 0
              || "PER".equals(ner)
              || head != null && appositionStart >= 0
              || afterInstitution && nameStart >= 0;
      if (!personal
          && (determined && head == null || "LOC".equals(ner) || "ORG".equals(ner) || acronym)) {
        Form form = "LOC".equals(ner) && !acronym ? Form.PLACE : Form.ORGANIZATION;
        return new SpeakerPhrase(
            first, last, start, end, text, form, name, head, words, gender, false);
      }
      if (nameStart == first || title >= 0 || head != null || appositionStart >= 0 || trimmed) {
        if (gender == '?') {
          gender = lexicon.firstNameGender(t.word(nameStart));
        }
        if (gender == '?') {
          gender = PhraseHeads.nameGender(name);
        }
        return new SpeakerPhrase(
            first, last, start, end, text, Form.NAME, name, head, words, gender, false);
      }
    }
    if (head == null) {
      Form tagged = heads.nerForm(first, last);
      return new SpeakerPhrase(
          first, last, start, end, text, tagged, null, null, words, gender, false);
    }
    SpeakerType type = lexicon.speakerNoun(head);
    boolean coordinated = false;
    for (int k = first; k <= last; k++) {
      coordinated |= t.is(k, "et");
    }
    Form form;
    if (coordinated || type == SpeakerType.GROUP) {
      form = Form.GROUP;
    } else if (type == SpeakerType.PERSON) {
      form = Form.ROLE;
    } else if (type == SpeakerType.ORGANIZATION) {
      form = Form.ORGANIZATION;
    } else if (type == SpeakerType.DOCUMENT) {
      form = Form.DOCUMENT;
    } else {
      form = heads.nerForm(first, last);
    }
    return new SpeakerPhrase(
        first, last, start, end, text, form, null, head, words, gender, form == Form.GROUP);
  }

  /**
   * The last word of a person's name opening the phrase (after a title) and followed by "de" and an
   * institution ("Peter Harling de l'International Crisis Group", "M. Ali du Croissant-Rouge"), or
   * -1.
   */
  private int affiliatedNameEnd(int first, int last) {
    int k = first;
    while (k < last && t.isTitle(k)) {
      k++;
    }
    if (!"PER".equals(t.ner(k)) || !isNameWord(k)) {
      return -1;
    }
    while (k + 1 < last && "PER".equals(t.ner(k + 1)) && isNameWord(k + 1)) {
      k++;
    }
    boolean affiliation = k + 1 < last && t.isOf(k + 1) && !"PER".equals(t.ner(last));
    return affiliation ? k : -1;
  }
}
