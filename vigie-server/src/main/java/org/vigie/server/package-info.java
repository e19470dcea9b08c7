/**
 * {@code vigie serve}: a Javalin REST API over a {@link org.vigie.store.VigieStore} and the web UI
 * as static resources. Handlers are thin: they parse and bound parameters ({@link
 * org.vigie.server.Params}), call the store or the library, and render JSON in CONTRACT.md's
 * shapes. One route table ({@link org.vigie.server.ApiRoutes}) drives both the router and the
 * OpenAPI document, so the two cannot drift. Every article text is untrusted: the API returns it as
 * JSON data, the UI inserts it as text nodes only, and every response carries a strict
 * Content-Security-Policy. The server is thread-safe; ingest requests run one at a time.
 */
package org.vigie.server;
