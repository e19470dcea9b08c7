package org.vigie.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.linguistic.Dependency;
import org.vigie.linguistic.Syntax;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * An article's words seen by the quote rules: lower-cased forms, POS tags and the sentence of each
 * word, with the small word classes the rules share. Built once per document; not thread-safe to
 * share across documents, but never shared.
 */
final class TokenText {
  static final Set<String> TITLES =
      Set.of("m.", "mme", "mlle", "mm.", "mmes", "me", "dr", "pr", "m", "mr", "mrs", "ms");
  private static final Set<String> FEMININE_TITLES = Set.of("mme", "mlle", "mmes", "mrs", "ms");
  private static final Set<String> OBJECT_CLITICS =
      Set.of(
          "l'", "le", "la", "les", "lui", "leur", "en", "y", "se", "s'", "nous", "vous", "me", "m'",
          "te", "t'", "ne", "n'");
  private static final Set<String> AUXILIARY_FORMS =
      Set.of(
          "a",
          "ont",
          "avait",
          "avaient",
          "aura",
          "auront",
          "aurait",
          "auraient",
          "avons",
          "avez",
          "ai",
          "as",
          "eut",
          "eût",
          "est",
          "sont",
          "était",
          "étaient",
          "sera",
          "seront",
          "serait",
          "seraient",
          "fut",
          "furent");
  private static final Set<String> ETRE_FORMS =
      Set.of(
          "est",
          "sont",
          "était",
          "étaient",
          "été",
          "sera",
          "seront",
          "serait",
          "seraient",
          "fut",
          "furent",
          "soit",
          "soient",
          "étant");
  private static final Set<String> POSSESSIVES = Set.of("son", "sa", "leur", "ses", "leurs");
  private static final Set<String> OF = Set.of("de", "d'", "du", "des");

  final String text;
  final List<Token> tokens;
  final List<Sentence> sentences;
  private final String[] lower;
  private final int[] sentenceOf;
  private final int[] heads;
  private final String[] deprels;
  private final Syntax syntax;
  // Arcs are read per sentence when first needed: the parse may be made on demand (Syntax).
  private final boolean[] syntaxRead;

  TokenText(String text, List<Sentence> sentences, List<Token> tokens, Syntax syntax) {
    this.text = text;
    this.heads = new int[tokens.size()];
    this.deprels = new String[tokens.size()];
    java.util.Arrays.fill(heads, -2);
    this.syntax = syntax;
    this.syntaxRead = new boolean[sentences.size()];
    this.tokens = tokens;
    this.sentences = sentences;
    this.lower = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      lower[i] = tokens.get(i).word().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
    this.sentenceOf = new int[tokens.size()];
    for (int s = 0; s < sentences.size(); s++) {
      for (int i = sentences.get(s).firstToken(); i < sentences.get(s).endToken(); i++) {
        sentenceOf[i] = s;
      }
    }
  }

  /** The parse relation of word {@code i}, or null when its sentence was not parsed. */
  String deprel(int i) {
    readSyntax(sentenceOf[i]);
    return deprels[i];
  }

  /** Reads sentence {@code s}'s arcs into {@link #heads}, once (parsing it if it is due). */
  private void readSyntax(int s) {
    if (syntax == null || syntaxRead[s]) {
      return;
    }
    syntaxRead[s] = true;
    for (Dependency arc : syntax.arcsOf(s)) {
      if (arc.dependent() < heads.length) {
        heads[arc.dependent()] = arc.head();
        deprels[arc.dependent()] = arc.relation();
      }
    }
  }

