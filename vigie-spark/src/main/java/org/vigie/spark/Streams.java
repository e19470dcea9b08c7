package org.vigie.spark;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Spark hands a partition over as an iterator; the job's steps read better as streams. */
final class Streams {
  private Streams() {}

  static <T> Stream<T> of(Iterator<T> iterator) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
  }
}
