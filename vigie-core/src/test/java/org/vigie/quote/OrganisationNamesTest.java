package org.vigie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fullest form of an organisation, one way of naming it per row. */
class OrganisationNamesTest {
  @ParameterizedTest(name = "{1} after {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          le département de la Justice américain | la Justice | département de la Justice américain
          Médecins sans frontières | MSF | Médecins sans frontières
          Observatoire syrien des droits de l'homme | OSDH | Observatoire syrien des droits de l'homme
          le Haut commissariat des Nations unies pour les réfugiés | Haut commissariat des Nations unies | Haut commissariat des Nations unies pour les réfugiés
          Médecins sans frontières | Croix-Rouge | NONE
          Médecins sans frontières | ONU | NONE
          """)
  void fullestForm(String known, String mention, String expected) {
    OrganisationNames names = new OrganisationNames();
    names.learn(known, null, 0);
    String found = names.fullest(mention);
    assertEquals(expected.equals("NONE") ? null : expected, found);
  }

  @ParameterizedTest(name = "{1} after {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          le régime birman | régime | régime birman
          l'agence égyptienne Mena | agence | agence égyptienne Mena
          le régime birman | agence | NONE
          """)
  void genericNounNamedBefore(String known, String head, String expected) {
    OrganisationNames names = new OrganisationNames();
    names.learn(known, known.contains("régime") ? "régime" : "agence", 0);
    String found = names.namedBefore(head, List.of(head), 10);
    assertEquals(expected.equals("NONE") ? null : expected, found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          chef,état | président
          chef,diplomatie | ministre,affaires,étrangères
          chef,quai,orsay | chef,affaires,étrangères
          porte-parole,armée | porte-parole,armée
          """)
  void roleWordsReadThroughOtherNames(String words, String expected) {
    assertEquals(
        List.of(expected.split(",")), RoleWords.standard().normalised(List.of(words.split(","))));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          premier,ministre | ministre,affaires,étrangères | false
          secrétaire,général | secrétaire | false
          ministre,adjointe | ministre,adjoint | true
          ministre | ministre,défense | true
          """)
  void distinctiveWordsMakeAnotherRole(String a, String b, boolean same) {
    assertEquals(same, RoleWords.standard().sameKind(List.of(a.split(",")), List.of(b.split(","))));
  }

  @org.junit.jupiter.api.Test
  void boundsTheFormsItKeeps() {
    OrganisationNames names = new OrganisationNames();
    for (int i = 0; i < OrganisationNames.MAX_FORMS + 10; i++) {
      names.learn("Comité numéro " + i, null, i);
    }
    assertTrue(names.fullest("Comité") != null);
  }
}
