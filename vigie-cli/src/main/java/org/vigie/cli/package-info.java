/**
 * The {@code vigie} command line (picocli): thin commands that parse options, call the library
 * facade and render. No analysis logic lives here.
 */
package org.vigie.cli;
