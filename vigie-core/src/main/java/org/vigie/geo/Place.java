package org.vigie.geo;

/**
 * One gazetteer entry: its GeoNames id ({@code 0} for curated regions), name, coordinates, ISO 3166
 * alpha-2 country code, kind and population ({@code 0} when unknown).
 */
public record Place(
    long geonameId,
    String name,
    double lat,
    double lon,
    String country,
    PlaceKind kind,
    int population) {}
