/**
 * Time: French temporal expressions recognised in the cleaned text and normalised to TIMEX3 types
 * and values (DATE, TIME, DURATION, SET), anchored on the publication date or, when the page gives
 * none, on an estimate of it. Patterns are linear (bounded alternations and repetitions only) and
 * the text read is bounded, so hostile input costs bounded time. Everything here is stateless and
 * thread-safe after construction.
 */
package org.vigie.time;
