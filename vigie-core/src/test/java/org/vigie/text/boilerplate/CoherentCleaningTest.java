package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.text.boilerplate.CleaningFixture.clean;
import static org.vigie.text.boilerplate.CleaningFixture.kept;
import static org.vigie.text.boilerplate.CleaningFixture.reason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Service notices by class, headline lists, ledes and sections judged by topical coherence. */
class CoherentCleaningTest {
  private static final ServiceNotices NOTICES = new ServiceNotices();

  /** An article of four paragraphs on one subject (written for this test). */
  private static final List<String> ARTICLE =
      List.of(
          "Le port de Lattaquié a été bombardé dans la nuit de lundi par l'aviation, a indiqué le"
              + " gouverneur de la province de Lattaquié aux journalistes.",
          "Selon le gouverneur, les entrepôts du port de Lattaquié ont brûlé pendant plusieurs"
              + " heures et les pompiers ont lutté contre l'incendie jusqu'à l'aube.",
          "Les dockers du port ont été évacués vers la ville, où les hôpitaux de Lattaquié ont"
              + " accueilli une dizaine de blessés légers, selon la même source.",
          "Le gouverneur a promis que l'activité du port reprendrait dès que les entrepôts"
              + " auraient été inspectés par les experts de la province.");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "paywall    | Abonnez-vous pour lire la suite : accès illimité, sans engagement | paywall",
        "privilege  | L'édition de demain dès ce soir, en exclusivité                    | paywall",
        "account    | Veuillez saisir le mot de passe associé à votre compte             | account",
        "device     | Ce message s'affichera sur l'autre appareil connecté               | device",
        "device Q&A | Vous ne pouvez consulter le journal que sur un seul appareil       | device",
        "cookie     | Nous utilisons des cookies pour mesurer l'audience, vos choix ici  | cookie",
        "comment    | Votre commentaire sera publié après modération                      | comment",
        "share      | Vous avez aimé ? Partagez sur les réseaux sociaux                   | share",
        "newsletter | Recevez chaque matin notre sélection dans votre boîte mail          | newsletter",
      })
  void noticeClasses(String kind, String line, String reason) {
    assertEquals(reason, NOTICES.reason(line), kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "news about an account | Le ministre a publié la vidéo sur son compte Twitter mardi soir",
        "law article           | Cet article de la Constitution vous paraît-il clair, demande-t-il",
        "power sharing         | Les deux partis ont accepté de partager le pouvoir à Sanaa",
        "one word, no address  | Le réseau a coupé la connexion internet dans tout le pays",
        "exclusive interview   | Le ministre a répondu en exclusivité aux questions du journal",
      })
  void newsIsNoNotice(String kind, String line) {
    assertNull(NOTICES.reason(line), kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "headline                 | Inondations : la vallée de la Roya encore isolée  |             | true",
        "question headline        | Faut-il avoir peur des frelons asiatiques ?      |             | true",
        "quoted headline          | « Nous ne lâcherons rien », promet le maire       |             | true",
        "sentence with full stop  | Le maire a promis de reconstruire le pont.        |             | false",
        "introduction to a quote  | Un blogueur égyptien réagit ainsi :               |             | false",
        "hard-wrapped prose       | Les pompiers ont lutté toute la nuit contre       | le feu.     | false",
        "line of dialogue         | - Si Dieu le veut, nous reviendrons               |             | false",
        "two sentences            | Le vote a eu lieu. Voici les résultats…           |             | false",
      })
  void headlineItems(String kind, String line, String next, boolean item) {
    assertEquals(item, ListRuns.headlineItem(line, LineProfile.of(line, 0), next), kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "city dateline     | (Marseille) Le préfet a interdit la manifestation prévue samedi. | true",
        "two-word dateline | (Le Caire) Des milliers de manifestants se sont réunis.        | true",
        "aside in brackets | (Traduit de l'anglais par une bénévole)                          | false",
        "no dateline       | Le préfet a interdit la manifestation prévue samedi.             | false",
      })
  void ledes(String kind, String line, boolean lede) {
    assertEquals(lede, ListRuns.lede(line), kind);
  }

  @Test
  void topicTermsIgnoreGenericWordsAndMeetInflections() {
    TopicTerms terms = TopicTerms.of(ARTICLE);
    assertTrue(terms.shared("Lattaquié se réveille sous les cendres") > 0, "shares Lattaquié");
    assertEquals(
        0, terms.shared("Le président a annoncé lundi de nouvelles mesures"), "generic words only");
  }

  @Test
  void trendingListBeforeTheArticleGoesWholeButTheArticleStays() {
    List<String> lines = new ArrayList<>();
    lines.add("Rugby : le XV de France s'impose à Cardiff");
    lines.add("Pourquoi les prix de l'énergie flambent-ils ?");
    lines.add("« Je ne regrette rien », confie la chanteuse");
    lines.add("Dix recettes pour cuisiner les courges");
    lines.add("Télétravail : ce que change le nouvel accord");
    lines.add("Le port de Lattaquié bombardé pendant la nuit");
    lines.addAll(ARTICLE);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String headline : lines.subList(0, 5)) {
      assertTrue(removed(raw, body, headline), headline);
    }
    for (String paragraph : ARTICLE) {
      assertTrue(kept(body, paragraph), paragraph);
    }
  }

  @Test
  void feedOfLedesAfterTheArticleGoes() {
    List<String> lines = new ArrayList<>(ARTICLE);
    String lede1 = "(Lyon) Le tribunal a condamné mardi un ancien élu pour détournement de fonds.";
    String between =
        "La réforme des retraites sera examinée au Sénat à partir de la semaine prochaine.";
    String lede2 = "(Ottawa) Le Parlement canadien a adopté une loi sur la protection des forêts.";
    lines.addAll(List.of(lede1, between, lede2));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertEquals("lede", reason(raw, body, lede1));
    assertEquals("lede", reason(raw, body, between));
    assertEquals("lede", reason(raw, body, lede2));
    assertTrue(kept(body, ARTICLE.get(3)));
  }

  @Test
  void aFeedOfLedesOnTheArticlesSubjectClosesItAllTheSame() {
    // The outlet's other news on the same port: each lede shares the article's terms, the chain of
    // datelines after its prose tells they are other articles.
    List<String> feed =
        List.of(
            "(Beyrouth) Les dockers du port de Beyrouth ont cessé le travail mardi pour réclamer des"
                + " hausses de salaire, a indiqué leur syndicat.",
            "Le gouverneur de Tartous a inauguré un nouveau quai dans le port de la ville.",
            "(Chypre) Le port de Limassol a accueilli lundi un navire d'aide humanitaire, selon les"
                + " autorités du port.",
            "(Lattaquié) Les pompiers du port de Lattaquié ont reçu de nouveaux camions, a annoncé"
                + " le gouverneur de la province.");
    assertLinesAfterTheArticleGo(feed);
  }

  @Test
  void theArticlesOwnDatelineLedeOpensNoFeed() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "(Damas) Le port de Lattaquié a été bombardé dans la nuit de lundi, a indiqué le"
            + " gouverneur de la province.");
    lines.addAll(ARTICLE);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String line : lines) {
      assertTrue(kept(body, line), line);
    }
  }

  @Test
  void sectionPastABoundaryStaysOnlyWhenCoherent() {
    String unrelated1 =
        "Dans les Alpes, les stations de ski espèrent une saison normale malgré le manque de neige"
            + " et la hausse des prix des forfaits pour les familles.";
    String unrelated2 =
        "Les libraires indépendants ont vu leurs ventes progresser cette année grâce aux romans"
            + " policiers et aux bandes dessinées pour la jeunesse.";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(List.of("À lire aussi", unrelated1, unrelated2));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertTrue(removed(raw, body, unrelated1), "incoherent section");
    assertTrue(removed(raw, body, unrelated2), "incoherent section");
    assertTrue(kept(body, ARTICLE.get(0)));
  }

  @Test
  void coherentShortLinesAfterTheArticleComeBack() {
    String intro = "Un habitant de Lattaquié a écrit sur Twitter :";
    String tweet = "@habitant Le port de Lattaquié brûle encore, on voit la fumée d'ici";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(List.of(intro, tweet));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertTrue(kept(body, intro), intro);
    assertTrue(kept(body, tweet), tweet);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "introduction and its quotation | Une habitante a écrit :;Quelle nuit, nous n'avons pas dormi",
        "quoted tweet with a hashtag    | Toujours pas de courant ici depuis hier #panne #nuit",
        "quoted tweet with a handle     | @voisin toujours pas de courant chez nous depuis hier",
      })
  void quotationsAfterTheArticleComeBack(String kind, String after) {
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(List.of(after.split(";")));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String line : after.split(";")) {
      assertTrue(kept(body, line), kind + ": " + line);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "newsroom with two agencies | Le Quotidien avec AFP et Reuters   | true",
        "bracketed credit           | (avec AFP)                         | true",
        "agencies in general        | La rédaction avec agences          | true",
        "a sentence with avec       | Il a dîné avec l'ambassadeur       | false",
        "no agency after avec       | Le Quotidien avec ses lecteurs     | false",
      })
  void wireCredits(String kind, String line, boolean credit) {
    assertEquals(credit, WireCredits.credit(line), kind);
  }

  @Test
  void theWireCreditSignsTheArticleAndWhatFollowsItGoes() {
    String credit = "Le Quotidien avec AFP";
    String headline = "Lattaquié : le port rouvrira-t-il avant l'été";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(List.of(credit, headline));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertTrue(kept(body, credit), credit);
    assertTrue(removed(raw, body, headline), headline);
  }

  @Test
  void headlinesClosingTheArticleGoEvenOnItsSubject() {
    List<String> headlines =
        List.of(
            "SYRIE. Le port de Lattaquié sous les bombes",
            "SYRIE. Les dockers de Lattaquié en grève",
            "Lattaquié : le gouverneur promet une enquête",
            "PORTS. Le trafic en Méditerranée orientale");
    String credit = "(Le Quotidien avec AFP)";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.add(credit);
    lines.addAll(headlines);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String headline : headlines) {
      assertTrue(removed(raw, body, headline), headline);
    }
    assertTrue(kept(body, credit), credit);
    for (String paragraph : ARTICLE) {
      assertTrue(kept(body, paragraph), paragraph);
    }
  }

  @Test
  void aHeadlineOnTheSubjectAmongAListTakenOutGoesWithIt() {
    // The list is about other things, so its items go; the one sharing the article's terms is one
    // more headline of the site, not the article's last line.
    List<String> after =
        List.of(
            "Rugby : le XV de France s'impose à Cardiff",
            "SYRIE. Le gouverneur de Lattaquié promet de rouvrir le port",
            "Pourquoi les prix de l'énergie flambent-ils ?",
            "Dix recettes pour cuisiner les courges",
            "Télétravail : ce que change le nouvel accord");
    assertLinesAfterTheArticleGo(after);
  }

  /** The article followed by {@code after}: every line of it goes, every paragraph stays. */
  private static void assertLinesAfterTheArticleGo(List<String> after) {
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(after);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String line : after) {
      assertTrue(removed(raw, body, line), line);
    }
    for (String paragraph : ARTICLE) {
      assertTrue(kept(body, paragraph), paragraph);
    }
  }

  @Test
  void threeShortLinesAfterTheArticleAreNoList() {
    List<String> after =
        List.of(
            "Le port de Lattaquié sous les bombes",
            "Les dockers de Lattaquié en grève",
            "Lattaquié : le gouverneur promet une enquête");
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(after);
    ArticleBody body = clean(String.join("\n", lines));
    assertTrue(kept(body, after.get(0)), after.get(0));
  }

  @Test
  void hostileNoticeLinesStayBounded() {
    String line = "vous votre compte appareil ".repeat(200_000);
    // Hang guards, not speed targets: a quadratic pass over these inputs takes hours, while a
    // loaded two-core machine may take several seconds for the linear one.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> NOTICES.reason(line));
    String page = (ARTICLE.get(0) + "\n" + "Pourquoi pas ?\n".repeat(20_000)).strip();
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> clean(page));
  }

  private static void assertTimeoutPreemptively(Duration limit, Runnable work) {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(limit, work::run);
  }

  private static boolean removed(String raw, ArticleBody body, String line) {
    return reason(raw, body, line) != null;
  }
}
