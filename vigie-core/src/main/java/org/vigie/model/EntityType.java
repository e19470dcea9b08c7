package org.vigie.model;

/** The four entity classes of the output contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
