package org.vigie.eval.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.model.EntityType;

/**
 * POPCORN ({@code ../shared/eval/popcorn/train.json}: French incident reports with entity clusters)
 * as named-entity gold. Its entity types map to ours: {@code PLACE} → LOCATION; {@code CIVILIAN},
 * {@code MILITARY}, {@code TERRORIST_OR_CRIMINAL} → PERSON; the four {@code *_ORGANISATION} types →
 * ORGANIZATION. Attribute types ({@code FIRSTNAME}, {@code TIME_*}, {@code NATIONALITY}...) are
 * ignored: their mentions in this file are unreliable. Its clusters also hold pronouns and
 * descriptions ("elle", "la vieille dame"), which no name tagger should find, so only proper-name
 * mentions are kept; see {@link Drop} for the rule.
 */
public final class PopcornCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, EntityType> TYPES =
      Map.of(
          "PLACE", EntityType.LOCATION,
          "CIVILIAN", EntityType.PERSON,
          "MILITARY", EntityType.PERSON,
          "TERRORIST_OR_CRIMINAL", EntityType.PERSON,
          "NON_GOVERNMENTAL_ORGANISATION", EntityType.ORGANIZATION,
          "NON_MILITARY_GOVERNMENT_ORGANISATION", EntityType.ORGANIZATION,
          "MILITARY_ORGANISATION", EntityType.ORGANIZATION,
          "INTERGOVERNMENTAL_ORGANISATION", EntityType.ORGANIZATION);

  /** Pronouns and determiners that open a mention which is not a name ("Ces derniers"). */
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "il",
          "ils",
          "elle",
          "elles",
          "on",
          "lui",
          "eux",
          "leur",
          "leurs",
          "celui",
          "celle",
          "ceux",
          "celles",
          "cela",
          "ça",
          "ce",
          "cet",
          "cette",
          "ces",
          "le",
          "la",
          "les",
          "l'",
          "un",
          "une",
          "des",
          "du",
          "au",
          "aux",
          "certains",
          "certaines",
          "plusieurs",
          "tous",
          "toutes",
          "tout",
          "toute",
          "chacun",
          "chacune",
          "aucun",
          "aucune",
          "quelques",
          "son",
          "sa",
          "ses",
          "notre",
          "nos",
          "votre",
          "vos",
          "mon",
          "ma",
          "mes",
          "nous",
          "vous",
          "qui",
          "dont",
          "lesquels",
          "lesquelles",
          "autres",
          "beaucoup",
          "personne");

  private PopcornCorpus() {}

  /** Why a mention of a kept type was not taken as a name. */
  public enum Drop {
    /** Starts in lower case ("la police", "elle"). */
    LOWERCASE,
    /**
     * A pronoun, determiner or preposition followed by lower-case words only ("Elle", "Ces
     * derniers", "Sur place"): from a fixed list, or from the lexicon's readings of the word.
     */
    FUNCTION_WORD,
    /**
     * A common noun followed by lower-case words only ("État", "Parlement", "Forces armées",
     * "Réserve fédérale"): a description at the start of a sentence, or a name in the French style
     * that capitalizes only its first word; the two cannot be told apart from the string, so both
     * go. A word is a common noun when the lexicon has a noun reading of its lower-case form and no
     * proper-noun reading of the word as written ("Paris", "Martin" stay).
     */
    COMMON_NOUN,
    /** The same span already taken from another cluster. */
    DUPLICATE_SPAN
  }

  /**
   * One document: its text, its gold name mentions in text order, and the surfaces of the mentions
   * the filter dropped: a prediction of one of those ("État" for a government) is not a name
   * POPCORN lacks, so it counts neither way.
   */
  public record Document(String id, String text, List<Mention> gold, List<String> ignored) {
    public Document {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      gold = List.copyOf(gold);
      ignored = List.copyOf(ignored);
    }

    /** {@code predicted} without the mentions matching a dropped one (each used once). */
    public List<Mention> scorable(List<Mention> predicted) {
      List<String> open = new ArrayList<>(ignored);
      List<Mention> kept = new ArrayList<>();
      for (Mention m : predicted) {
        if (!open.remove(m.text())) {
          kept.add(m);
        }
      }
      return kept;
    }
  }

  /** The documents and what the proper-name filter kept and dropped. */
  public record Corpus(
      List<Document> documents, Map<EntityType, Integer> kept, Map<Drop, Integer> dropped) {
    public Corpus {
      documents = List.copyOf(documents);
      kept = Map.copyOf(kept);
      dropped = Map.copyOf(dropped);
    }
  }

  public static Corpus read(Path file, Lexicon lexicon) {
    try {
      return parse(JSON.readTree(file.toFile()), lexicon);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  /** Reads the corpus JSON ({@code {id: {text, entities: [{type, mentions}]}}}), in file order. */
  public static Corpus parse(JsonNode root, Lexicon lexicon) {
    List<Document> documents = new ArrayList<>();
    Map<EntityType, Integer> kept = new EnumMap<>(EntityType.class);
    Map<Drop, Integer> dropped = new EnumMap<>(Drop.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String text = entry.getValue().path("text").asText("");
      List<int[]> spans = new ArrayList<>();
      List<Mention> mentions = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      List<String> ignored = new ArrayList<>();
      for (JsonNode entity : entry.getValue().path("entities")) {
        EntityType type = TYPES.get(entity.path("type").asText(""));
        if (type == null) {
          continue;
        }
        for (JsonNode m : entity.path("mentions")) {
          int start = m.path("start").asInt(-1);
          int end = m.path("end").asInt(-1);
          if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException(
                "POPCORN " + entry.getKey() + ": mention outside the text: " + m);
          }
          String surface = text.substring(start, end);
          Drop drop = dropOf(surface, type, lexicon);
          if (drop == null && !seen.add(((long) start << 32) | end)) {
            drop = Drop.DUPLICATE_SPAN;
          }
          if (drop != null) {
            dropped.merge(drop, 1, Integer::sum);
            if (drop != Drop.DUPLICATE_SPAN) {
              ignored.add(Mention.normalize(surface));
            }
            continue;
          }
          kept.merge(type, 1, Integer::sum);
          spans.add(new int[] {start, mentions.size()});
          mentions.add(new Mention(surface, type));
        }
      }
      // Clusters list mentions entity by entity; text order reads better in --details.
      spans.sort(Comparator.comparingInt(s -> s[0]));
      List<Mention> ordered = spans.stream().map(s -> mentions.get(s[1])).toList();
      documents.add(new Document(entry.getKey(), text, ordered, ignored));
    }
    return new Corpus(documents, kept, dropped);
  }

  /** Why {@code surface} is not a proper-name mention, or {@code null} when it is one. */
  static Drop dropOf(String surface, EntityType type, Lexicon lexicon) {
    String[] words = Mention.normalize(surface).split(" ");
    String first = words[0];
    if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
      return Drop.LOWERCASE;
    }
    for (int i = 1; i < words.length; i++) {
      if (capitalized(words[i])) {
        return null;
      }
    }
    String lower = first.toLowerCase(Locale.ROOT);
    List<WordForm> readings = lexicon.analyses(lower);
    boolean name = hasTag(lexicon.analyses(first), "Z");
    if (FUNCTION_WORDS.contains(lower)
        || FUNCTION_WORDS.contains(elided(lower))
        || !name && (hasTag(readings, "R") || hasTag(readings, "D") || hasTag(readings, "P"))) {
      return Drop.FUNCTION_WORD;
    }
    if (type != EntityType.LOCATION && !acronym(first) && hasTag(readings, "N") && !name) {
      return Drop.COMMON_NOUN;
    }
    return null;
  }

  /** "l'Homme", "Saint-Denis": some part after an apostrophe or hyphen starts upper case. */
  private static boolean capitalized(String word) {
    for (String part : word.split("['\\-]")) {
      if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean acronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> !Character.isLowerCase(c));
  }

  private static String elided(String word) {
    int apostrophe = word.indexOf('\'');
    return apostrophe > 0 ? word.substring(0, apostrophe + 1) : word;
  }

  private static boolean hasTag(List<WordForm> readings, String first) {
    for (WordForm r : readings) {
      if (r.tag().equals(first) || r.tag().startsWith(first + " ")) {
        return true;
      }
    }
    return false;
  }
}
