package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDecoderTest {
  private static final String FRENCH =
      "Le ministère russe des Affaires étrangères a déclaré qu'à Erevan, la trêve était "
          + "fragile. « Nous continuons à déployer nos efforts », a-t-elle ajouté.";
  private final CharsetDecoder decoder = new CharsetDecoder();

  @Test
  void utf8IsReadAsIsWithoutDiagnostics() {
    DecodedBytes d = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), false);
    assertEquals(FRENCH, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void defect06Utf16WithoutAByteOrderMarkIsReadByItsPattern() {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      DecodedBytes d = decoder.decode(FRENCH.getBytes(utf16), false);
      assertEquals(FRENCH, d.text(), utf16.name());
      assertEquals(utf16, d.charset());
      assertEquals("charset-detected", d.diagnostics().get(0).code());
    }
  }

  @Test
  void windows1252IsDetected() {
    DecodedBytes d = decoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")), false);
    assertEquals(FRENCH, d.text());
    assertEquals("charset-detected", d.diagnostics().get(0).code());
  }

  @Test
  void latin1IsDetected() {
    String text = FRENCH.replace("« ", "\"").replace(" »", "\"");
    DecodedBytes d = decoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), false);
    assertEquals(text, d.text());
  }

  @Test
  void invalidUtf8BytesAreReplacedAndReported() {
    byte[] good = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, 20);
    bad[20] = (byte) 0xC3; // a lead byte with no continuation
    bad[21] = (byte) 0x28;
    System.arraycopy(good, 20, bad, 22, good.length - 20);
    DecodedBytes d = decoder.decode(bad, false);
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.text().contains("\uFFFD"));
    assertTrue(d.text().endsWith("a-t-elle ajouté."));
    assertEquals("invalid-bytes", d.diagnostics().get(0).code());
  }

  @Test
  void byteOrderMarkIsHonouredAndDropped() {
    byte[] body = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(FRENCH, decoder.decode(withBom, false).text());
  }

  @Test
  void htmlCharsetDeclarationCounts() {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body>" + FRENCH + "</body>";
    DecodedBytes d = decoder.decode(page.getBytes(Charset.forName("windows-1252")), true);
    assertTrue(d.text().contains("étrangères"));
  }
}
