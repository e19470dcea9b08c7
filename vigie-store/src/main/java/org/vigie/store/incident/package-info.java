/**
 * Incidents across articles: event mentions of one real incident (same type and place, close dates)
 * grouped, with every source, the range of casualty figures and each disagreement between sources.
 * Stateless classes and immutable records; safe to share between threads.
 */
package org.vigie.store.incident;
