package org.vigie.event;

/**
 * One casualty figure of a sentence: who it counts (killed or injured), the figure, the span of the
 * phrase stating it and the people it counts ("soldats de l'Artsakh"; null when unnamed).
 */
record Casualty(boolean killed, Count count, int start, int end, String victims) {}
