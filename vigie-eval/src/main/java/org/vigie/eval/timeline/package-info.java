/**
 * Timeline summarisation scored as the literature scores it (Date-F1, alignment-based ROUGE,
 * news-tls and tilse) on ML-Crisis's human reference timelines, with a date-wise and a random
 * baseline built in the same run. Stateless.
 */
package org.vigie.eval.timeline;
