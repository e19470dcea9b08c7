package org.vigie.eval.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.EntityType;

/**
 * The hand-annotated entities of one seed article, read from the resource {@code seeds/<doc>.json}
 * beside this class (guidelines in {@code seeds/README.md}): every mention of the cleaned text in
 * order, with its type and the fullest name of its entity in the article, and the places with their
 * coordinates or country.
 */
public record SeedGold(String doc, List<GoldMention> mentions, List<GoldPlace> places) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KINDS =
      Set.of("city", "village", "district", "region", "country");

  public SeedGold {
    Objects.requireNonNull(doc, "doc");
    mentions = List.copyOf(mentions);
    places = List.copyOf(places);
  }

  /** One annotated occurrence. */
  public record GoldMention(String text, EntityType type, String canonical) {
    public GoldMention {
      Objects.requireNonNull(type, "type");
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("blank gold mention");
      }
      canonical = canonical == null || canonical.isBlank() ? text : canonical;
    }

    public Mention mention() {
      return new Mention(text, type);
    }
  }

  /**
   * A place of the article under its canonical name. Points (city, village, district) have
   * coordinates; countries and regions have a country code at most ({@code null} for a region
   * spanning several, like the Caucasus).
   */
  public record GoldPlace(String name, String kind, Double lat, Double lon, String country) {
    public GoldPlace {
      Objects.requireNonNull(name, "name");
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("place " + name + ": unknown kind " + kind);
      }
      if ((lat == null) != (lon == null)) {
        throw new IllegalArgumentException("place " + name + ": lat and lon go together");
      }
    }

    public boolean located() {
      return lat != null;
    }

    public boolean village() {
      return kind.equals("village");
    }
  }

  public List<Mention> goldMentions() {
    return mentions.stream().map(GoldMention::mention).toList();
  }

  /** The bundled gold annotation of the document with this id (its file name), if there is one. */
  public static Optional<SeedGold> forDocument(String doc) {
    try (InputStream in = SeedGold.class.getResourceAsStream("seeds/" + doc + ".json")) {
      return in == null ? Optional.empty() : Optional.of(parse(JSON.readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("seed gold " + doc, e);
    }
  }

  /** Reads one gold file's JSON, or throws naming the faulty entry. */
  public static SeedGold parse(JsonNode node) {
    String doc = node.path("doc").asText(null);
    List<GoldMention> mentions = new ArrayList<>();
    for (JsonNode m : node.path("mentions")) {
      String type = m.path("type").asText("");
      try {
        mentions.add(
            new GoldMention(
                m.path("text").asText(null),
                EntityType.valueOf(type.toUpperCase(Locale.ROOT)),
                m.path("canonical").asText(null)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(doc + ": bad mention " + m + ": " + e.getMessage(), e);
      }
    }
    List<GoldPlace> places = new ArrayList<>();
    for (JsonNode p : node.path("places")) {
      places.add(
          new GoldPlace(
              p.path("name").asText(null),
              p.path("kind").asText(""),
              p.hasNonNull("lat") ? p.get("lat").asDouble() : null,
              p.hasNonNull("lon") ? p.get("lon").asDouble() : null,
              p.path("country").asText(null)));
    }
    return new SeedGold(doc, mentions, places);
  }
}