  /** The first word attached to {@code head} by {@code relation} (or a subtype of it), or -1. */
  int dependentOf(int head, String relation) {
    readSyntax(sentenceOf[head]);
    Sentence s = sentence(head);
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      String rel = deprels[k];
      if (heads[k] == head
          && rel != null
          && (rel.equals(relation) || rel.startsWith(relation + ":"))) {
        return k;
      }
    }
    return -1;
  }

  /** Whether word {@code k} is in the subtree of word {@code ancestor} (bounded walk up). */
  boolean governedBy(int k, int ancestor) {
    readSyntax(sentenceOf[k]);
    int h = heads[k];
    for (int steps = 0; h >= 0 && steps < 50; steps++) {
      if (h == ancestor) {
        return true;
      }
      h = heads[h];
    }
    return false;
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String lower(int i) {
    return lower[i];
  }

  String pos(int i) {
    String pos = tokens.get(i).pos();
    return pos == null ? "" : pos;
  }

  String ner(int i) {
    String ner = tokens.get(i).ner();
    if (ner == null) {
      return "";
    }
    return ner.length() > 2 && ner.charAt(1) == '-' ? ner.substring(2) : ner;
  }

  int start(int i) {
    return tokens.get(i).start();
  }

  int end(int i) {
    return tokens.get(i).end();
  }

  Sentence sentence(int i) {
    return sentences.get(sentenceOf[i]);
  }

  int sentenceIndex(int i) {
    return sentenceOf[i];
  }

  boolean is(int i, String word) {
    return i >= 0 && i < lower.length && lower[i].equals(word);
  }

  boolean isPunct(int i) {
    return "PUNCT".equals(pos(i))
        || !lower[i].isEmpty() && !Character.isLetterOrDigit(lower[i].charAt(0));
  }

  boolean capitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  boolean isTitle(int i) {
    return TITLES.contains(lower[i]) && capitalised(i);
  }

  boolean feminineTitle(int i) {
    return FEMININE_TITLES.contains(lower[i]);
  }

  boolean isObjectClitic(int i) {
    return OBJECT_CLITICS.contains(lower[i]) && !"NOUN".equals(pos(i)) && !"DET".equals(pos(i))
        || "PART".equals(pos(i));
  }

  /** An inverted subject clitic glued by the tokenizer: "-t-il", "-elle", "-ils". */
  boolean isInvertedClitic(int i) {
    String w = lower[i];
    return w.startsWith("-") && invertedPronoun(i) != null;
  }

  /** The pronoun inside an inverted clitic ("-t-elle" → "elle"), or null. */
  String invertedPronoun(int i) {
    String w = lower[i];
    if (!w.startsWith("-")) {
      return null;
    }
    String bare = w.startsWith("-t-") ? w.substring(3) : w.substring(1);
    return Set.of("il", "elle", "ils", "elles", "on").contains(bare) ? bare : null;
  }

  boolean isFormOfEtre(int i) {
    return ETRE_FORMS.contains(lower[i]);
  }

  /**
   * The length of an aside of French news ending at token {@code i}, commas included: "de son
   * côté", "pour sa part", "quant à lui", "lui aussi", "elle-même"; 0 when there is none.
   */
  int asideEndingAt(int i) {
    int k = i;
    boolean comma = is(k, ",");
    if (comma) {
      k--;
    }
    int length = 0;
    if (is(k, "côté") && k >= 2 && POSSESSIVES.contains(lower[k - 1]) && is(k - 2, "de")) {
      length = 3;
    } else if (is(k, "part") && k >= 2 && POSSESSIVES.contains(lower[k - 1]) && is(k - 2, "pour")) {
      length = 3;
    } else if ((is(k, "lui") || is(k, "elle") || is(k, "eux") || is(k, "elles"))
        && k >= 2
        && is(k - 1, "à")
        && is(k - 2, "quant")) {
      length = 3;
    } else if (is(k, "aussi")
        && k >= 1
        && Set.of("lui", "elle", "eux", "elles").contains(lower[k - 1])) {
      length = 2;
    }
    if (length == 0) {
      return 0;
    }
    int total = length + (comma ? 1 : 0);
    return comma && is(i - total, ",") ? total + 1 : total;
  }

  /**
   * The length of an adverbial phrase of French news starting at token {@code i}, set between an
   * incise verb and its inverted subject: "de son côté", "pour sa part", "à son tour", "par
   * ailleurs", "en revanche", "de nouveau"; 0 when there is none.
   */
  int asideStartingAt(int i) {
    if (i + 2 < lower.length
        && POSSESSIVES.contains(lower[i + 1])
        && (is(i, "de") && is(i + 2, "côté")
            || is(i, "pour") && is(i + 2, "part")
            || is(i, "à") && is(i + 2, "tour"))) {
      return 3;
    }
    if (i + 1 < lower.length
        && (is(i, "par") && is(i + 1, "ailleurs")
            || is(i, "en") && (is(i + 1, "revanche") || is(i + 1, "outre"))
            || is(i, "de") && is(i + 1, "nouveau"))) {
      return 2;
    }
    return 0;
  }

  boolean isOf(int i) {
    return i >= 0 && i < lower.length && OF.contains(lower[i]);
  }

  /** An auxiliary, also when the tagger took a form of avoir or être for a main verb. */
  boolean isAux(int i) {
    return "AUX".equals(pos(i)) || AUXILIARY_FORMS.contains(lower[i]);
  }

  boolean isAdverb(int i) {
    return "ADV".equals(pos(i)) && !is(i, "ne") && !is(i, "n'")
        || is(i, "outre")
        || is(i, "également")
        || is(i, "aussi");
  }

  boolean isVerb(int i) {
    return "VERB".equals(pos(i));
  }

  /** Index of the first token starting at or after {@code offset}. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The next words after {@code i}, lower-cased, for phrasal cues. */
  List<String> following(int i, int count) {
    List<String> words = new ArrayList<>(count);
    for (int k = i + 1; k < Math.min(lower.length, i + 1 + count); k++) {
      words.add(lower[k]);
    }
    return words;
  }

  /** The text from token {@code first}'s start to token {@code last}'s end (inclusive). */
  String span(int first, int last) {
    return text.substring(start(first), end(last));
  }
}
