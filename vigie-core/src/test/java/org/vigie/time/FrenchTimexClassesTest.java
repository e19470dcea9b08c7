package org.vigie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Timex;

/**
 * The classes of French time expressions learnt from HeidelTime's French resources and the TimeML
 * extent conventions, one construction per row, in sentences written for this table. Publication
 * date: Friday 30 October 2020 (as in {@link FrenchTimexTest}).
 */
class FrenchTimexClassesTest {
  private static final TimeExpressionStage STAGE = new TimeExpressionStage();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "numeric date                | Le décret du 14/07/2019 est abrogé.              | 14/07/2019               | DATE     | 2019-07-14",
        "numeric date, two-digit year| Le colis est parti le 03-11-19 au matin.         | 03-11-19                 | DATE     | 2019-11-03",
        "timestamp of an update      | Mis à jour le 2 mars 2020 à 18h05, puis relu.    | le 2 mars 2020 à 18h05   | TIME     | 2020-03-02T18:05",
        "numeric timestamp           | Publié 05/10/2020 - 09:12 par la rédaction.    | 05/10/2020 - 09:12       | TIME     | 2020-10-05T09:12",
        "night of two weekdays       | Des tirs ont visé la ville la nuit de mardi à mercredi. | la nuit de mardi à mercredi | TIME | 2020-10-27TNI",
        "night of two dates          | Ils ont fui dans la nuit du 4 au 5 juillet 2019. | la nuit du 4 au 5 juillet 2019 | TIME | 2019-07-04TNI",
        "weekday and qualified part  | Le convoi est arrivé lundi en fin de matinée.    | lundi en fin de matinée  | TIME     | 2020-10-26TMO",
        "weekday, end of the day     | Il a signé jeudi en fin de journée.              | jeudi en fin de journée  | TIME     | 2020-10-29TEV",
        "hour of the evening         | La sirène a retenti à 9 heures du soir.          | 9 heures du soir         | TIME     | 2020-10-30T21:00",
        "hour in letters, morning    | Les soldats sont partis à cinq heures du matin.  | cinq heures du matin     | TIME     | 2020-10-30T05:00",
        "evening, publication day    | Le ministre doit parler dans la soirée.          | la soirée                | TIME     | 2020-10-30TEV",
        "within the day              | Le convoi doit arriver dans la journée.          | la journée               | DATE     | 2020-10-30",
        "earlier within the day      | Plus tôt dans la journée, le port avait rouvert. | la journée               | DATE     | 2020-10-30",
        "last night, in the past     | Des tirs ont été entendus dans la nuit à Homs.   | la nuit                  | TIME     | 2020-10-29TNI",
        "tonight, in the future      | Les secours travailleront pendant la nuit.       | la nuit                  | TIME     | 2020-10-30TNI",
        "evening after en            | Les élus voteront en soirée sur le budget.       | soirée                   | TIME     | 2020-10-30TEV",
        "morning after en            | Le marché a fermé en matinée à cause du vent.    | matinée                  | TIME     | 2020-10-30TMO",
        "upcoming days               | Une décision est attendue dans les prochains jours. | les prochains jours   | DATE     | FUTURE_REF",
        "weeks to come               | La pénurie durera les semaines à venir.          | les semaines à venir     | DATE     | FUTURE_REF",
        "recent past                 | Le pont a été récemment rénové.                  | récemment                | DATE     | PAST_REF",
        "present phrase              | Le port est fermé en ce moment.                  | en ce moment             | DATE     | PRESENT_REF",
        "years later, from a year    | La digue fut bâtie en 1950. Vingt ans plus tard, elle céda. | Vingt ans plus tard | DATE | 1970",
        "months earlier, from a date | Le 10 mai 2018, la crue. Six mois auparavant, la sécheresse. | Six mois auparavant | DATE | 2017-11",
        "that same day               | Le 8 avril 2019, un séisme. Ce jour-là, les écoles ont fermé. | Ce jour-là | DATE | 2019-04-08",
        "end of the current year     | Le chantier finira à la fin de l'année.          | la fin de l'année        | DATE     | 2020",
        "beginning of the month      | Les loyers sont payés en début de mois.          | début de mois            | DATE     | 2020-10",
        "middle of a month           | La récolte commence milieu de septembre.         | milieu de septembre      | DATE     | 2020-09",
        "this season                 | Il pleut beaucoup ce printemps.                  | ce printemps             | DATE     | 2020-SP",
        "fixed holiday               | Les magasins ouvriront à Noël.                   | Noël                     | DATE     | 2020-12-25",
        "holiday with its article    | La cérémonie a eu lieu à la Toussaint.           | la Toussaint             | DATE     | 2020-11-01",
        "Easter, computed            | Ils partiront à Pâques 2021.                     | Pâques 2021              | DATE     | 2021-04-04",
        "Pentecost Monday            | Le lundi de Pentecôte 2019 fut férié.            | Le lundi de Pentecôte 2019 | DATE     | 2019-06-10",
        "offset with approximation   | Il a fui il y a près de deux ans.                | il y a près de deux ans  | DATE     | 2018",
        "offset in hours             | L'alerte a été levée il y a trois heures.        | il y a trois heures      | DATE     | PAST_REF",
        "monthly, adjective          | Une réunion mensuelle réunit les maires.         | mensuelle                | SET      | P1M",
        "weekly, adjective           | Le marché hebdomadaire se tient place Carnot.   | hebdomadaire             | SET      | P1W",
        "century with ordinal -ème   | Une église du XIIème siècle.                     | XIIème siècle            | DATE     | 11",
        "decade per TimeML           | La ville a grandi dans les années 1970.          | les années 1970          | DATE     | 197",
        "bare weekday, date in text  | Concert mardi à Lyon. Billets pour le mardi 3 novembre en vente. | mardi | DATE | 2020-11-03",
        "future by devrait           | Le rapport devrait être publié lundi.            | lundi                    | DATE     | 2020-11-02",
        "dawn of a weekday           | Les chars sont entrés mercredi à l'aube en ville. | mercredi à l'aube       | TIME     | 2020-10-28TMO",
        "early morning of a weekday  | Ils ont fui lundi au petit matin vers le sud.    | lundi au petit matin     | TIME     | 2020-10-26TMO",
        "dawn of a written date      | Le 12 octobre à l'aube, la police a chargé.      | Le 12 octobre à l'aube   | TIME     | 2020-10-12TMO",
        "dawn, bare, in a report     | Les tirs ont repris à l'aube près du port.       | l'aube                   | TIME     | 2020-10-30TMO",
        "early morning of a date     | Ils ont tiré au petit matin du mardi 6 octobre.  | petit matin du mardi 6 octobre | TIME | 2020-10-06TMO",
        "national day, hyphenated    | Le défilé du 14-Juillet a été annulé.            | 14-Juillet               | DATE     | 2020-07-14",
        "past day long after pub.    | Tout a basculé le 19 décembre lors d'un vote.    | le 19 décembre           | DATE     | 2019-12-19",
        "coming day, future tense    | Le scrutin aura lieu le 19 décembre.             | le 19 décembre           | DATE     | 2020-12-19",
        "weekend just past           | Les frappes ont cessé pendant le week-end.       | le week-end              | DATE     | 2020-W43-WE",
        "weekend coming, future      | Le ministre se rendra ce week-end à Alger.       | ce week-end              | DATE     | 2020-W44-WE",
        "last weekend after du       | Les tirs du week-end dernier ont fait trois morts. | week-end dernier       | DATE     | 2020-W43-WE",
        "weekend spelt weekend       | Elle l'avait annoncé ce weekend à la radio.      | ce weekend               | DATE     | 2020-W43-WE",
        "end of the month of a month | Il a été élu à la fin du mois de juin 2012.      | la fin du mois de juin 2012 | DATE  | 2012-06",
        "beginning of current month  | Des heurts ont éclaté au début du mois à Homs.   | début du mois            | DATE     | 2020-10",
        "afternoon in the course of  | Les hommages ont afflué au cours de l'après-midi. | l'après-midi            | TIME     | 2020-10-30TAF",
        "days after an event: length | Il a démissionné quatre jours après la défection du ministre. | quatre jours | DURATION | P4D",
      })
  void classes(String rule, String text, String span, String type, String value) {
    Timex t = FrenchTimexTest.only(text, FrenchTimexTest.DCT, span);
    assertEquals(type, t.type().name(), rule);
    assertEquals(value, t.value(), rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Arab Spring is an event     | Le printemps arabe a changé la région.           | printemps",
        "a capitalised season name   | Les militants du Printemps ont manifesté.        | Printemps",
        "end-of-year as a noun       | Les fêtes de fin d'année approchent.             | fin d'année",
        "ascension of a mountain     | Leur ascension du sommet a duré.                 | ascension",
        "midi inside après-midi      | Elle est passée dans l'après-midi.               | midi",
        "a score is no date          | Le score final est de 3-1-0 après prolongation.  | 3-1-0",
        "a newspaper is no frequency | Selon le quotidien Ouest-Matin, la grève dure.   | quotidien",
        "a day of action is a noun   | Dans la journée de mobilisation, rien n'a bougé. | la journée",
        "a night with a complement   | Le texte fut voté dans la nuit du second tour.   | la nuit",
        "a bare journée is a noun    | La journée a été longue pour les secouristes.    | journée",
        "an evening event is a noun  | Une soirée de gala aura lieu au musée.           | soirée",
        "an adjective is no reference| L'actuel ministre a démissionné.                 | actuel",
        "a year in a web address     | Lire http://exemple.fr/monde/2019/05/12/a.html ici. | 2019",
        "a numbered resolution       | La résolution 1973 a été votée à New York.       | 1973",
        "a year inside a name        | Le groupe Révolution 2011 appelle à manifester.  | 2011",
        "suddenly, an idiom          | Tout a changé du jour au lendemain pour eux.     | lendemain",
        "veiller, the verb           | Le gardien veille sur le bâtiment désert.        | veille",
        "the dawn of an era          | C'était à l'aube de la révolution industrielle.  | l'aube",
        "a habitual weekend          | Le week-end, il va au marché avec sa fille.      | week-end",
        "the future of a country     | Les urnes décideront de l'avenir du pays.        | l'avenir",
        "a date in a photo caption   | Un blindé devant la mairie, le 3 mai. (PAUL DURAND / AFP) | le 3 mai",
      })
  void notThatClass(String rule, String text, String word) {
    List<Timex> found = STAGE.analyze(text, FrenchTimexTest.DCT, new ArrayList<>()).timexes();
    assertTrue(
        found.stream().noneMatch(t -> t.text().equals(word) || t.text().endsWith(" " + word)),
        rule + ": " + found);
  }
}
