package org.vigie.event;

/**
 * A figure written in a sentence: its span, its value ({@code null} for a vague count, "des
 * dizaines"), the qualifier before it ("au moins", "entre 10 et 15") and whether it is a bare "un"
 * or "une" (an article as often as a number, so a rule must see a casualty noun right after it).
 */
record Count(int start, int end, Long value, String qualifier, boolean article) {
  boolean vague() {
    return value == null;
  }
}
