package org.vigie.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.nlp.Engines;
import org.vigie.quote.SpeakerNames;

/**
 * Quotes and speakers in French, one shape per row, through the real pipeline (CoreNLP words and
 * tags, the French lexicon). Each row: a short text, the snippet the quote must contain, its kind
 * and its speaker's canonical name. Written from French reporting usage, not from any one article.
 */
class FrenchQuoteTableTest {
  private static Analyzer analyzer;

  @BeforeAll
  static synchronized void load() {
    if (analyzer != null) {
      return;
    }
    analyzer = Engines.standard(AnalysisConfig.DEFAULT);
  }

  static Article analyze(String text) {
    AnalysisOutcome outcome = analyzer.analyze(RawArticle.ofText("t", text));
    return ((AnalysisOutcome.Analyzed) outcome).article();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          « Nous ne céderons pas », a déclaré le président Emmanuel Macron. | Nous ne céderons pas | direct | Emmanuel Macron
          Le ministre Jean Dupont était à Lyon. « La situation est grave », a-t-il ajouté. | La situation est grave | direct | Jean Dupont
          “Nous sommes prêts à négocier”, a affirmé Mme Anne Martin. | Nous sommes prêts | direct | Anne Martin
          "Il faut agir vite", estime le porte-parole du gouvernement, Olivier Véran. | Il faut agir vite | direct | Olivier Véran
          Le maire Paul Durand a réagi. « Nous attendons des réponses », dit-il, « et nous les aurons ». | et nous les aurons | direct | Paul Durand
          Le Premier ministre Jean Castex a déclaré : « Le couvre-feu sera étendu à tout le pays. » | Le couvre-feu sera étendu | direct | Jean Castex
          « Nous sommes extrêmement préoccupés », a déclaré le ministère russe des Affaires étrangères. « Les faits contredisent les accords signés. » | Les faits contredisent | direct | ministère russe des Affaires étrangères
          Mme Zakharova a parlé. « Il a évoqué une « provocation » inacceptable de Bakou », a-t-elle noté. | inacceptable de Bakou | direct | Zakharova
          ‹ Nous verrons bien demain ›, a répondu le général Ahmed Saleh. | Nous verrons bien | direct | Ahmed Saleh
          « Nous restons mobilisés », a conclu la porte-parole du ministère, Maria Zakharova, lors d'un point de presse. | Nous restons mobilisés | direct | Maria Zakharova
          « Les combats ont cessé », indique le communiqué de l'armée israélienne. | Les combats ont cessé | direct | armée israélienne
          Selon un communiqué de l'armée israélienne, deux roquettes ont été tirées. « Nous riposterons », indique le communiqué. | Nous riposterons | direct | armée israélienne
          Le ministre des Affaires étrangères, Jean-Yves Le Drian, a affirmé mardi que la France soutiendrait l'Ukraine. | la France soutiendrait | indirect | Jean-Yves Le Drian
          Selon le ministère de la Santé, trente personnes ont été tuées dans la nuit. | trente personnes | indirect | ministère de la Santé
          D'après l'Observatoire syrien des droits de l'homme, les combats ont repris à Alep. | les combats ont repris | indirect | Observatoire syrien des droits de l'homme
          Pour Sergueï Lavrov, cette décision est une erreur historique. | cette décision est une erreur | indirect | Sergueï Lavrov
          La situation reste tendue, a déclaré le porte-parole de l'ONU, Stéphane Dujarric. | La situation reste tendue | indirect | Stéphane Dujarric
          Le diplomate Pierre Vimont est optimiste. Les négociations avancent bien, estime-t-il. | Les négociations avancent | indirect | Pierre Vimont
          La chancelière Angela Merkel a souligné qu'elle restait prudente sur ce dossier. | elle restait prudente | indirect | Angela Merkel
          Le général Jean Martin a visité la base. Il a ajouté que les troupes resteraient sur place. | les troupes resteraient | indirect | Jean Martin
          Le Kremlin a démenti que des soldats russes soient présents en Ukraine. | des soldats russes soient présents | indirect | Kremlin
          Le président Kassym-Jomart Tokaïev a parlé. Selon lui, la crise est terminée. | la crise est terminée | indirect | Kassym-Jomart Tokaïev
          Comme l'a rappelé le président Joe Biden, les États-Unis restent engagés en Europe. | les États-Unis restent engagés | indirect | Joe Biden
          Les rebelles ont perdu le contrôle de la ville. Le colonel Ahmed Messaoud l'a confirmé mardi soir. | Les rebelles ont perdu | indirect | Ahmed Messaoud
          Le port restera fermé jusqu'à la fin du mois. C'est ce qu'a annoncé le gouverneur Karim Haddad. | Le port restera fermé | indirect | Karim Haddad
          Les pêcheurs ne sortent plus en mer depuis l'attaque. C'est en tout cas ce qu'affirment les habitants du village. | pêcheurs ne sortent plus | indirect | habitants du village
          Devant la préfecture, les manifestants scandent « Le peuple veut la justice ». | Le peuple veut la justice | mixed | manifestants
          Le ministère de l'Intérieur a annoncé : le couvre-feu est levé dans toute la région. | le couvre-feu est levé | indirect | ministère de l'Intérieur
          L'armée a bombardé plusieurs quartiers de la ville, ont rapporté des témoins sur place. | bombardé plusieurs quartiers | indirect | témoins
          Le secrétaire général de la Ligue arabe, Amr Moussa, a de son côté souhaité que les violences cessent. | les violences cessent | indirect | Amr Moussa
          Le président ukrainien a dénoncé une « agression à grande échelle » contre son pays. | agression à grande échelle | mixed | président ukrainien
          Le Premier ministre arménien Nikol Pashinian a déclaré que l'Arménie « n'a pas encore besoin » d'aide. | n'a pas encore besoin | mixed | Nikol Pashinian
          La porte-parole du ministère, Maria Zakharova, était présente. La porte-parole a ajouté que Moscou attendait des explications. | Moscou attendait des explications | indirect | Maria Zakharova
          Sergueï Lavrov est arrivé à Genève. M. Lavrov a déclaré que les discussions seraient longues. | les discussions seraient longues | indirect | Sergueï Lavrov
          Pilier du mouvement, Karim Saleh avait soutenu la grève contre le ministre Paul Roux. « Nous ne reculerons pas », a-t-il affirmé. | Nous ne reculerons pas | direct | Karim Saleh
          Le président était resté discret depuis mars, loin du ministre Paul Roux. « Rien n'est décidé », a-t-il dit. | Rien n'est décidé | direct | président
          « La trêve tient toujours », a indiqué le porte-parole de l'armée, le colonel Marc Vidal. | La trêve tient | direct | Marc Vidal
          Samir Haddad, un porte-parole des rebelles, était à Benghazi. « Nous tenons la ville », a ajouté le porte-parole. | Nous tenons la ville | direct | Samir Haddad
          Le président vénézuélien Hugo Chavez a parlé hier. Le président mauritanien a affirmé que la médiation continuait. | la médiation continuait | indirect | président mauritanien
          Rami Saleh, président de l'Observatoire, était à Londres. « Les combats continuent », a souligné le chef de l'État. | Les combats continuent | direct | chef de l'État
          « Nous avons fait notre devoir », a déclaré le chef de la diplomatie russe, Sergueï Lavrov. | Nous avons fait notre devoir | direct | Sergueï Lavrov
          Le président syrien Bachar al-Assad a parlé à Damas. « Nous vaincrons », a déclaré le président syrien. | Nous vaincrons | direct | Bachar al-Assad
          Son collègue au Commerce Gary Locke a estimé que les sanctions suffisaient. | les sanctions suffisaient | indirect | Gary Locke
          Le Premier ministre britannique David Cameron est à Paris. Le ministre britannique de la Défense a déclaré que les avions étaient prêts. | les avions étaient prêts | indirect | ministre britannique de la Défense
          « Plus de 400 civils ont été tués à Homs », a déclaré Rami Abdel Rahmane, chef de l'OSDH. | Plus de 400 civils | direct | Rami Abdel Rahmane
          Le porte-parole de l'OTAN a, mardi soir à Bruxelles, déclaré que l'alliance restait unie. | l'alliance restait unie | indirect | porte-parole de l'OTAN
          Le président turc, qui s'exprimait devant la presse à Ankara, a affirmé que la Turquie soutenait Bakou. | la Turquie soutenait Bakou | indirect | président turc
          Les combats ont repris dans la vieille ville selon des témoins. | Les combats ont repris | indirect | témoins
          « Nous partirons demain », a déclaré le ministre Paul Renaud. Les chars du colonel Khalil Mansour seront détruits, a-t-il ajouté. | Les chars du colonel | indirect | Paul Renaud
          La Russie a exhorté les parties à faire preuve de retenue. | les parties à faire preuve | indirect | Russie
          Le ministre Paul Renaud a annoncé mardi avoir signé un accord avec Rabat. | avoir signé un accord | indirect | Paul Renaud
          La porte-parole Claire Morel assure n'avoir reçu aucune menace. | reçu aucune menace | indirect | Claire Morel
          Le maire Luc Bernard a fait état de plusieurs blessés dans le quartier nord. | plusieurs blessés | indirect | Luc Bernard
          Le gouvernement malien réclame le retrait immédiat des troupes étrangères. | le retrait immédiat des troupes | indirect | gouvernement malien
          Le ministre Marc Leroy a quitté la réunion, affirmant que l'accord était mort. | l'accord était mort | indirect | Marc Leroy
          Le général Yves Arnaud défend l'opération, tout en assurant que les civils sont épargnés. | les civils sont épargnés | indirect | Yves Arnaud
          Le président Henri Vidal a salué le courage des soldats et accusé l'opposition de mentir. | l'opposition de mentir | indirect | Henri Vidal
          Le secrétaire général Jean Dupuis se dit préoccupé par la situation à Gao. | préoccupé par la situation | indirect | Jean Dupuis
          Trois soldats ont été tués, selon un porte-parole de l'armée malienne cité par la radio. | Trois soldats ont été tués | indirect | porte-parole de l'armée malienne
          14h10 : Selon le ministère de l'Intérieur, le convoi a quitté la capitale. | le convoi a quitté la capitale | indirect | ministère de l'Intérieur
          Selon le ministère de la Défense, les troupes tiennent le port, les rebelles affirmant que la ville résiste encore. | les troupes tiennent le port | indirect | ministère de la Défense
          Selon le ministère de la Défense, les troupes tiennent le port, les rebelles affirmant que la ville résiste encore. | la ville résiste encore | indirect | rebelles
          Le gouvernement Lemaire annonce des mesures, Paris évoquant une « crise » et condamnant « une provocation inacceptable ». | une provocation inacceptable | mixed | Paris
          « Rien n'est réglé », a ajouté le ministre Luc Ferrand en précisant que les discussions reprendraient lundi. | les discussions reprendraient | indirect | Luc Ferrand
          Le maire Alain Roche se dit confiant, même s'il juge peu probable que les travaux finissent en mai. | les travaux finissent en mai | indirect | Alain Roche
          Deux navires ont quitté le port mardi, selon la presse grecque, en direction de la Crète. | Deux navires ont quitté le port | indirect | presse grecque
          Plusieurs pays européens ont appelé à la reprise immédiate des négociations. | à la reprise immédiate | indirect | Plusieurs pays européens
          Le colonel Marc Vidal, qui a annoncé à la radio la fin des opérations, a quitté la ville. | la fin des opérations | indirect | Marc Vidal
          L'expert Hugo Lenoir connaît la région. Il conseille d'éviter les routes du nord. | d'éviter les routes du nord | indirect | Hugo Lenoir
          Le pont a été détruit pendant la nuit, a annoncé dimanche soir le général Omar Haddad. | Le pont a été détruit | indirect | Omar Haddad
          « Nous refusons toute ingérence », écrivent dans un communiqué les partis de l'opposition. | Nous refusons toute ingérence | direct | partis de l'opposition
          Les manifestants se sont réunis mardi devant le parlement de la capitale.\\nLa militante Nadia Saleh a écrit sur Twitter :\\nNous continuerons à manifester chaque vendredi. | Nous continuerons à manifester | direct | Nadia Saleh
          Les arrestations ont repris mardi dans plusieurs villes du pays.\\nLe blogueur Sami Tlili craint que :\\nLes arrestations se multiplient dans les quartiers pauvres. | Les arrestations se multiplient | direct | Sami Tlili
          La militante Leila Haddad (@leilah) a réagi sur Twitter.\\n@leilah : Nous resterons sur la place jusqu'au bout. | Nous resterons sur la place | direct | Leila Haddad
          Le journaliste Karim Saadi couvre la manifestation.\\n@karimsaadi: La police charge la foule devant le parlement. | La police charge la foule | direct | Karim Saadi
          Le Comité international de la Croix-Rouge (CICR) est présent à Gaza. Le CICR a déclaré que l'aide manquait. | l'aide manquait | indirect | Comité international de la Croix-Rouge
          Le chauffeur Samir Haddad conduit depuis vingt ans. « Les routes sont dangereuses », dit Samir. | Les routes sont dangereuses | direct | Samir Haddad
          « Nous resterons sur place », a déclaré le secrétaire d'État à la Défense, Jean Morel. | Nous resterons sur place | direct | Jean Morel
          Washington a durci ses sanctions contre le régime birman. Le régime a répondu que ces mesures étaient illégales. | ces mesures étaient illégales | indirect | régime birman
          « Le convoi est bloqué à la frontière », rapporte l'agence de presse turque Anadolu. | Le convoi est bloqué | direct | agence de presse turque Anadolu
          Le président Paul Morel est arrivé à Dakar. Le chef de l'État a déclaré que la visite serait brève. | la visite serait brève | indirect | Paul Morel
          Le ministre des Affaires étrangères Jean Morin est à Rome. Le chef du Quai d'Orsay a souligné que l'accord tenait. | l'accord tenait | indirect | Jean Morin
          Le porte-parole du Premier ministre, Marc Petit, est à Berlin. Le Premier ministre a déclaré que le budget serait voté. | le budget serait voté | indirect | Premier ministre
          « Nous resterons vigilants », déclare le secrétaire au Foreign Office, John Smith. | Nous resterons vigilants | direct | John Smith
          « Personne ne viendra ce soir », soupire la serveuse du café. | Personne ne viendra | direct | serveuse du café
          Le gardien Omar Saleh montre la porte du musée. Il lâche : « Ils ont tout pris. » | Ils ont tout pris | direct | Omar Saleh
          Le maire Henri Blanc visite le chantier. La ville, assure-t-il, sera reconstruite avant l'hiver. | sera reconstruite avant l'hiver | indirect | Henri Blanc
          Le ministre Paul Roux a appelé à la retenue en refusant de commenter les rumeurs. | de commenter les rumeurs | indirect | Paul Roux
          Le chercheur Ali Ahmed connaît bien le pays. « Le régime a gouverné avec son clan », analyse-t-il. | Le régime a gouverné | direct | Ali Ahmed
          « Toutes les cibles visées sont militaires », a affirmé, dans un communiqué publié dans la nuit, le général Marc Durand. | Toutes les cibles visées | direct | Marc Durand
          Les pluies ont cessé, a déclaré, lors d'une conférence de presse à Niamey, le ministre Issa Garba. | Les pluies ont cessé | indirect | Issa Garba
          Le ministre de l'Intérieur, Paul Martin, a lancé à ses partisans : « Préparez-vous à défendre le pays ». | Préparez-vous à défendre | direct | Paul Martin
          Le militant Karim Saïd est en colère. « Ils ne savent pas gouverner, poursuit-il. Le parti n'a aucune autonomie. » | Le parti n'a aucune autonomie | direct | Karim Saïd
          Le général Marc Durand est arrivé à Gao. « Nous resterons, affirme le général, jusqu'au bout de la mission. » | jusqu'au bout de la mission | direct | Marc Durand
          « Nous partirons demain », a déclaré le ministre Paul Martin. Le chercheur Ali Ahmed reste sceptique. « Rien n'est décidé », estime-t-il. | Rien n'est décidé | direct | Ali Ahmed
          Selon l'amiral Luca Bianchi cité par le journal Der Spiegel, ces missiles peuvent réapparaître partout. | ces missiles peuvent réapparaître | indirect | Luca Bianchi
          Selon des sources médicales dans un hôpital de campagne, au moins dix personnes ont été tuées. | dix personnes ont été tuées | indirect | sources médicales
          Selon le colonel Omar Idriss ayant fait défection, l'armée ne contrôle plus le sud. | l'armée ne contrôle plus le sud | indirect | Omar Idriss
          Les combats ont fait près de 300 morts, selon un officiel du gouvernement parlant sous couvert d'anonymat. | ont fait près de 300 morts | indirect | officiel du gouvernement
          Cinquante personnes ont péri dans les violences, selon un bilan de l'Observatoire syrien des droits de l'homme. | Cinquante personnes ont péri | indirect | Observatoire syrien des droits de l'homme
          La manifestation a rassemblé des milliers de personnes sur la place centrale mardi soir.\\n@ahmedk (Ahmed Kamal) salue le geste :\\nC'est un grand jour pour tout le pays.\\nLa foule est restée jusqu'au soir. | C'est un grand jour | direct | Ahmed Kamal
          La manifestation a rassemblé des milliers de personnes sur la place centrale mardi soir.\\nAu Caire, le blogueur Nour Adel écrit :\\n@nadel: Les rues sont vides ce soir dans le centre.\\nLa foule est restée jusqu'au soir. | Les rues sont vides | direct | Nour Adel
          La présidence égyptienne a réagi en affirmant que le dialogue restait possible. | le dialogue restait possible | indirect | présidence égyptienne
          Le général Paul Martin avait la veille estimé que la trêve ne tiendrait pas. | la trêve ne tiendrait pas | indirect | Paul Martin
          Le ministre Karim Said a pour la première fois assuré devant la presse que les élections auraient lieu. | les élections auraient lieu | indirect | Karim Said
          Un haut responsable de l'ONU a estimé que les convois passeraient bientôt. | les convois passeraient | indirect | haut responsable de l'ONU
          Le ministère de la Défense n'a pas confirmé ces chiffres mais a assuré que l'enquête avançait. | l'enquête avançait | indirect | ministère de la Défense
          Certains estiment que la ville tombera avant l'hiver. | la ville tombera | indirect | Certains
          « Ils tirent sur la foule », crie l'un d'entre eux. | Ils tirent sur la foule | direct | un d'entre eux
          Sur la place, Omar Khaled, 31 ans, qui jure qu'il ne partira pas, attend les autres. | il ne partira pas | indirect | Omar Khaled
          Moscou, allié de Damas, a affirmé que les livraisons continueraient. | les livraisons continueraient | indirect | Moscou
          Le colonel Ali Hassan, citant des témoins, a accusé les rebelles de « piller les maisons ». | piller les maisons | mixed | Ali Hassan
          Deux députés, Jean Martin et Paul Roux, ont fait savoir qu'ils voteraient contre le texte. | ils voteraient contre | indirect | Jean Martin et Paul Roux
          La situation est « très préoccupante » s'inquiète Pierre Durand de l'Institut Montaigne. | très préoccupante | mixed | Pierre Durand
          Selon le CNS il avait quitté le pays en mars. | il avait quitté le pays | indirect | CNS
          Le ministre a déclaré que la ville était calme, tandis que Moscou a affirmé que les frappes visaient des terroristes. | les frappes visaient | indirect | Moscou
          « Toutes les informations indiquent que le régime prépare un massacre » dans la ville, a affirmé le CNS. | le régime prépare un massacre | mixed | CNS
          Selon l'Observatoire syrien des droits de l'homme (OSDH), le raid a fait dix morts. | le raid a fait dix morts | indirect | Observatoire syrien des droits de l'homme
          Selon un ancien conseiller du président qui vit à Londres, la famille contrôle l'armée. | la famille contrôle l'armée | indirect | ancien conseiller du président
          « Les négociations sont au point mort », confie à l'AFP un diplomate européen. | au point mort | direct | diplomate européen
          Selon le vice-ministre libyen de la Santé, les hôpitaux manquent de tout. | les hôpitaux manquent | indirect | vice-ministre libyen de la Santé
          Pierre Moreau a défendu la réforme devant les députés. « Nous irons jusqu'au bout », a souligné le chef de l'État. | Nous irons jusqu'au bout | direct | Pierre Moreau
          Pierre Moreau a visité l'usine mardi. Le ministre de la Défense a déclaré que les commandes étaient signées. | les commandes étaient signées | indirect | ministre de la Défense
          Paul Morel a quitté Rome mardi. Le ministre italien de l'Intérieur a affirmé que les frontières resteraient ouvertes. | les frontières resteraient ouvertes | indirect | ministre italien de l'Intérieur
          Le chef du Hezbollah Hassan Nasrallah a affirmé que la résistance continuerait. | la résistance continuerait | indirect | Hassan Nasrallah
          « Le dossier est solide », a déclaré Paul Girard.\\nL'avocat a ajouté que l'audience aurait lieu en mai. | l'audience aurait lieu en mai | indirect | Paul Girard
          Le Washington Post a rapporté que les négociations étaient rompues. Selon le quotidien américain, les diplomates ont quitté Genève. | les diplomates ont quitté Genève | indirect | Washington Post
          Le président syrien a affirmé que les réformes viendraient. Mardi, le président syrien Bachar el-Assad a reçu l'émissaire de l'ONU. | les réformes viendraient | indirect | Bachar el-Assad
          Le président syrien a affirmé que les réformes viendraient. Mardi, le président américain Barack Obama a reçu l'émissaire de l'ONU. | les réformes viendraient | indirect | président syrien
          La ministre de la Justice Christiane Taubira a affirmé que la loi serait votée. | la loi serait votée | indirect | Christiane Taubira
          « Nous enquêtons », a déclaré l'Unesco. Alors que la foule grondait, le gardien Omar Saleh a fermé la porte. « Ils ont tout pris », raconte-t-il. | Ils ont tout pris | direct | Omar Saleh
          « Les pièces sont toutes identifiées », rappelle l'Unesco. Devant l'entrée du musée, Omar Saleh, le gardien, regarde la rue. « Ils ont tout pris », raconte-t-il. | Ils ont tout pris | direct | Omar Saleh
          Le Comité national, qui représente les insurgés, a aussitôt rejeté cette proposition de trêve. | cette proposition de trêve | indirect | Comité national
          La Turquie appelle à un cessez-le-feu immédiat et à des négociations, a déclaré le ministre turc de la Défense Ali Demir. | La Turquie appelle à un cessez-le-feu | indirect | Ali Demir
          Le gouvernement mis en place par les rebelles estime que la capitale commettrait une faute grave. | la capitale commettrait | indirect | gouvernement
          Entre la capitale et le port, on atteint « deux extrêmes en termes de sécurité », résume Paul Durand, le directeur de l'hôtel. | deux extrêmes en termes de sécurité | mixed | Paul Durand
          Les combats ont repris au lendemain d'une visite du ministre Jean Dupont qui a indiqué que les troupes resteraient. | les troupes resteraient | indirect | Jean Dupont
          Le ministre Jean Dupont défend sa politique devant les députés. « Nous ne conduisons pas une guerre contre ce pays ». | Nous ne conduisons pas une guerre | direct | Jean Dupont
          Selon le maire Paul Roux, le régime veut reprendre la ville. « Ils ont coupé l'électricité. Les familles sont parties. » | Ils ont coupé l'électricité | direct | Paul Roux
          Le 7 mars, le reporter Pierre Durand décrypte pour son journal les combats : « La volonté des insurgés a rencontré celle du régime. » | La volonté des insurgés | direct | Pierre Durand
          Le ministre Jean Dupont a été très clair devant les députés : « Nous ne céderons rien aux insurgés. » | Nous ne céderons rien | direct | Jean Dupont
          Le chercheur Paul Martin : « La guerre civile est déjà là, et personne ne veut le voir. » | La guerre civile est déjà là | direct | Paul Martin
          « Les boutiques ont fermé avant midi », a déclaré pour sa part un commerçant du souk. | Les boutiques ont fermé | direct | commerçant du souk
          « Les chars sont aux portes de la ville », a dit par téléphone à l'AFP le colonel Ali Farid. | Les chars sont aux portes | direct | Ali Farid
          « Le pays traverse une crise profonde », analyse Nadia Kassem. | Le pays traverse une crise | direct | Nadia Kassem
          « On ne nous a jamais rien expliqué », s'emporte un commerçant du marché. | On ne nous a jamais rien expliqué | direct | commerçant du marché
          « La relève est prête », fait savoir le général Omar Said. | La relève est prête | direct | Omar Said
          La colonne a quitté la ville avant l'aube, a ajouté l'un des témoins. | La colonne a quitté la ville | indirect | un des témoins
          « Ce vote est une victoire pour le droit », a réagi l'avocate Hana Salem. | Ce vote est une victoire | direct | Hana Salem
          La manifestation a continué toute la nuit devant le siège du parlement.\\nLa militante Rania Adel approuve :\\nCe soir, personne ne rentrera chez soi avant l'aube.\\nLa police est restée à distance. | personne ne rentrera chez soi | direct | Rania Adel
          La manifestation a continué toute la nuit devant le siège du parlement.\\nLe blogueur Sami Adel a conclu son direct avec ce message de Karim Nour :\\nNous n'oublierons jamais ceux qui sont tombés ici.\\nLa police est restée à distance. | Nous n'oublierons jamais | direct | Karim Nour
          La manifestation a continué toute la nuit devant le siège du parlement.\\nLeila Mansour, la journaliste et militante tunisienne, qui a passé deux mois en prison, a écrit sur Facebook :\\nNous ne nous tairons pas, quoi qu'il arrive demain.\\nLa police est restée à distance. | Nous ne nous tairons pas | direct | Leila Mansour
          La manifestation a continué toute la nuit devant le siège du parlement.\\nNabil Ferjani, le militant qui a passé deux mois en prison l'an dernier, a écrit sur Facebook :\\nLa rue ne se taira pas, quoi qu'il arrive demain.\\nLa police est restée à distance. | La rue ne se taira pas | direct | Nabil Ferjani
          Karim Belhaj, le porte-parole du comité, qui s'exprimait devant la presse, a affirmé que la grève continuerait. | la grève continuerait | indirect | Karim Belhaj
          Samir Oudaya regarde ce qui reste de sa boutique. « Ils ont tout pris », raconte Smair. | Ils ont tout pris | direct | Samir Oudaya
          L'ancien président tunisien Karim Haddad a quitté le pays. Parmi les témoins, l'Algérienne Nadia Benali, qui vit à Paris. C'est elle qui affirme que la police a tiré sur la foule. | la police a tiré | indirect | Nadia Benali
          Selon la Croix-Rouge, l'hôpital a été touché. À l'entrée du bâtiment, Yassine Amrani, chargé de la garde, contemple les décombres. « La nuit, un obus a détruit la pharmacie », raconte-t-il. | un obus a détruit | direct | Yassine Amrani
          La manifestation a réuni des milliers de personnes, selon Karim Haddad.\\n@kh_tunis: Nous étions plus de dix mille ce soir sur la place centrale. | Nous étions plus de dix mille | direct | @kh_tunis
          """)
  void findsTheQuoteAndItsSpeaker(String text, String snippet, String kind, String speaker) {
    Article article = analyze(text.replace("\\n", "\n"));
    Quote quote =
        article.quotes().stream().filter(q -> q.text().contains(snippet)).findFirst().orElse(null);
    assertNotNull(quote, () -> "no quote with '" + snippet + "' in " + describe(article));
    assertEquals(kind, quote.kind().json(), () -> describe(article));
    assertNotNull(quote.speaker().canonical(), () -> describe(article));
    assertEquals(
        SpeakerNames.key(speaker),
        SpeakerNames.key(quote.speaker().canonical()),
        () -> describe(article));
  }

  /** Each speaker says how it was resolved, one row per kind of resolution. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le Haut-Commissariat aux réfugiés (HCR) est à Tunis. Le HCR a indiqué que les camps étaient pleins. | les camps étaient pleins | acronym of
          La ministre Anne Roche est arrivée à Alger. « Nous sommes prêts », a-t-elle déclaré. | Nous sommes prêts | pronoun →
          Le chauffeur Samir Haddad conduit depuis vingt ans. « Les routes sont dangereuses », dit Samir. | Les routes sont dangereuses | first name →
          Le porte-parole du ministère, Maria Zakharova, était présente. La porte-parole a ajouté que Moscou attendait. | Moscou attendait | role → introduced as
          « La ville est calme », a déclaré un diplomate occidental. | La ville est calme | role kept as written
          Washington vise le régime birman. Le régime a répondu que ces mesures étaient illégales. | ces mesures étaient illégales | generic noun → named before as
          « Le convoi est bloqué », rapporte l'agence de presse turque Anadolu. | Le convoi est bloqué | organisation named with its noun
          « Nous partirons », a déclaré le ministre Paul Martin. Le chercheur Ali Ahmed reste sceptique. « Rien n'est décidé », estime-t-il. | Rien n'est décidé | pronoun → subject of an earlier sentence
          Pierre Moreau a défendu la réforme devant les députés. « Nous irons jusqu'au bout », a souligné le chef de l'État. | Nous irons jusqu'au bout | role → person of its paragraph
          Le Washington Post a rapporté que les négociations étaient rompues. Selon le quotidien américain, les diplomates ont quitté Genève. | les diplomates ont quitté Genève | generic noun → source just quoted
          Le président syrien a affirmé que les réformes viendraient. Mardi, le président syrien Bachar el-Assad a reçu l'émissaire de l'ONU. | les réformes viendraient | role → introduced elsewhere as
          « La trêve tient toujours », a indiqué le porte-parole de l'armée, le colonel Marc Vidal. | La trêve tient | role → apposed name
          « Les chars avancent », a raconté un témoin. « Ils tirent partout », a ajouté ce témoin. | Ils tirent partout | role → the same
          """)
  void explainsHowTheSpeakerWasResolved(String text, String snippet, String evidence) {
    Article article = analyze(text);
    Quote quote =
        article.quotes().stream().filter(q -> q.text().contains(snippet)).findFirst().orElse(null);
    assertNotNull(quote, () -> "no quote with '" + snippet + "' in " + describe(article));
    assertTrue(
        quote.speaker().evidence().startsWith(evidence),
        () -> quote.speaker().evidence() + " in " + describe(article));
  }

