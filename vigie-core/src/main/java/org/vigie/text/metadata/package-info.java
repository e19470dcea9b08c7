/**
 * Article metadata: publication dates read into partial ISO 8601 values, and the resolution of
 * title, date, outlet, author and URL from what the input declares, the page says and the header
 * lines give. Stateless and thread-safe.
 */
package org.vigie.text.metadata;
