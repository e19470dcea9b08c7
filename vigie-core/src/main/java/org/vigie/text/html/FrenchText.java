package org.vigie.text.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words of a block say about it, for French pages: stop-word density (jusText: running
 * text is full of function words, menus and teasers are not), sentence shape, and the stock phrases
 * of French news sites for related links, share bars, subscriptions and photo credits. Stateless.
 */
final class FrenchText {
  private FrenchText() {}

  // Function words of French (jusText's French list trimmed to the frequent ones), lower case,
  // accents kept. Elided forms (l', d', qu') are counted after cutting at the apostrophe.
  private static final Set<String> STOP_WORDS =
      Set.copyOf(
          java.util.List.of(
              "a",
              "à",
              "afin",
              "ai",
              "aie",
              "ainsi",
              "alors",
              "après",
              "as",
              "au",
              "aucun",
              "aucune",
              "auquel",
              "aussi",
              "autant",
              "autre",
              "autres",
              "aux",
              "avait",
              "avaient",
              "avant",
              "avec",
              "avoir",
              "ayant",
              "beaucoup",
              "bien",
              "c",
              "ça",
              "car",
              "ce",
              "ceci",
              "cela",
              "celle",
              "celles",
              "celui",
              "cependant",
              "certains",
              "ces",
              "cet",
              "cette",
              "ceux",
              "chacun",
              "chaque",
              "chez",
              "comme",
              "comment",
              "contre",
              "d",
              "dans",
              "de",
              "depuis",
              "des",
              "deux",
              "doit",
              "donc",
              "dont",
              "du",
              "déjà",
              "elle",
              "elles",
              "en",
              "encore",
              "entre",
              "est",
              "et",
              "étaient",
              "était",
              "été",
              "être",
              "eu",
              "eux",
              "fait",
              "faire",
              "fois",
              "font",
              "hui",
              "il",
              "ils",
              "j",
              "je",
              "jamais",
              "jusqu",
              "l",
              "la",
              "là",
              "le",
              "les",
              "leur",
              "leurs",
              "lors",
              "lorsque",
              "lui",
              "m",
              "ma",
              "mais",
              "me",
              "même",
              "mêmes",
              "mes",
              "moi",
              "moins",
              "mon",
              "n",
              "ne",
              "ni",
              "non",
              "nos",
              "notre",
              "nous",
              "on",
              "ont",
              "ou",
              "où",
              "par",
              "parce",
              "pas",
              "peu",
              "peut",
              "plus",
              "plusieurs",
              "pour",
              "pourquoi",
              "pourtant",
              "près",
              "puis",
              "qu",
              "quand",
              "que",
              "quel",
              "quelle",
              "quelles",
              "quels",
              "qui",
              "quoi",
              "s",
              "sa",
              "sans",
              "se",
              "selon",
              "ses",
              "si",
              "sien",
              "soit",
              "son",
              "sont",
              "sous",
              "sur",
              "t",
              "ta",
              "tant",
              "te",
              "tes",
              "toi",
              "ton",
              "tous",
              "tout",
              "toute",
              "toutes",
              "très",
              "trop",
              "tu",
              "un",
              "une",
              "va",
              "vers",
              "voici",
              "voilà",
              "vos",
              "votre",
              "vous",
              "y",
              "également",
              "aujourd",
              "y",
              "dès",
              "durant",
              "pendant",
              "tandis",
              "toujours",
              "déjà",
              "ici",
              "parmi",
              "sera",
              "seront",
              "serait",
              "seraient",
              "suis",
              "sommes",
              "êtes",
              "avons",
              "avez",
              "avaient",
              "aurait",
              "auraient",
              "faut",
              "fut",
              "ont",
              "peuvent",
              "pourrait",
              "doivent",
              "qui"));

  /** Word, stop-word and comma counts of a text. */
  record Stats(int words, int stopWords, int commas) {
    double stopDensity() {
      return words == 0 ? 0 : (double) stopWords / words;
    }
  }

