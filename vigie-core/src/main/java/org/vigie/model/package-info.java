/**
 * The document model: immutable records for an analysed article and its stand-off annotations.
 * Every annotation carries a half-open UTF-16 span into {@link org.vigie.model.Article#text()}. All
 * types here are immutable and safe to share between threads.
 */
package org.vigie.model;
