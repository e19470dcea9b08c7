package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Event;

/** One French sentence per class of event: its PLOVER type and subtype. */
class EventTypeTest {
  @ParameterizedTest(name = "{1}/{2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Des frappes aériennes ont visé la capitale dans la nuit. | ASSAULT | airstrike",
        "Deux frappes de drones ont touché un dépôt près de la frontière. | ASSAULT | drone-strike",
        "L'artillerie a pilonné les quartiers sud pendant des heures. | ASSAULT | shelling",
        "Des bombardements ont repris sur la vieille ville. | ASSAULT | shelling",
        "De violents combats opposent l'armée aux insurgés. | ASSAULT | armed-clash",
        "Des affrontements ont éclaté entre policiers et jeunes. | ASSAULT | armed-clash",
        "Quatre soldats et deux rebelles ont été tués près du pont. | ASSAULT | armed-clash",
        "Un attentat à la voiture piégée a secoué le marché. | ASSAULT | bombing",
        "Les miliciens ont attaqué un poste de police. | ASSAULT | attack",
        "Le journaliste a été enlevé à la sortie de son hôtel. | ASSAULT | abduction",
        "La police a dispersé la foule avec des gaz lacrymogènes. | ASSAULT | crackdown",
        "Les rebelles se sont emparés de l'aéroport. | ASSAULT | territory-taken",
        "Les deux camps ont conclu un cessez-le-feu dans la nuit. | AGREE | ceasefire",
        "Les séparatistes annoncent un cessez-le-feu unilatéral. | RETREAT | ceasefire",
        "L'accord de paix a été signé samedi. | AGREE | agreement",
        "Erevan a remis les districts occupés à Bakou. | RETREAT | handover",
        "Les troupes se sont retirées de la ville. | RETREAT | withdrawal",
        "Des casques bleus sont stationnés le long de la ligne. | MOBILIZE | deployment",
        "Le pays a déployé deux mille soldats à la frontière. | MOBILIZE | deployment",
        "Les ministres ont tenu une réunion à Genève. | CONSULT | meeting",
        "Les négociations reprennent jeudi entre les délégations. | CONSULT | talks",
        "Le ministre s'est entretenu hier par téléphone avec son homologue. | CONSULT | call",
        "Le ministère a accusé son voisin de violer la trêve. | ACCUSE | accusation",
        "Le pape a appelé à la retenue. | REQUEST | appeal",
        "Moscou a exhorté les parties au calme. | REQUEST | appeal",
        "Trois opposants ont été arrêtés à leur domicile. | COERCE | arrest",
        "Des milliers de personnes ont manifesté dans la capitale. | PROTEST | demonstration",
        "Les dockers sont en grève depuis lundi. | PROTEST | strike",
        "Des émeutes ont éclaté dans la banlieue. | PROTEST | riot",
        "Le gouvernement menace de fermer la frontière. | THREATEN | threat",
        "L'opposition a rejeté le plan de sortie de crise. | REJECT | rejection",
        "L'Union a adopté de nouvelles sanctions contre le régime. | SANCTION | sanctions",
        "Un convoi d'aide humanitaire est entré dans la ville. | AID | humanitarian-aid",
        "Le blogueur a été libéré après onze jours. | CONCEDE | release",
        "Le gouverneur a présenté sa démission. | CONCEDE | resignation",
        "Des avions de la coalition ont attaqué une colonne de blindés. | ASSAULT | airstrike",
        "Des hélicoptères ont ouvert le feu sur la foule. | ASSAULT | airstrike",
        "Trois civils ont été tués par des obus tombés sur le marché. | ASSAULT | shelling",
        "Un avion de chasse a été abattu au-dessus du désert. | ASSAULT | attack",
        "L'hélicoptère abattu par les rebelles s'est écrasé dans le désert. | ASSAULT | attack",
        "Des hommes armés ont enlevé des dizaines de villageois. | ASSAULT | abduction",
        "Une journaliste a été enlevée par des rebelles près d'Alep. | ASSAULT | abduction",
        "L'armée a tiré trois missiles Scud sur la ville côtière. | ASSAULT | shelling",
        "Des missiles de croisière ont visé les défenses du port. | ASSAULT | airstrike",
        "Deux policiers ont été tués par un engin explosif au bord de la route. | ASSAULT | bombing",
        "Le président a appelé au calme après les violences. | REQUEST | appeal",
        "Le ministre s'est entretenu avec son homologue turc. | CONSULT | meeting",
        "Des dizaines d'opposants ont été écroués après la marche. | COERCE | arrest",
        "Le gouvernement a levé l'interdiction de manifester. | CONCEDE | concession",
        "La police a tiré sur les manifestants devant le palais. | ASSAULT | crackdown",
        "Plusieurs opposantes ont été agressées par des miliciens. | ASSAULT | crackdown",
        "Les manifestants ont attaqué le consulat dans la soirée. | ASSAULT | attack",
        "Les loyalistes ont repris la ville après trois jours. | ASSAULT | territory-taken",
        "La prise de l'aéroport a ouvert la route du sud. | ASSAULT | territory-taken"
      })
  void sentenceGivesItsType(String sentence, String type, String subtype) {
    Event e = Sentences.ofType(sentence, type);
    assertEquals(subtype, e.subtype(), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Two assaults of different subtypes in one sentence are two events.
        "Le chef du village a été enlevé puis exécuté par la milice. | abduction execution",
        // A generic attack word joins the specific assault it names.
        "L'attaque et le bombardement du quartier ont duré deux jours. | shelling"
      })
  void oneAssaultPerSubtype(String sentence, String subtypes) {
    List<String> found =
        Sentences.events(sentence).stream()
            .filter(e -> e.type().equals("ASSAULT"))
            .map(Event::subtype)
            .toList();
    assertEquals(List.of(subtypes.split(" ")), found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le groupe armé arrête ses attaques contre l'armée. | asserted",
        "Les rebelles ont cessé leurs bombardements sur la ville. | asserted",
        "L'ONU appelle à l'arrêt des combats dans le nord. | demanded"
      })
  void endOfAnAssaultIsACeasefireNotAnAssault(String sentence, String modality) {
    Event e = Sentences.ofType(sentence, "RETREAT");
    assertEquals("ceasefire", e.subtype(), e.toString());
    assertEquals(modality, e.modality().name().toLowerCase(java.util.Locale.ROOT));
    assertEquals(false, Sentences.hasType(sentence, "ASSAULT"), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"L'armée n'a cessé de bombarder les quartiers est. | shelling"})
  void deniedCessationIsTheAssaultGoingOn(String sentence, String subtype) {
    assertEquals(subtype, Sentences.ofType(sentence, "ASSAULT").subtype());
    assertEquals(false, Sentences.hasType(sentence, "RETREAT"), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Le ministre a pris la parole devant les députés. | ASSAULT",
        "Les délégués ont pris part au vote. | ASSAULT"
      })
  void takingWithoutAPlaceIsNoCapture(String sentence, String type) {
    assertEquals(false, Sentences.hasType(sentence, type), sentence);
  }
}
