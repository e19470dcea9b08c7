package org.vigie.text.boilerplate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lexical cues French news sites leave around an article: menus, share bars, "Lire aussi"
 * links, newsletter and comment widgets, cookie and paywall notices, credits. Each cue gives the
 * reason a line is removed. Three kinds: whole short lines ("Partager", "Loading..."), labelled
 * lines ("Lire aussi : …", "Crédits photo : …") of any length, and notices recognised by word
 * combinations ("… cookies … navigation …"), which prose rarely uses together. Immutable and
 * thread-safe.
 */
final class BoilerplateCues {
  /** Longest line, in words, that a whole-line cue may match: longer lines are prose. */
  private static final int SHORT_LINE_WORDS = 12;

  /** Cookie, paywall and newsletter notices are short; longer lines are not scanned for them. */
  private static final int MAX_NOTICE_CHARS = 1500;

  /** The reason of the article's own tools ("Agrandir le texte", "Imprimer"). */
  static final String TOOLS = "tools";

  private record Cue(String reason, Pattern pattern) {}

  private static final List<Cue> WHOLE_LINE =
      List.of(
          cue(
              "navigation",
              "accueil|menu|rechercher|recherche|se connecter|connexion|d[ée]connexion|s'inscrire"
                  + "|mon compte|mon espace|jump to navigation|skip to (main )?content"
                  + "|formulaire de recherche|aller au (contenu|menu)|plan du site|mentions l[ée]gales"
                  + "|contact(ez-nous)?|qui sommes-nous ?\\??|cgu|cgv|conditions g[ée]n[ée]rales.*"
                  + "|politique de (confidentialit[ée]|protection des donn[ée]es).*|charte.*"
                  + "|donn[ée]es personnelles|rss|flux rss|archives|services( .{1,30})?|la une"
                  + "|[àa] la une|en direct|direct|vid[ée]os?|photos?|podcasts?|[ée]dition du jour"
                  + "|dat[ée] du .{3,30}|loading\\.*|chargement( en cours)?\\.*|voir plus|voir tout"
                  + "|en savoir plus|lire la suite|afficher (plus|la suite)|plus d'infos?"
                  + "|haut de (la )?page|retour en haut.*|retour"
                  + "|flash info\\s*:?|derni[èe]re minute|menu principal"
                  + "|rubriques|sections|toutes les rubriques|fermer|ouvrir|suivant|pr[ée]c[ée]dent"
                  + "|page suivante|page pr[ée]c[ée]dente|l'info de a [àa] z.*|good luck ?!?"
                  + "|j'ai d[ée]j[àa] un compte|je n'ai pas de compte|mot de passe oubli[ée] ?\\??"
                  + "|\\* ?champs obligatoires|valider|ok|annuler|s'identifier|identifiez-vous"
                  + "|temps de lecture.{0,20}|lecture \\d+ min\\.?|\\d+ min(utes)? de lecture"),
          // The article's own tools (text size, print, favourites, send by e-mail): printed
          // next to the article, above or below it.
          cue(
              TOOLS,
              "imprimer|version imprimable|(agrandir|r[ée]duire|taille d)(u| le) texte"
                  + "|ajouter (aux|à mes) favoris|envoyer (par|[àa]) .{1,20}"),
          cue(
              "related",
              "(les )?plus (lus|partag[ée]s|consult[ée]s|comment[ée]s|populaires)( .{1,30})?"
                  + "|(les )?derni[èe]res? (infos|actualit[ée]s|articles|d[ée]p[êe]ches)( .{1,40})?"
                  + "|(à |a )?lire (aussi|[ée]galement)( sur .{1,40})?|voir aussi|sur le m[êe]me sujet"
                  + "|dans la m[êe]me rubrique|articles? (similaires|li[ée]s|associ[ée]s"
                  + "|recommand[ée]s|sugg[ée]r[ée]s)|nos (autres )?articles( .{1,30})?|[àa] d[ée]couvrir"
                  + "|[àa] voir (aussi|[ée]galement)|vous aimerez (aussi|[ée]galement).*"
                  + "|recommand[ée] pour vous|pour aller plus loin|aussi sur .{1,40}"
                  + "|(tags?|mots[- ]cl[ée]s|th[èe]mes?|sujets?)\\s*:?.{0,80}|([\\p{L}-]+ )?en continu"
                  + "|(les )?(derniers )?articles (de l'auteur|(les )?plus lus|\\+ ?populaires)"
                  + "|auteur de l'article|(les )?th[ée]matiques de l'article"
                  + "|([àa] )?lire dans la m[êe]me rubrique"
                  + "|(le )?fil (info|d'actu|du .{1,20})"),
          cue(
              "share",
              "partager( (sur|cet article|l'article|par).*)?|partagez( .*)?|tweeter|facebook"
                  + "|twitter|linkedin|whatsapp|messenger|pinterest|e-?mail|courriel"
                  + "|suivez-nous( sur.*)?|r[ée]seaux sociaux|copier le lien|lien copi[ée]"),
          cue(
              "newsletter",
              "newsletters?( .{1,40})?|inscrivez-vous.*|abonnez-vous.*|s'abonner.*|je m'abonne.*"
                  + "|recevez (notre|nos|la) .{1,50}|offre (limit[ée]e|sp[ée]ciale|d'essai).*"
                  + "|(article )?r[ée]serv[ée] aux abonn[ée]s.*|d[ée]j[àa] abonn[ée] ?\\??.*"
                  + "|abonnement.{0,40}"),
          cue("advert", "publicit[ée]|sponsoris[ée]|contenu sponsoris[ée]|annonces?|pub"),
          cue(
              "comments",
              "commentaires?( \\(\\d+\\))?|\\d+ (commentaires?|r[ée]actions?)|r[ée]agissez|r[ée]agir"
                  + "|(poster|laisser|ajouter|[ée]crire) un commentaire|soyez le premier .{0,40}"
                  + "|les commentaires sont (ferm[ée]s|d[ée]sactiv[ée]s).*|signaler( un abus)?"
                  + "|r[ée]pondre|me notifier.*|wpdiscuz|avatar|que pensez-vous de cet article ?\\??"
                  + "|vos r[ée]actions|votre r[ée]action|donnez votre avis"),
          // A comment's header or footer (its stamp and pseudonym, its age, its votes): chrome,
          // but not the start of the comments, since a live blog stamps its entries too.
          cue(
              "comment-stamp",
              "\\d{1,2}/\\d{1,2}(/\\d{2,4})? \\d{1,2}[:h]\\d{2} ?[-–|] ?[^\\s]{1,30}"
                  + "|([^\\s]{1,30} )?il y a \\d+ (secondes?|minutes?|heures?|jours?|mois|ans?)"
                  + "|\\d+ (votes?|j'aime|likes?|recommandations?)"
                  + "|(je n'aime pas|j'aime)( \\(\\d+\\))?"),
          cue(
              "caption",
              "(cr[ée]dits? )?photos? ?:.{0,80}|cr[ée]dits?( photos?)? ?:?.{0,80}|©.{0,80}"
                  + "|\\(?(photo|illustration|image) (d'illustration|afp|reuters|ap)\\)?.{0,60}"),
          cue(
              "copyright",
              "copyright.{0,80}|tous droits r[ée]serv[ée]s.{0,40}|droits? d'auteur.{0,40}"
                  + "|\\| ?.{1,40}"));

