package org.vigie.model;

/** What kind of source a quote is attributed to. */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  GROUP,
  DOCUMENT,
  UNKNOWN
}
