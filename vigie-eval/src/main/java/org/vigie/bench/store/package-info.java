/**
 * The store benchmark: ingest against analyse throughput on the real pipeline, the seeds ingested
 * twice, and a 100k-article index built from ML-Crisis texts with controlled variation, for index
 * size per article and search latency percentiles. Not thread-safe; one run at a time.
 */
package org.vigie.bench.store;
