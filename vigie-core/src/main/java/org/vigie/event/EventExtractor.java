package org.vigie.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Diagnostic;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;
import org.vigie.text.CaptionLines;
import org.vigie.time.TimeExpressions;

/**
 * Event mentions of one article, sentence by sentence: the triggers of each PLOVER type (one event
 * per type and sentence, the most specific trigger standing for it; triggers naming no specific
 * occurrence are set aside, see {@link BackgroundMentions}; a generic attack takes its weapon's
 * subtype, see {@link AttackInstruments}, or a crackdown's when it targets protesters, see {@link
 * CrackdownTargets}; a photo caption reports none, see {@link CaptionLines}; a trigger inside a
 * fixed phrase or a name is none, see {@link NonEventPhrases}, and so is consent to the reporter,
 * see {@link ReporterConsent}; the end of an assault is a ceasefire, see {@link Cessations}), their
 * modality, participants, date and source, and the sentence's casualty figures on its assault (a
 * toll with no assault word, "cinq personnes ont été tuées", is an assault of its own). Bounded:
 * {@value #MAX_WORDS} words read per sentence, {@value #MAX_EVENTS} events per article, figures
 * above {@value #MAX_PLAUSIBLE} dropped with a diagnostic. Immutable and thread-safe.
 */
public final class EventExtractor {
  static final int MAX_WORDS = 400;
  static final int MAX_EVENTS = 2000;
  static final long MAX_PLAUSIBLE = 5_000_000L;
  private static final String ASSAULT = "ASSAULT";
  private static final String ATTACK = "attack";
  private static final String DEATH = "death";

  private final WordPatterns triggers;
  private final WordPatterns casualtyWords;
  private final CountReader counts;
  private final CasualtyReader casualties;
  private final ModalityReader modality;
  private final BackgroundMentions background;
  private final AttackInstruments instruments;
  private final CaptionLines captions;
  private final AppealObjects appeals;
  private final NonEventPhrases nonEvents;
  private final Cessations cessations;
  private final CrackdownTargets crackdowns;
  private final Captures captures;
  private final Commitments commitments;
  private final ReporterConsent consents;
  private final AbductionPatients abductions;
  private final Sides sides;

  /** The extractor without a French lexicon: word endings stand for parts of speech. */
  public EventExtractor() {
    this(Lexicon.EMPTY);
  }

  /** The extractor reading parts of speech from {@code lexicon} (infinitives of appeals). */
  public EventExtractor(Lexicon lexicon) {
    this.triggers = WordPatterns.resource("triggers.txt", 2);
    this.casualtyWords = WordPatterns.resource("casualty-words.txt", 1);
    this.counts = new CountReader(casualtyWords);
    this.sides = new Sides(WordPatterns.resource("sides.txt", 2));
    this.casualties = new CasualtyReader(casualtyWords, sides);
    this.modality =
        new ModalityReader(
            WordPatterns.resource("modality-cues.txt", 1),
            FutureTense.resource("future-tense.txt"));
    this.background = new BackgroundMentions(WordPatterns.resource("background-cues.txt", 1));
    this.instruments = new AttackInstruments(WordPatterns.resource("instruments.txt", 1));
    this.captions = CaptionLines.resource("caption-credits.txt");
    this.appeals = new AppealObjects(WordPatterns.resource("appeal-verbs.txt", 1), lexicon);
    this.nonEvents = new NonEventPhrases(WordPatterns.resource("non-event-phrases.txt", 1));
    this.cessations = new Cessations(WordPatterns.resource("cessation-words.txt", 1));
    this.crackdowns = new CrackdownTargets(WordPatterns.resource("crackdown-targets.txt", 1));
    this.captures = new Captures(WordPatterns.resource("capture-words.txt", 1));
    this.commitments = new Commitments(WordPatterns.resource("commitment-cues.txt", 1));
    this.consents = new ReporterConsent(WordPatterns.resource("reporter-consent.txt", 1));
    this.abductions = new AbductionPatients(new CasualtyWords(casualtyWords));
  }

