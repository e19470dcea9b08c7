package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's marker says its format: an older one is refused with what to do, in one line. */
class StoreMarkerTest {
  @TempDir Path dir;

  private Path withMarker(String json) throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("index"));
    Files.writeString(data.resolve(StoreMarker.FILE), json, StandardCharsets.UTF_8);
    return data;
  }

  @Test
  void aStoreOfTheFirstFormatIsToBeIngestedAgain() throws Exception {
    Path data = withMarker("{\"kind\":\"vigie-store\",\"format\":1}\n");
    assertTrue(VigieStore.outdated(data));
    StoreException e = assertThrows(StoreException.class, () -> VigieStore.open(data));
    assertTrue(e.getMessage().contains("re-ingest"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertThrows(StoreException.class, () -> VigieStore.openForWriting(data));
  }

  @Test
  void aFormatFromALaterVersionIsRefused() throws Exception {
    Path data = withMarker("{\"kind\":\"vigie-store\",\"format\":99}\n");
    assertFalse(VigieStore.outdated(data));
    StoreException e = assertThrows(StoreException.class, () -> VigieStore.open(data));
    assertTrue(e.getMessage().contains("does not know"), e.getMessage());
  }

  @Test
  void aNewStoreIsWrittenInTheCurrentFormat() throws Exception {
    Path data = dir.resolve("fresh");
    VigieStore.openForWriting(data).close();
    assertTrue(
        Files.readString(data.resolve(StoreMarker.FILE), StandardCharsets.UTF_8)
            .contains("\"format\":" + StoreMarker.FORMAT));
    assertFalse(VigieStore.outdated(data));
  }

  @Test
  void theMarkerIsReadWhateverItsSpacingAndOrder() throws Exception {
    Path data =
        withMarker(
            "{ \"format\" : \"" + StoreMarker.FORMAT + "\" ,\n  \"kind\" : \"vigie-store\" }");
    assertFalse(VigieStore.outdated(data));
    StoreException e = assertThrows(StoreException.class, () -> VigieStore.open(data));
    assertTrue(e.getMessage().contains("holds no articles yet"), e.getMessage());
  }

  @Test
  void anotherProgramsJsonIsNoMarker() throws Exception {
    Path data = withMarker("{\"kind\":\"something-else\",\"format\":" + StoreMarker.FORMAT + "}");
    StoreException e = assertThrows(StoreException.class, () -> VigieStore.open(data));
    assertTrue(e.getMessage().contains("not a Vigie store marker"), e.getMessage());
  }
}
