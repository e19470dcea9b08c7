/**
 * Near-duplicate detection: MinHash signatures over word shingles and a banded LSH index, so a
 * syndicated copy or an updated version of a dispatch is found among a large corpus without
 * comparing it to every article. {@link org.vigie.store.dedup.MinHasher} is thread-safe; {@link
 * org.vigie.store.dedup.DuplicateIndex} is not (one ingest feeds it).
 */
package org.vigie.store.dedup;
