/** Gazetteer benchmark: load time, heap and lookups per second against a hash-map baseline. */
package org.vigie.bench.geo;
