package org.vigie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void aFirstNameSpeltAnotherWayIsThePersonNamedInFull() {
    PersonNames names = new PersonNames();
    names.learn("Samir Oudaya");
    names.learn("Smair");
    assertEquals("Smair", names.full("Smair"));
    assertEquals("Samir Oudaya", names.byFirstName("Smair"));
  }

  @Test
  void aSurnameSpeltAnotherWayIsThePersonNamedInFull() {
    PersonNames names = new PersonNames();
    names.learn("Ali Abdallah Saleh");
    assertEquals("Ali Abdallah Saleh", names.full("Salih"));
  }

  @Test
  void aFullNameRespeltIsThePersonFirstNamed() {
    PersonNames names = new PersonNames();
    names.learn("Abdel Fattah Younes");
    names.learn("Abdel Fattah Younis");
    assertEquals("Abdel Fattah Younes", names.full("Abdel Fattah Younis"));
    assertEquals("Abdel Fattah Younes", names.full("Younis"));
  }

  @Test
  void anotherFirstNameWithASimilarSurnameIsAnotherPerson() {
    PersonNames names = new PersonNames();
    names.learn("Ali Saleh");
    names.learn("Omar Salih");
    assertEquals("Omar Salih", names.full("Omar Salih"));
    assertEquals("Omar Salih", names.full("Salih"));
  }

  @Test
  void aWordTwoPeopleMaySpellNamesNeither() {
    PersonNames names = new PersonNames();
    names.learn("Ali Saleh");
    names.learn("Omar Salah");
    assertEquals("Salih", names.full("Salih"));
  }

  @Test
  void aFirstNameWithAnotherVowelIsAnotherPerson() {
    PersonNames names = new PersonNames();
    names.learn("Mohamed Morsi");
    assertNull(names.byFirstName("Mohammad"));
  }
}