  /** Labels that make the whole line a link or credit, however long: "Lire aussi : …". */
  private static final Pattern LABELLED =
      Pattern.compile(
          "^(?:(?<related>(?:[àa] )?lire(?: aussi| [ée]galement| l'article| le r[ée]cit[^:]{0,80})?"
              + "|voir aussi|[àa] voir|sur le m[êe]me sujet|le point sur|notre dossier|dossier)"
              + "|(?<caption>(?:cr[ée]dits? )?photos?|cr[ée]dits?|l[ée]gende|illustration|image))"
              + "\\s*:");

  /**
   * The head of a comment section, counting its comments, however long the title it repeats: "38
   * commentaires à « … »", "100 réactions à cet article", "4 réactions | 2651 lu".
   */
  private static final Pattern COMMENT_COUNT =
      Pattern.compile(
          "^\\d[\\d .]*\\s(?:commentaires?|r[ée]actions?)"
              + "(?:\\s*$|\\s*\\||\\s+(?:[àa]|sur|pour|au sujet d[eu])\\s)");

  /** Longest comment section head, in words. */
  private static final int MAX_COMMENT_COUNT_WORDS = 30;

  private static final Pattern COOKIE =
      Pattern.compile(
          "^(?=.*\\bcookies?\\b)(?=.*\\b(?:navigation|naviguer|accepte|utilisation|param[èe]tr))");
  private static final Pattern PAYWALL =
      Pattern.compile(
          "\\babonn(?:ement|[ée]s?|ez)\\b.*(€|\\beuros?\\b|illimit[ée]|sans engagement|offre)"
              + "|(€|\\beuros?\\b|illimit[ée]|sans engagement|offre)\\b.*\\babonn(?:ement|[ée]s?|ez)\\b");
  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "^(?=.*\\bnewsletters?\\b)(?=.*\\b(?:inscri|recev|adresse e-?mail|d[ée]sinscri))");

  /**
   * The access label a site prints after the title of another of its articles ("Violences à
   * Compiègne : un lycéen porte plainte Abonnés"): a teaser, never the article's own text.
   * Capitalised, as labels are; "ses 200 000 abonnés." in a sentence is not one.
   */
  private static final Pattern ACCESS_LABEL =
      Pattern.compile("\\s(?:Abonnés|Abonné|Premium|Réservé aux abonnés)\\s*$");

  /** Longest teaser title with an access label, in words. */
  private static final int MAX_TEASER_WORDS = 30;

  private static final Pattern BULLET_LINK = Pattern.compile("^[»›→►▶•·▸◆■]\\s*\\S");

  private static Cue cue(String reason, String alternatives) {
    return new Cue(reason, Pattern.compile("(?:" + alternatives + ")"));
  }

  /**
   * Why {@code line} is site chrome, or null when no cue says so. {@code words} is the line's word
   * count (whole-line cues only apply to short lines).
   */
  String reason(String line, int words) {
    String key = normalise(line);
    if (key.isEmpty()) {
      return null;
    }
    if (words <= SHORT_LINE_WORDS) {
      for (Cue cue : WHOLE_LINE) {
        if (cue.pattern().matcher(key).matches()) {
          return cue.reason();
        }
      }
      if (BULLET_LINK.matcher(key).find()) {
        return "related";
      }
    }
    if (words <= MAX_TEASER_WORDS && ACCESS_LABEL.matcher(line).find()) {
      return "related";
    }
    if (words <= MAX_COMMENT_COUNT_WORDS && COMMENT_COUNT.matcher(key).lookingAt()) {
      return "comments";
    }
    var labelled = LABELLED.matcher(key);
    if (labelled.lookingAt()) {
      return labelled.group("related") != null ? "related" : "caption";
    }
    if (key.length() > MAX_NOTICE_CHARS) {
      return null;
    }
    // A plain search for the notice's key word first: these patterns scan the whole line.
    if (key.contains("cookie") && COOKIE.matcher(key).lookingAt()) {
      return "cookie";
    }
    if (key.contains("abonn") && PAYWALL.matcher(key).find()) {
      return "paywall";
    }
    if (key.contains("newsletter") && NEWSLETTER.matcher(key).lookingAt()) {
      return "newsletter";
    }
    return null;
  }

  /** Whether the line opens with a link bullet ("» …", "• …"). */
  static boolean bulleted(String line) {
    return BULLET_LINK.matcher(line.strip()).lookingAt();
  }

  /** Whether the cue opens a run of chrome that runs to the end (comments, related lists). */
  static boolean endsArticle(String reason) {
    return reason != null && (reason.equals("comments") || reason.equals("related"));
  }

  /** Lower case, typographic apostrophes folded, spaces collapsed, outer punctuation kept. */
  static String normalise(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4') {
        c = '\'';
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
