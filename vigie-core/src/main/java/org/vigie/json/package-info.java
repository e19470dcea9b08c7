/** JSON rendering of the document model, per CONTRACT.md. Thread-safe. */
package org.vigie.json;