  /**
   * The cue is the verb phrase that introduces the statement: up to the complementiser when the
   * statement follows, the whole incise (its subject too) when it precedes.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le ministre Paul Roux affirme que la trêve tient toujours. | la trêve tient | affirme que
          Le ministre Paul Roux a plaidé pour que la trêve soit prolongée. | la trêve soit prolongée | a plaidé pour que
          Le ministre Paul Roux juge nécessaire que la trêve soit prolongée. | la trêve soit prolongée | juge nécessaire que
          « La trêve tient toujours », assure le général Marc Vidal. | La trêve tient | assure le général Marc Vidal
          """)
  void cueIsTheReportingVerbPhrase(String text, String snippet, String cue) {
    Article article = analyze(text);
    Quote quote =
        article.quotes().stream().filter(q -> q.text().contains(snippet)).findFirst().orElse(null);
    assertNotNull(quote, () -> "no quote with '" + snippet + "' in " + describe(article));
    assertNotNull(quote.cue(), () -> describe(article));
    assertEquals(cue, quote.cue().text(), () -> describe(article));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le film « Le Parrain » est sorti en 1972 dans les salles américaines.
          Les « casques bleus » sont déployés depuis novembre dans la région.
          Il a été annoncé que l'école fermera ses portes en juin prochain.
          La déclaration selon laquelle la guerre est finie a surpris les observateurs.
          Il est important que les parties reprennent le dialogue rapidement.
          Pour discuter des prochaines étapes, une réunion a été organisée à Genève.
          Les forces gouvernementales ont repris la ville de Syrte après trois jours de combats.
          Les combats ont repris dans la nuit, dit-on à Tripoli.
          En soulignant que la situation était grave, le texte appelle à la retenue.
          Le ministre n'a annoncé aucune réforme lors de son discours à Dakar.
          Le gouverneur a inauguré le pont neuf, n'a évoqué aucun calendrier pour la suite.
          Les chars avançant vers la ville, les habitants ont fui vers le sud.
          Cette torture a plusieurs noms, selon les méthodes, plus ou moins barbares, employées par la police.
          Les supporters ont crié au scandale après le but refusé par l'arbitre du match.
          Le bilan de la journée est très lourd : « des dizaines de morts dans le quartier ».
          Dans ce débat, il y a un petit livre de Samir Kassir : « Considérations sur le malheur arabe ».
          C'est ce qui explique que la ville soit restée calme pendant la nuit.
          La manifestation a duré toute la nuit.\\nLe photographe Ali Said publie cette vidéo de la place :\\nLes manifestants allument des bougies devant le parlement.
          La manifestation a duré toute la nuit.\\nElle a été publiée par un habitant du quartier :\\nLes manifestants allument des bougies devant le parlement.
          """)
  void findsNoStatementWhereThereIsNone(String text) {
    Article article = analyze(text.replace("\\n", "\n"));
    assertTrue(article.quotes().isEmpty(), () -> describe(article));
  }

  static String describe(Article article) {
    List<Quote> quotes = article.quotes();
    return quotes.isEmpty()
        ? "no quotes"
        : quotes.stream()
            .map(
                q ->
                    q.kind().json()
                        + " "
                        + q.speaker().text()
                        + " → "
                        + q.speaker().canonical()
                        + " | "
                        + (q.cue() == null ? null : q.cue().text())
                        + " | "
                        + q.text())
            .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
