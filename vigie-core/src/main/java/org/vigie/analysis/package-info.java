/**
 * The library facade: {@link org.vigie.analysis.Analyzer} turns raw articles into contract-shaped
 * {@link org.vigie.model.Article}s with the standard pipeline, {@link
 * org.vigie.analysis.BatchAnalyzer} runs it over a stream on a thread pool. Thread-safe.
 */
package org.vigie.analysis;
