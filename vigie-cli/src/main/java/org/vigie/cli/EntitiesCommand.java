package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.entity.CorpusEntity;
import org.vigie.entity.EntityDirectory;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.store.export.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie entities}: the people, organisations and places of the inputs, one line per corpus
 * entity with its spellings, counts, place and the evidence for each merge; GeoJSON for maps.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "List the entities of articles: canonical name, type, spellings met, articles and mentions,",
      "coordinates of places. Spellings of one entity across articles (Pashinian/Pashinyan,",
      "Haut-Karabakh/Haut-Karabagh) are one entity; --keep-apart undoes a wrong merge."
    })
final class EntitiesCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl,
    csv,
    geojson
  }

  @Mixin ArticleInputs inputs;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Only this type: PERSON, ORGANIZATION, LOCATION or MISC.")
  EntityType type;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, jsonl, csv or geojson (places only). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--keep-apart",
      paramLabel = "FILE",
      description = "Names (one per line, any spelling) never merged with another entity.")
  Path keepApart;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> apart = List.of();
    if (keepApart != null) {
      apart =
          Files.readAllLines(keepApart, StandardCharsets.UTF_8).stream()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
    }
    ArticleInputs.Read read = inputs.read(ArticleInputs.Keep.ENTITIES, err);
    if (read == null) {
      return VigieCommand.USAGE;
    }
    EntityDirectory directory = new EntityDirectory(apart);
    for (Article a : read.articles()) {
      for (Entity e : a.entities()) {
        directory.add(a.id(), e);
      }
    }
    List<CorpusEntity> entities = new ArrayList<>();
    for (CorpusEntity e : directory.entities()) {
      boolean wanted = type == null || e.type() == type;
      if (wanted && (format != Format.geojson || e.geo() != null)) {
        entities.add(e);
      }
    }
    render(out, entities);
    out.flush();
    if (read.articles().isEmpty()) {
      return VigieCommand.USAGE;
    }
    return read.failed() > 0 ? VigieCommand.SOME_FAILED : VigieCommand.OK;
  }

  private void render(PrintWriter out, List<CorpusEntity> entities) throws IOException {
    switch (format) {
      case jsonl:
        entities.forEach(e -> out.println(ArticleJson.line(e)));
        break;
      case csv:
        CsvWriter csv = new CsvWriter(out);
        csv.row(
            List.of(
                "canonical",
                "type",
                "articles",
                "mentions",
                "country",
                "lat",
                "lon",
                "geonameId",
                "variants",
                "roles"));
        for (CorpusEntity e : entities) {
          csv.row(
              Arrays.asList(
                  e.canonical(),
                  e.type().name(),
                  String.valueOf(e.articles()),
                  String.valueOf(e.mentions()),
                  e.country(),
                  e.geo() == null ? null : String.valueOf(e.geo().lat()),
                  e.geo() == null ? null : String.valueOf(e.geo().lon()),
                  e.geo() == null || e.geo().geonameId() == null
                      ? null
                      : String.valueOf(e.geo().geonameId()),
                  String.join(" | ", e.variants()),
                  String.join(" | ", e.roles())));
        }
        break;
      case geojson:
        out.println(geoJson(entities));
        break;
      default:
        out.printf(
            Locale.ROOT,
            "%-40s %-12s %8s %8s  %-7s %s%n",
            "ENTITY",
            "TYPE",
            "ARTICLES",
            "MENTIONS",
            "COUNTRY",
            "VARIANTS");
        for (CorpusEntity e : entities) {
          out.printf(
              Locale.ROOT,
              "%-40s %-12s %8d %8d  %-7s %s%n",
              e.canonical(),
              e.type(),
              e.articles(),
              e.mentions(),
              e.country() == null ? "" : e.country(),
              String.join(", ", e.variants()));
        }
    }
  }

  /** A FeatureCollection of the places, with the entity's figures as properties. */
  private static String geoJson(List<CorpusEntity> places) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (CorpusEntity e : places) {
      ObjectNode feature = features.addObject().put("type", "Feature");
      ObjectNode geometry = feature.putObject("geometry").put("type", "Point");
      geometry.putArray("coordinates").add(e.geo().lon()).add(e.geo().lat());
      ObjectNode properties = feature.putObject("properties");
      properties.put("name", e.canonical());
      properties.put("country", e.country());
      properties.put("geonameId", e.geo().geonameId());
      properties.put("articles", e.articles());
      properties.put("mentions", e.mentions());
      ArrayNode variants = properties.putArray("variants");
      e.variants().forEach(variants::add);
    }
    return json.writeValueAsString(collection);
  }
}
