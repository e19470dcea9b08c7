package org.vigie.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Geo;

class EntityDirectoryTest {
  private static final Geo KARABAKH = new Geo(39.82, 46.75, "AZ", null);

  private static Entity person(String text, String canonical) {
    return new Entity(0, text.length(), text, EntityType.PERSON, canonical, null);
  }

  private static Entity place(String text, String canonical, Geo geo) {
    return new Entity(
        0, text.length(), text, EntityType.LOCATION, canonical, geo, null, "AZ", false, false);
  }

  private static CorpusEntity named(List<CorpusEntity> entities, String canonical) {
    return entities.stream()
        .filter(e -> e.canonical().equals(canonical))
        .findFirst()
        .orElseThrow(() -> new AssertionError(canonical + " not in " + entities));
  }

  @Test
  void spellingsPlacesAndSurnamesMergeWithTheirEvidence() {
    EntityDirectory directory = new EntityDirectory(List.of());
    directory.add("a1", person("Nikol Pashinian", "Nikol Pashinian"));
    directory.add("a2", person("Nikol Pashinyan", "Nikol Pashinyan"));
    directory.add("a2", person("Nikol Pashinyan", "Nikol Pashinyan"));
    directory.add("a3", person("Lavrov", "Lavrov"));
    directory.add("a4", person("Sergueï Lavrov", "Sergueï Lavrov"));
    directory.add("a1", place("Haut-Karabakh", "Haut-Karabakh", KARABAKH));
    directory.add("a2", place("Haut-Karabagh", "Haut-Karabakh", KARABAKH));
    directory.add("a3", place("Artsakh", "Haut-Karabakh", KARABAKH));
    List<CorpusEntity> entities = directory.entities();

    CorpusEntity pashinyan = named(entities, "Nikol Pashinyan");
    assertEquals(2, pashinyan.articles());
    assertEquals(3, pashinyan.mentions());
    assertEquals(List.of("Nikol Pashinian", "Nikol Pashinyan"), pashinyan.variants());
    assertTrue(pashinyan.evidence().get(0).contains("transliteration"), pashinyan.toString());

    CorpusEntity lavrov = named(entities, "Sergueï Lavrov");
    assertEquals(2, lavrov.articles());
    assertTrue(lavrov.evidence().stream().anyMatch(e -> e.contains("surname")));

    CorpusEntity karabakh = named(entities, "Haut-Karabakh");
    assertEquals(3, karabakh.articles());
    assertEquals(List.of("Haut-Karabakh", "Haut-Karabagh", "Artsakh"), karabakh.variants());
    assertTrue(karabakh.evidence().get(0).contains("gazetteer"));
    assertEquals(3, entities.size());
  }

  @Test
  void aNameKeptApartByConfigurationIsNeverMerged() {
    EntityDirectory directory = new EntityDirectory(List.of("artsakh"));
    directory.add("a1", place("Haut-Karabakh", "Haut-Karabakh", KARABAKH));
    directory.add("a3", place("Artsakh", "Haut-Karabakh", KARABAKH));
    List<CorpusEntity> entities = directory.entities();
    assertEquals(2, entities.size(), entities.toString());
    assertTrue(entities.stream().anyMatch(e -> e.variants().equals(List.of("Artsakh"))));
  }

  @Test
  void aSurnameSharedByTwoPeopleJoinsNeither() {
    EntityDirectory directory = new EntityDirectory(List.of());
    directory.add("a1", person("Riad Seïf", "Riad Seïf"));
    directory.add("a2", person("Djoumana Seïf", "Djoumana Seïf"));
    directory.add("a3", person("Seïf", "Seïf"));
    assertEquals(3, directory.entities().size());
  }
}
