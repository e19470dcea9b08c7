package org.vigie.text;

/** One step that rewrites a text and keeps the way back (typography, glued words). */
@FunctionalInterface
public interface TextRewriter {
  Rewrite rewrite(String text);
}
