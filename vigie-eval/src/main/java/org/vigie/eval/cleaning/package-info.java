/**
 * Evaluation of page cleaning (main-content extraction) against trafilatura's French test pages:
 * snippet precision, recall and F1, title and date accuracy. Classes here are stateless.
 */
package org.vigie.eval.cleaning;