  /**
   * What one article gave: its event mentions, sorted by sentence then trigger, each with its
   * modality, and its diagnostics.
   */
  public record Result(List<Event> events, List<Diagnostic> diagnostics) {
    public Result {
      events = List.copyOf(events);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Everything a mention draws on in the article, besides its sentence. */
  private record Context(
      String text,
      List<Entity> entities,
      TimeExpressions time,
      TimeExpressions timeOnly,
      List<Quote> quotes,
      List<Diagnostic> diagnostics) {}

  public Result extract(
      String text,
      List<Sentence> sentences,
      List<Entity> entities,
      TimeExpressions time,
      List<Quote> quotes) {
    TimeExpressions timeOnly = new TimeExpressions(time.timexes(), null, false);
    Context cx = new Context(text, entities, time, timeOnly, quotes, new ArrayList<>());
    List<Event> events = new ArrayList<>();
    for (Sentence s : sentences) {
      if (events.size() >= MAX_EVENTS) {
        cx.diagnostics()
            .add(
                Diagnostic.warning(
                    "events-capped", "more than " + MAX_EVENTS + " events; rest skipped"));
        break;
      }
      events.addAll(sentence(cx, s));
    }
    events.sort(
        Comparator.comparingInt(Event::start)
            .thenComparingInt(Event::triggerStart)
            .thenComparing(Event::type));
    return new Result(events, cx.diagnostics());
  }

  private List<Event> sentence(Context cx, Sentence s) {
    String text = cx.text();
    List<Word> words = Word.split(text, s.start(), s.end(), MAX_WORDS);
    List<WordPatterns.Match> triggered = new ArrayList<>(triggers.findAll(words, 0, words.size()));
    for (WordPatterns.Match a : appeals.find(text, words)) {
      if (triggered.stream().noneMatch(m -> m.first() <= a.first() && a.first() < m.end())) {
        triggered.add(a);
      }
    }
    List<Entity> inSentence = entitiesIn(cx.entities(), s);
    for (WordPatterns.Match c : captures.find(words, inSentence)) {
      if (triggered.stream().noneMatch(m -> m.first() < c.end() && c.first() < m.end())) {
        triggered.add(c);
      }
    }
    triggered.sort(java.util.Comparator.comparingInt(WordPatterns.Match::first));
    List<WordPatterns.Match> found = cessations.apply(words, triggered);
    List<WordPatterns.Match> phrases = nonEvents.find(words);
    found.removeIf(m -> nonEvents.test(words, m, phrases, inSentence));
    found.removeIf(m -> consents.test(words, m));
    found.removeIf(m -> abductions.removesThing(text, words, m));
    found.removeIf(m -> background.test(words, m, modality.read(text, words, m.first())));
    List<Casualty> tolls =
        new ArrayList<>(casualties.read(text, words, counts.read(text, s.start(), s.end(), words)));
    if (!found.isEmpty() || !tolls.isEmpty()) {
      // A direct question asks, it reports nothing.
      found.removeIf(m -> DirectQuestions.asks(text, words.get(m.first()).start(), s.end()));
      tolls.removeIf(c -> DirectQuestions.asks(text, c.start(), s.end()));
      // A photo caption describes a picture: what it shows is not reported as an event.
      found.removeIf(m -> captions.inCaption(text, words.get(m.first()).start()));
      tolls.removeIf(c -> captions.inCaption(text, c.start()));
    }
    if (found.isEmpty() && tolls.isEmpty()) {
      return List.of();
    }
    // A death told by a toll is the toll ("deux soldats sont morts", "la mort de 20 ouvriers"):
    // one event, the assault that counts them, not a death beside it.
    found.removeIf(
        m ->
            DEATH.equals(subtype(m))
                && !noun(words, m)
                && stated(words.get(m.first()).start(), tolls));
    // One event per type and subtype: "enlevé, torturé et exécuté" is an abduction and an
    // execution. A generic attack word joins the sentence's specific assault ("l'attaque" of
    // "le bombardement" is the shelling itself).
    String specific =
        found.stream()
            .map(m -> m.pattern().label())
            .filter(l -> l.startsWith(ASSAULT + " ") && !l.equals(ASSAULT + " " + ATTACK))
            .findFirst()
            .orElse(null);
    Map<String, List<WordPatterns.Match>> byType = new LinkedHashMap<>();
    for (WordPatterns.Match m : found) {
      String key = m.pattern().label();
      if (specific != null && key.equals(ASSAULT + " " + ATTACK)) {
        key = specific;
      }
      byType.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Event> events = new ArrayList<>();
    Event assault = null;
    for (List<WordPatterns.Match> same : byType.values()) {
      Event e = event(cx, s, words, inSentence, representative(text, words, same));
      if (e.type().equals(ASSAULT) && assault == null) {
        assault = e;
        continue;
      }
      events.add(e);
    }
    List<List<Casualty>> groups = groups(tolls);
    for (int g = 0; g < Math.max(1, groups.size()); g++) {
      Event base = g == 0 ? assault : null;
      if (base == null && groups.isEmpty()) {
        break;
      }
      if (base == null) {
        Casualty first = groups.get(g).get(0);
        base = tollEvent(cx, s, words, inSentence, first);
      }
      events.add(groups.isEmpty() ? base : withToll(cx, base, groups.get(g), words));
    }
    return events;
  }

  /**
   * One event per trigger group: the asserted trigger first, a specific ASSAULT before "attack".
   */
  private WordPatterns.Match representative(
      String text, List<Word> words, List<WordPatterns.Match> same) {
    WordPatterns.Match best = null;
    int bestRank = Integer.MAX_VALUE;
    for (WordPatterns.Match m : same) {
      int rank = modality.read(text, words, m.first()) == EventModality.ASSERTED ? 0 : 2;
      if (subtype(m).equals(ATTACK)) {
        rank++;
      }
      if (rank < bestRank) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  }

  private Event event(
      Context cx, Sentence s, List<Word> words, List<Entity> inSentence, WordPatterns.Match m) {
    int tStart = words.get(m.first()).start();
    int tEnd = words.get(m.end() - 1).end();
    String subtype = subtype(m);
    if (subtype.equals(ATTACK)) {
      subtype = instruments.subtype(words, m.first(), ATTACK);
    }
    if (subtype.equals(ATTACK)) {
      subtype = crackdowns.subtype(cx.text(), words, m.first(), m.end(), ATTACK);
    }
    if (subtype.equals("meeting") && byTelephone(words, m.end())) {
      subtype = "call"; // "s'est entretenu ce matin par téléphone avec son homologue"
    }
    EventModality mod = modality.read(cx.text(), words, m.first());
    if (mod == EventModality.PLANNED
        && type(m).equals("AGREE")
        && commitments.declared(cx.text(), words, m.first())) {
      mod = EventModality.ASSERTED;
    }
    return build(cx, s, inSentence, type(m), subtype, tStart, tEnd, mod);
  }

  private Event tollEvent(
      Context cx, Sentence s, List<Word> words, List<Entity> inSentence, Casualty c) {
    int at = CountReader.wordIndexAt(words, c.start());
    EventModality mod =
        at < words.size() ? modality.read(cx.text(), words, at) : EventModality.ASSERTED;
    String subtype = instruments.subtype(words, Math.min(at, words.size() - 1), ATTACK);
    return build(cx, s, inSentence, ASSAULT, subtype, c.start(), c.end(), mod);
  }

  private Event build(
      Context cx,
      Sentence s,
      List<Entity> inSentence,
      String type,
      String subtype,
      int tStart,
      int tEnd,
      EventModality mod) {
    String text = cx.text();
    Entity place = Participants.location(text, inSentence, tStart);
    String date = cx.timeOnly().dateFor(s.start(), s.end(), tStart);
    boolean inferred = date == null;
    if (inferred) {
      date = cx.time().dateFor(s.start(), s.end(), tStart);
    }
    List<Word> words = Word.split(text, s.start(), s.end(), MAX_WORDS);
    return new Event(
        type,
        subtype,
        s.start(),
        s.end(),
        text.substring(tStart, tEnd),
        Participants.actors(inSentence, tStart),
        Participants.targets(inSentence, tEnd, place),
        place == null ? null : Participants.name(place),
        date,
        null,
        null,
        Participants.source(words, inSentence, cx.quotes(), tStart),
        tStart,
        tEnd,
        place == null ? null : place.geo(),
        inferred && date != null,
        List.of(),
        mod,
        false,
        null,
        null);
  }

  /**
   * The trigger lexicon alone, for comparison: one asserted event per trigger word, no modality,
   * merging, participants or figures (the baseline {@code vigie eval events} prints).
   */
  public List<Event> lexiconOnly(String text, List<Sentence> sentences) {
    List<Event> events = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Word> words = Word.split(text, s.start(), s.end(), MAX_WORDS);
      for (WordPatterns.Match m : triggers.findAll(words, 0, words.size())) {
        int tStart = words.get(m.first()).start();
        int tEnd = words.get(m.end() - 1).end();
        events.add(
            new Event(
                type(m),
                subtype(m),
                s.start(),
                s.end(),
                text.substring(tStart, tEnd),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null));
        if (events.size() >= MAX_EVENTS) {
          return events;
        }
      }
    }
    return events;
  }

  /** The event with a casualty group: counted only when asserted and plausible. */
  private Event withToll(Context cx, Event e, List<Casualty> group, List<Word> words) {
    Integer killed = null;
    Integer injured = null;
    List<String> victims = new ArrayList<>();
    String qualifier = null;
    int from = Integer.MAX_VALUE;
    int to = 0;
    for (Casualty c : group) {
      from = Math.min(from, c.start());
      to = Math.max(to, c.end());
      if (c.victims() != null && !victims.contains(c.victims())) {
        victims.add(c.victims());
      }
      if (c.count().qualifier() != null && qualifier == null) {
        qualifier = c.count().qualifier();
      }
      Integer value = plausible(cx, c.count());
      if (c.killed()) {
        killed = value;
      } else {
        injured = value;
      }
    }
    boolean counted = e.asserted();
    // Dead on both armed sides ("dix soldats, huit rebelles et onze civils ont été tués") tell a
    // fight between them, not an attack on one.
    String subtype = e.subtype();
    if (subtype.equals(ATTACK)
        && sides.opposed(
            words, CountReader.wordIndexAt(words, from), CountReader.wordIndexAt(words, to))) {
      subtype = "armed-clash";
    }
    return new Event(
        e.type(),
        subtype,
        e.start(),
        e.end(),
        e.trigger(),
        e.actors(),
        e.targets(),
        e.location(),
        e.date(),
        counted ? killed : null,
        counted ? injured : null,
        e.reportedBy(),
        e.triggerStart(),
        e.triggerEnd(),
        e.geo(),
        e.dateInferred(),
        victims,
        e.modality(),
        cumulative(words),
        qualifier,
        cx.text().substring(from, to));
  }

  private Integer plausible(Context cx, Count c) {
    if (c.value() == null) {
      return null;
    }
    if (c.value() > MAX_PLAUSIBLE) {
      cx.diagnostics()
          .add(
              Diagnostic.warning(
                  "implausible-count",
                  "casualty figure " + c.value() + " at " + c.start() + " not counted"));
      return null;
    }
    return Math.toIntExact(c.value());
  }

  private boolean cumulative(List<Word> words) {
    for (WordPatterns.Match m : casualtyWords.findAll(words, 0, words.size())) {
      if (m.pattern().label().equals("cumulative")) {
        return true;
      }
    }
    return false;
  }

  /** Casualties in statements: a new one starts when a role is already filled. */
  private static List<List<Casualty>> groups(List<Casualty> tolls) {
    List<List<Casualty>> groups = new ArrayList<>();
    List<Casualty> current = new ArrayList<>();
    for (Casualty c : tolls) {
      boolean filled = current.stream().anyMatch(o -> o.killed() == c.killed());
      if (filled) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(c);
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /** "par téléphone", "au téléphone" within a few words after a meeting's trigger. */
  private static boolean byTelephone(List<Word> words, int from) {
    for (int k = from; k < Math.min(words.size(), from + 4); k++) {
      if (words.get(k).form().startsWith("téléphon")) {
        return true;
      }
    }
    return false;
  }

  /** "la mort de", "le décès": a death named by a noun may be another event than the toll's. */
  private static boolean noun(List<Word> words, WordPatterns.Match m) {
    String form = words.get(m.first()).form();
    return form.equals("mort") || form.startsWith("décès");
  }

  /** Whether the trigger at {@code at} lies inside the phrase of one of the sentence's tolls. */
  private static boolean stated(int at, List<Casualty> tolls) {
    return tolls.stream().anyMatch(c -> c.start() <= at && at < c.end());
  }

  private static List<Entity> entitiesIn(List<Entity> entities, Sentence s) {
    List<Entity> in = new ArrayList<>();
    for (Entity e : entities) {
      if (e.start() >= s.start() && e.end() <= s.end()) {
        in.add(e);
      }
    }
    return in;
  }

  private static String type(WordPatterns.Match m) {
    return m.pattern().label().substring(0, m.pattern().label().indexOf(' '));
  }

  private static String subtype(WordPatterns.Match m) {
    return m.pattern().label().substring(m.pattern().label().indexOf(' ') + 1);
  }
}
