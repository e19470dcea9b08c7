/**
 * Text normalisation before linguistic analysis, each step a {@link org.vigie.text.Rewrite} that
 * keeps an offset map back to its input: {@link org.vigie.text.normalize.TypographyNormalizer}
 * (Unicode NFC, apostrophes, quotation marks, spaces, dashes, invisible characters, mojibake) and
 * {@link org.vigie.text.normalize.GluedWordSplitter} (words that scraping glued together, such as
 * {@code "26mars"}). Both classes are immutable and thread-safe.
 */
package org.vigie.text.normalize;
