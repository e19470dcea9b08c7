/**
 * Reading input: files, directories, standard input; plain text, HTML and JSON Lines; charset
 * detection; stable ids; bounds on size. {@link org.vigie.ingest.InputScanner} is used by one
 * thread; the records it yields are immutable.
 */
package org.vigie.ingest;
