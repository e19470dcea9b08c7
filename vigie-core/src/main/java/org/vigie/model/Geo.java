package org.vigie.model;

/** A resolved place: coordinates, ISO country code and GeoNames id. */
public record Geo(double lat, double lon, String country, Long geonameId) {}
