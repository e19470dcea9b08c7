/**
 * The analysis pipeline: typed layers, stages that declare what they require and produce, and a
 * pipeline that checks the chain when built and isolates each document's failures. A built {@link
 * org.vigie.pipeline.Pipeline} is thread-safe.
 */
package org.vigie.pipeline;
