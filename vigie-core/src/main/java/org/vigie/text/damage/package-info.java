/** Detection of text damaged by scraping (words lost with their links). Thread-safe. */
package org.vigie.text.damage;
