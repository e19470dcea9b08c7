package org.vigie.text.normalize;

import java.util.Set;

/**
 * The French words that tell {@link GluedWordSplitter} where a glued word was two: the capitalised
 * words that open sentences (a lost sentence break, {@code "confianceLe"}), the words that cannot
 * end one (a lost space only, {@code "selonLe"}), the months that follow a day's number ({@code
 * "26mars"}) and the ordinals and units glued to numbers on purpose ({@code "3ème"}, {@code
 * "10km"}). Constants only.
 */
final class GlueWords {
  private GlueWords() {}

  /** Capitalised words that start French sentences; after a glued word they mark a lost break. */
  static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "le",
          "la",
          "les",
          "un",
          "une",
          "des",
          "du",
          "au",
          "aux",
          "il",
          "ils",
          "elle",
          "elles",
          "on",
          "nous",
          "vous",
          "je",
          "ce",
          "cet",
          "cette",
          "ces",
          "cela",
          "ceci",
          "son",
          "sa",
          "ses",
          "leur",
          "leurs",
          "notre",
          "nos",
          "dans",
          "selon",
          "pour",
          "par",
          "sur",
          "sous",
          "avec",
          "sans",
          "après",
          "avant",
          "depuis",
          "pendant",
          "lors",
          "dès",
          "mais",
          "cependant",
          "pourtant",
          "toutefois",
          "ainsi",
          "alors",
          "enfin",
          "puis",
          "en",
          "à",
          "quant",
          "lorsque",
          "quand",
          "si",
          "malgré",
          "parmi",
          "entre",
          "vers",
          "chez",
          "hier",
          "chaque",
          "plusieurs",
          "aucun",
          "aucune",
          "tous",
          "toutes",
          "tout",
          "toute");

  /** The starters that are strong enough evidence after a word the lexicon does not know. */
  static final Set<String> STRONG_STARTERS =
      Set.of("le", "la", "les", "il", "ils", "elle", "elles", "selon", "cette", "dans");

  /** Words that cannot end a sentence: a capitalised word glued after them gets a space only. */
  static final Set<String> NOT_SENTENCE_FINAL =
      Set.of(
          "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "à", "en", "dans",
          "selon", "pour", "par", "sur", "sous", "avec", "sans", "après", "avant", "depuis",
          "pendant", "chez", "vers", "entre", "contre", "malgré", "parmi", "et", "ou", "mais",
          "donc", "ni", "car", "que", "qui", "dont", "où", "ce", "cet", "cette", "ces", "son", "sa",
          "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "lors", "dès",
          "via", "comme", "quand", "lorsque", "si");

  static final Set<String> MONTHS =
      Set.of(
          "janvier",
          "février",
          "fevrier",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "aout",
          "septembre",
          "octobre",
          "novembre",
          "décembre",
          "decembre");

  /** Lower-case strings that follow digits on purpose: ordinals, units, "bis". */
  static final Set<String> AFTER_DIGITS =
      Set.of(
          "e", "er", "re", "ère", "ème", "eme", "ième", "ieme", "es", "ers", "res", "ères", "èmes",
          "emes", "d", "nd", "nde", "nds", "ndes", "de", "bis", "ter", "st", "th", "rd", "km", "m",
          "cm", "mm", "kg", "g", "mg", "t", "h", "min", "mn", "s", "sec", "ms", "l", "ml", "cl",
          "ha", "kw", "kwh", "mw", "mwh", "gw", "gwh", "twh", "hz", "khz", "mhz", "ghz", "mph",
          "kmh", "bpm", "fps", "dpi", "ppm", "ppb", "mah", "kbps", "mbps", "gbps", "ko", "mo", "go",
          "to", "px", "pt", "pts", "md", "mds", "mln", "mrd", "bn", "k", "x", "am", "pm", "eur",
          "usd");
}
