/**
 * Evaluation of the event layer: detection, PLOVER type and subtype, casualty figures, scored as
 * the reference scorer ({@code eval/score.py}) does on the ml-crisis-gold dev set and the seeds,
 * beside a trigger-lexicon baseline. Single-threaded; each run builds its own scorers.
 */
package org.vigie.eval.events;
