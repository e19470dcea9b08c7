/**
 * The engine benchmark: Vigie's pipeline against CoreNLP's own French pipeline on the same texts,
 * in the same run. Not needed at run time.
 */
package org.vigie.bench;
