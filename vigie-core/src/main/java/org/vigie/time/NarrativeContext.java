package org.vigie.time;

/**
 * What the text said before an expression: its last day ({@code lastDay}, in sentence {@code
 * lastDaySentence}), its last explicit year and the sentence of the expression itself.
 */
record NarrativeContext(
    PartialDate lastDay,
    int lastDaySentence,
    int contextYear,
    int contextYearSentence,
    int sentence) {}
