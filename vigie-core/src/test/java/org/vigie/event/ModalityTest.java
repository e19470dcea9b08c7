package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Event;
import org.vigie.model.EventModality;

/** Whether a sentence reports its event as a fact: one row per modality. */
class ModalityTest {
  @ParameterizedTest(name = "{2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "L'armée a bombardé la ville. | ASSAULT | ASSERTED",
        "L'armée n'a pas bombardé la ville. | ASSAULT | DENIED",
        "Le ministère a démenti toute attaque contre les civils. | ASSAULT | DENIED",
        "Une offensive pourrait être lancée dès demain. | ASSAULT | HYPOTHETICAL",
        "Washington a évoqué la possibilité d'un massacre dans la ville. | ASSAULT | HYPOTHETICAL",
        "L'hypothèse d'une offensive pousse les habitants à partir. | ASSAULT | HYPOTHETICAL",
        "Le pays va déployer des troupes au nord. | MOBILIZE | PLANNED",
        "Une prochaine réunion se tiendra à Genève. | CONSULT | PLANNED",
        "Moscou a appelé à un cessez-le-feu immédiat. | AGREE | DEMANDED",
        "Moscou a appelé à un cessez-le-feu immédiat. | REQUEST | ASSERTED",
        // An appeal's second object, its preposition repeated; a new clause after "et" is not.
        "La Ligue arabe appelle à une trêve dans toute la région du nord et à des négociations"
            + " directes. | CONSULT | DEMANDED",
        "Le comité appelle à une journée de deuil national et à manifester vendredi. | PROTEST |"
            + " DEMANDED",
        "Moscou a appelé au calme dans toute la région du nord et des combats ont éclaté"
            + " dans la soirée. | ASSAULT | ASSERTED",
        // A declared intention binds its party to an agreement; one merely had is a plan.
        "Les deux camps ont confirmé leur intention d'observer la trêve dès lundi. | AGREE | ASSERTED",
        "Le gouvernement a l'intention de signer un accord. | AGREE | PLANNED",
        "Le général a annoncé son intention de bombarder la ville. | ASSAULT | PLANNED",
        // The simple future: a verb earlier in the clause, the trigger itself, "aura lieu".
        "Les délégués se retrouveront lundi après une réunion à Paris. | CONSULT | PLANNED",
        "L'aviation bombardera les positions rebelles. | ASSAULT | PLANNED",
        "La rencontre aura lieu mardi à Alger. | CONSULT | PLANNED",
        // The future perfect looks back: the toll is a fact.
        "La guerre aura fait plus de 5 000 morts en deux ans. | ASSAULT | ASSERTED"
      })
  void modalityIsRead(String sentence, String type, EventModality modality) {
    Event e = Sentences.ofType(sentence, type);
    assertEquals(modality, e.modality(), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Les rebelles pourraient tuer 20 otages.",
        "Le ministère dément que 40 soldats aient été tués."
      })
  void notAssertedTollsAreNotCounted(String sentence) {
    for (Event e : Sentences.events(sentence)) {
      if (!e.asserted()) {
        assertNull(e.killed(), e.toString());
      }
    }
  }
}
