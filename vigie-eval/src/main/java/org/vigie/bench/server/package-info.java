/**
 * {@code vigie bench --serve}: a bounded load test of {@code vigie serve} on a synthetic store,
 * from clients in the same process against 127.0.0.1 only. Not thread-safe: one run at a time.
 */
package org.vigie.bench.server;
