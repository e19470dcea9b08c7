package org.vigie.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4180 fields, one rule per row. */
class CsvWriterTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "Zakharova | Zakharova",
        "Bakou, Erevan | \"Bakou, Erevan\"",
        "« Il est \"regrettable\" » | \"« Il est \"\"regrettable\"\" »\"",
        "'ligne\nsuivante' | '\"ligne\nsuivante\"'",
      })
  void fieldsAreQuotedOnlyWhenTheyMustBe(String value, String expected) {
    assertEquals(expected, CsvWriter.field(value));
  }

  @Test
  void recordsEndWithCrlfAndNullIsEmpty() throws Exception {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(Arrays.asList("a", null, 3));
    assertEquals("a,,3\r\n", out.toString());
  }
}
