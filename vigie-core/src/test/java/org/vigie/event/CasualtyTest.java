package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.model.Event;

/** One row per French way of stating a toll; figures that are not people are never counted. */
class CasualtyTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "L'explosion a fait 7 morts et 20 blessés dans le centre. | 7 | 20 | -",
        "Les tirs ont tué 4 policiers et en ont blessé 9 autres. | 4 | 9 | -",
        "Une attaque a fait au moins 12 morts au marché. | 12 | - | au moins",
        "Le bombardement a fait plus de 1.500 morts selon l'ONU. | 1500 | - | plus de",
        "Le séisme politique a coûté la vie à 1 500 civils. | 1500 | - | -",
        "La famine et la guerre ont fait 1,5 million de morts. | 1500000 | - | -",
        "Trois soldats ont été tués lors de l'assaut. | 3 | - | -",
        "Vingt-deux civils ont péri dans l'incendie du camp. | 22 | - | -",
        "Onze passagers ont trouvé la mort dans l'attaque du bus. | 11 | - | -",
        "Le bilan de l'attentat s'élève à 11 morts. | 11 | - | -",
        "Les miliciens ont ouvert le feu, faisant 4 victimes. | 4 | - | -",
        "Six manifestants ont été blessés par balles. | - | 6 | -",
        "Entre 10 et 15 personnes ont été tuées dans le village. | 10 | - | entre 10 et 15",
        "Près de 300 personnes ont été tuées depuis mardi. | 300 | - | près de",
        "Cinq personnes, dont deux enfants, ont été tuées à l'aube. | 5 | - | -",
        "Le chef rebelle a été tué dans une embuscade. | 1 | - | -",
        "Un mort et trois blessés ont été relevés après la fusillade. | 1 | 3 | -",
        "La répression a causé la mort de 14 manifestants. | 14 | - | -",
        "Selon l'hôpital, 12 ont été tués et 40 blessés lors du raid. | 12 | 40 | -",
        "Trois d'entre eux ont été tués près du barrage. | 3 | - | -",
        "Deux des otages ont été blessés pendant l'assaut. | - | 2 | -",
        "Quatre militants ont été tués dans l'embuscade. | 4 | - | -",
        "Les obus ont tué jeudi cinq personnes dans le quartier. | 5 | - | -",
        "La police a tué 2 manifestants et en a blessé grièvement six autres. | 2 | 6 | -",
        "La guerre a tué, selon l'ONU, plus de 70 000 personnes. | 70000 | - | plus de",
        "Trois de ses fils ont été tués pendant la guerre. | 3 | - | -",
        "Les déserteurs ont attaqué un convoi, tuant sept d'entre eux. | 7 | - | -",
        "Le photographe a été grièvement blessé par une balle. | - | 1 | -",
        "Le ministre aurait été blessé lors de l'attaque du convoi. | - | 1 | -",
        "La police a tiré sur la foule, tué une personne et en a blessé quatre autres. | 1 | 4 | -",
        "Un garde du palais a été tué dans la nuit. | 1 | - | -",
        "Deux miliciens ont tué trois villageois près du puits. | 3 | - | -",
        "Plus de 100 personnes ont péri, l'armée a ensuite envoyé des chars. | 100 | - | plus de",
        "Des policiers sont jugés après la mort de 40 manifestants. | 40 | - | -",
        "Deux manifestants trouvaient la mort devant le palais. | 2 | - | -",
        "L'explosion a causé la mort d'environ 30 personnes. | 30 | - | environ",
        "Ces violences portent à douze le nombre de morts dans la province. | 12 | - | -",
        "Selon l'hôpital, le nombre de blessés serait de 40. | - | 40 | -",
        "Le bilan des tués est maintenant supérieur à 300. | 300 | - | -",
        "Trois de leurs camarades avaient été tués dans la nuit. | 3 | - | -",
        "Le milicien a tué mon frère devant la maison. | 1 | - | -",
        "On compte désormais plus de 200 morts dans la région. | 200 | - | plus de",
        "L'attentat a tué un haut responsable et 48 autres personnes. | 49 | - | -",
        "Le raid a blessé le gouverneur ainsi que trois autres membres du conseil. | - | 4 | -",
        "Selon l'ONG, le bilan s'élève désormais à 25. | 25 | - | -",
        "Le bilan provisoire de l'attaque est de 18, selon la police. | 18 | - | -",
        "Les habitants pleurent la mort mercredi de 60 personnes. | 60 | - | -",
        "Ankara dénonce la mort dans une explosion de plus de 20 ouvriers. | 20 | - | plus de",
        "La milice annonce le décès, samedi, de trois combattants. | 3 | - | -",
        "Les garde-côtes ont retrouvé les corps de neuf pêcheurs. | 9 | - | -",
        "Douze nouveaux corps ont été découverts dans le fleuve. | 12 | - | -",
        "L'embuscade coûta la vie à 40 soldats au col. | 40 | - | -",
        "La police a arrêté 164 personnes lors de rafles au cours desquelles 19 personnes ont été"
            + " blessées. | - | 19 | -",
        "Sept villageois ont péri au cours de l'incendie du hameau. | 7 | - | -",
        "Quarante manifestants ont succombé au cours de la nuit. | 40 | - | -",
        "Neuf pêcheurs ont perdu la vie au large du port. | 9 | - | -",
        "Parmi les morts figurent 12 civils, 8 policiers et 4 insurgés. | 24 | - | -",
        "Parmi les blessés, on compte 6 soldats et 9 miliciens. | - | 15 | -",
        "Six gendarmes et deux déserteurs ont été tués au barrage. | 8 | - | -",
        "L'orage de feu a fauché la vie de 31 civils. | 31 | - | -",
        "Le siège aurait fait entre 2.000 et 3.000 morts. | 2000 | - | -"
      })
  void tollIsRead(String sentence, Integer killed, Integer injured, String qualifier) {
    Event e = Sentences.ofType(sentence, "ASSAULT");
    assertEquals(killed, e.killed(), e.toString());
    assertEquals(injured, e.injured(), e.toString());
    if (qualifier != null) {
      assertEquals(qualifier, e.countQualifier());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Des dizaines de morts ont été signalés dans la ville.",
        "Une centaine de blessés ont été soignés à l'hôpital.",
        "De nombreux civils ont été tués dans les combats."
      })
  void vagueTollHasNoCountButKeepsItsPhrase(String sentence) {
    List<Event> events = Sentences.events(sentence);
    assertTrue(events.stream().allMatch(e -> e.killed() == null && e.injured() == null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Quatre frappes ont été effectuées sur le village de Parukh.",
        "Un garçon de 12 ans a été blessé par un éclat.",
        "La 78e session de l'Assemblée s'est ouverte sur des accusations.",
        "Le pays a reçu 300 millions de dollars depuis l'attaque.",
        "Les combats ont repris le 26 mars 2021 dans la région.",
        "Le correspondant de Radio 24, blessé à la jambe, a été évacué vers Tunis.",
        "Plus de 90 % des habitants ont été victimes de coupures d'électricité.",
        "16 h 54 : tous ceux qui sont morts sous ce régime seront honorés.",
        "16 h 54 : « Nous honorons ceux qui sont morts », dit-il.",
        "Il a reçu 12 voix : Nous avons été tués politiquement, dit le candidat.",
        "14h58 : le colonel a été tué, annonce le porte-parole."
      })
  void figuresThatAreNotPeopleAreNotCounted(String sentence) {
    for (Event e : Sentences.events(sentence)) {
      assertTrue(
          e.killed() == null || e.killed() == 1, "counted a figure that is not people: " + e);
      assertTrue(e.injured() == null || e.injured() == 1, e.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "La journaliste a été victime d'une agression dans la foule.",
        "Les policiers isolent une victime et la frappent.",
        "Un avion de chasse a été abattu au-dessus du désert.",
        "L'opposant et deux autres militants ont été condamnés à mort par le tribunal.",
        "Le député a reçu des menaces de mort après son discours.",
        "Le pays est un corps social malade, dit-il.",
        "Il a succédé à son père après la mort de celui-ci le 10 juin de 2000 hommes.",
        "Le corps des officiers de 1150 hommes a été dissous.",
        "Parmi les victimes figurent 6 enfants et 4 femmes.",
        "Parmi les morts figurent 3 civils."
      })
  void noOneIsCountedWhereNoOneDied(String sentence) {
    for (Event e : Sentences.events(sentence)) {
      assertNull(e.killed(), e.toString());
      assertNull(e.injured(), e.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Les combats ont fait 5 morts chez les rebelles et 30 soldats. | 5 | 30",
        "L'embuscade a fait 2 morts dans la milice et 7 policiers. | 2 | 7"
      })
  void coordinatedFigureOfPeopleCountsLikeTheTollBeforeIt(String sentence, int first, int second) {
    List<Integer> killed =
        Sentences.events(sentence).stream()
            .map(Event::killed)
            .filter(java.util.Objects::nonNull)
            .toList();
    assertEquals(List.of(first, second), killed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Un kamikaze s'est fait exploser devant la mosquée, tuant 14 fidèles. | 14",
        "Deux soldats sont morts et trois autres ont été blessés dans l'embuscade. | 2",
        "Huit civils seraient décédés dans le bombardement du marché. | 8"
      })
  void oneStatementIsOneEventWithItsToll(String sentence, int killed) {
    List<Event> events = Sentences.events(sentence);
    assertEquals(1, events.size(), events.toString());
    assertEquals(killed, events.get(0).killed());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le conflit a fait plus de 70.000 morts depuis 2011. | 70000",
        "Au total, 350 personnes ont été tuées depuis le début de la révolte. | 350"
      })
  void cumulativeTollIsMarked(String sentence, int killed) {
    Event e = Sentences.ofType(sentence, "ASSAULT");
    assertEquals(killed, e.killed());
    assertTrue(e.cumulative(), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Les frappes ont tué 3 soldats de l'Artsakh et en ont blessé 15 autres. | soldats de"
            + " l'Artsakh",
        "Deux civils ont été tués par un obus. | civils"
      })
  void victimsAreNamed(String sentence, String victims) {
    Event e = Sentences.ofType(sentence, "ASSAULT");
    assertEquals(List.of(victims), e.victims());
    assertNull(e.countPhrase() == null ? "missing phrase" : null);
  }
}
