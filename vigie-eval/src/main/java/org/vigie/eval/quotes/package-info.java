/** Evaluation of quotes and speakers on annotated articles. Not needed at run time. */
package org.vigie.eval.quotes;
