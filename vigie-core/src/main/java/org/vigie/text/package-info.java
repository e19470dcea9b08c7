/**
 * Text extraction: from raw input (plain text or HTML) to the one cleaned text every annotation
 * points into, with an {@link org.vigie.text.OffsetMap} back to the raw input. Stages here are
 * stateless and thread-safe.
 */
package org.vigie.text;
