package org.vigie.geo;

/** What a gazetteer entry is; the order is the order of preference between homonyms. */
public enum PlaceKind {
  COUNTRY,
  REGION,
  CAPITAL,
  ADMIN_SEAT,
  CITY;

  static PlaceKind of(int ordinal) {
    return values()[ordinal];
  }
}
