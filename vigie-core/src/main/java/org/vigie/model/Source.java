package org.vigie.model;

/** Where an article came from: a file path (with the line for JSON Lines), a URL, an outlet. */
public record Source(String path, String url, String outlet) {}