  static Stats stats(String text) {
    int words = 0;
    int stops = 0;
    int commas = 0;
    StringBuilder word = new StringBuilder();
    // Long blocks are judged on their start: density does not change much past a few pages.
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i <= limit; i++) {
      char c = i < limit ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
        continue;
      }
      if (c == ',') {
        commas++;
      }
      if (word.length() > 0) {
        words++;
        if (word.length() <= 12 && STOP_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
          stops++;
        }
        word.setLength(0);
      }
    }
    return new Stats(words, stops, commas);
  }

  /** Whether the text ends like a sentence (or a quotation closing one). */
  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0
        && (text.charAt(i) == ' '
            || text.charAt(i) == '\u00a0'
            || text.charAt(i) == '»'
            || text.charAt(i) == '"'
            || text.charAt(i) == '”'
            || text.charAt(i) == ')')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
  }

  private static final String START = "^[\\s\\u00a0»>›→•▶►■▸\\-–—|*]*";

  /** "Lire aussi", "Sur le même sujet" and the other openings of links to other articles. */
  private static final Pattern RELATED =
      Pattern.compile(
          START
              + "(?:(?:à |a )?(?:lire|relire|voir|revoir|regarder|écouter|ecouter|découvrir)"
              + " (?:aussi|également|egalement|encore|notre|nos|le|la|les|l'|l’)"
              + "|(?:à |a )(?:lire|voir|découvrir|écouter)\\b"
              + "|(?:sur|dans) (?:le|la) même (?:sujet|thème|rubrique|thématique)"
              + "|articles? (?:liés|lié|similaires|connexes|correspondants|recommandés|associés)"
              + "|nos (?:articles|dossiers|derniers articles)|notre (?:sélection|dossier)"
              + "|(?:les |le )?plus (?:lus|partagés|commentés)|(?:les )?articles les plus"
              + "|plus d'articles|plus d’articles|(?:les )?derniers articles|dernières (?:infos|actus)"
              + "|vous aimerez aussi|vous (?:pourriez|pouvez) aussi aimer|à voir également"
              + "|en images|en vidéo :|tous les articles|toute l'actualité|toute l’actualité"
              + "|lien(?:s)? (?:utiles|connexes)|pour en savoir plus sur|read more|related)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Subscription and newsletter prompts, paywall notices, comment forms: enough on their own. */
  private static final Pattern SERVICE =
      Pattern.compile(
          "\\b(?:abonnez-vous|s'abonner|s’abonner|je m'abonne|je m’abonne|déjà abonné"
              + "|newsletter|lettre d'information|lettre d’information|inscrivez-vous"
              + "|inscription gratuite|réservé aux abonnés|connectez-vous|identifiez-vous"
              + "|laisser un commentaire|laissez un commentaire|signaler (?:un abus|une erreur)"
              + "|tous droits réservés|mentions légales|politique de confidentialité|suivez-nous"
              + "|retrouvez-nous|faire un don|je fais un don|vous avez aimé cet article"
              + "|recevez (?:gratuitement|nos)|articles? gratuits?|offre d'abonnement"
              + "|offre spéciale|essai gratuit|copier le lien|lien copié|min de lecture"
              + "|temps de lecture|écouter cet article|ajouter à (?:mes )?favoris"
              + "|accepter les cookies|paramétrer les cookies|gérer les cookies)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Words of share bars and page furniture: only a very short block made of them is furniture ("a
   * réagi sur Twitter" in a sentence is news).
   */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "\\b(?:partager|partagez|partage|tweeter|tweet|imprimer|envoyer|facebook|twitter|x"
              + "|linkedin|whatsapp|instagram|e-mail|email|mail|télécharger|telecharger"
              + "|commentaires?|réagir|réagissez|publicité|cookies?|soutenez|publié le"
              + "|mis à jour le|lecture|fermer|menu|rechercher|retour|haut de page|suivant"
              + "|précédent)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Photo credits and caption openings: "Crédits photo : AFP", "© Reuters", "Photo : X". */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:^|[\\s(\\[])(?:©|\\(c\\)|copyright\\b)"
              + "|^[\\s(\\[]*(?:cr[ée]dits?(?: photos?)?|photos?|illustrations?|images?"
              + "|vidéo|infographie|source(?: photo)?|dessin)\\s*:"
              + "|\\b(?:photo|crédit|credit)s?\\s*:"
              + "|/\\s*(?:afp|reuters|ap|maxppp|abaca|sipa|getty(?: images)?|bestimage|epa"
              + "|shutterstock|istock|hans lucas|belga|ansa|dpa)(?:\\s+photo)?\\s*\\)?\\s*$"
              + "|^(?:afp|reuters|maxppp|abaca|sipa|getty images|bestimage)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  static boolean isRelatedLead(String text) {
    return RELATED.matcher(text.length() > 300 ? text.substring(0, 300) : text).lookingAt();
  }

  /** A short block made of a site's service phrases rather than of article text. */
  static boolean isServiceLine(String text, Stats stats) {
    if (text.length() > 160 || stats.words() > 25) {
      return false;
    }
    return SERVICE.matcher(text).find() || stats.words() <= 6 && FURNITURE.matcher(text).find();
  }

  static boolean isCredit(String text) {
    return text.length() <= 200 && CREDIT.matcher(text).find();
  }

  /** Whether a block starts with an arrow or guillemet and is a link: "» Notre dossier". */
  static boolean startsWithPointer(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '»' || c == '>' || c == '›' || c == '→' || c == '▶' || c == '►' || c == '•';
  }
}
