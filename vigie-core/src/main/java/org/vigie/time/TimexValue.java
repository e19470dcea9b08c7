package org.vigie.time;

import org.vigie.model.TimexType;

/**
 * A normalised value plus what it teaches about the following expressions of the text: the day it
 * names, the year it writes out, whether it was resolved against the document creation time.
 */
final class TimexValue {
  final TimexType type;
  final String value;
  PartialDate day;
  int explicitYear;
  boolean usedDct;

  TimexValue(TimexType type, String value) {
    this.type = type;
    this.value = value;
  }

  TimexValue day(PartialDate d) {
    this.day = d;
    return this;
  }

  TimexValue dct(boolean used) {
    this.usedDct = used;
    return this;
  }
}
