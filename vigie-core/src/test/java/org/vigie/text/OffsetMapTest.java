package org.vigie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void identityMapsEveryOffsetToItself() {
    OffsetMap map = OffsetMap.identity(5);
    for (int i = 0; i <= 5; i++) {
      assertEquals(i, map.toSource(i));
    }
  }

  @Test
  void copiedRunsKeepTheirSourceOffsetsAndInsertionsMapToTheirPlace() {
    String raw = "ab  cd";
    OffsetMap.Builder b = new OffsetMap.Builder();
    b.copy(raw, 0, 2).insert(" ", 2).copy(raw, 4, 6);
    OffsetMap map = b.build();
    assertEquals("ab cd", b.text());
    assertEquals(0, map.toSource(0));
    assertEquals(2, map.toSource(2));
    assertEquals(4, map.toSource(3));
    assertEquals(6, map.toSource(5));
    assertEquals(6, map.toSourceEnd(5));
    assertEquals(2, map.toSourceEnd(2), "a span ending after 'b' ends after 'b' in the source");
  }

  @Test
  void mapsCompose() {
    OffsetMap.Builder first = new OffsetMap.Builder();
    first.copy("xxabc", 2, 5); // "abc" -> offsets 2..4 of the origin
    OffsetMap.Builder second = new OffsetMap.Builder();
    second.copy(first.text(), 1, 3); // "bc" -> offsets 1..2 of "abc"
    OffsetMap composed = second.build().andThen(first.build());
    assertEquals(3, composed.toSource(0));
    assertEquals(4, composed.toSource(1));
  }

  @Test
  void outOfRangeOffsetsAreProgrammerErrors() {
    assertThrows(IndexOutOfBoundsException.class, () -> OffsetMap.identity(3).toSource(4));
  }
}
