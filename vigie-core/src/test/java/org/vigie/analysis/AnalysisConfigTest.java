package org.vigie.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.linguistic.SentenceSelection;

class AnalysisConfigTest {
  @TempDir Path dir;

  @Test
  void givenKeysOverrideDefaultsAndTheRestStays() throws IOException {
    AnalysisConfig config = read("{\"parse\": {\"selection\": \"ALL\"}}");
    assertEquals(SentenceSelection.ALL, config.parse().selection());
    assertEquals(
        AnalysisConfig.DEFAULT.parse().maxSentenceWords(), config.parse().maxSentenceWords());
    assertEquals(AnalysisConfig.DEFAULT.language(), config.language());
  }

  @Test
  void unknownKeysAreRejectedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("{\"parse\": {\"selektion\": 1}}"));
    assertTrue(e.getMessage().contains("unknown configuration key 'selektion'"), e.getMessage());
  }

  @Test
  void invalidValuesAreRejectedWithTheStageRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> read("{\"linguistic\": {\"maxChars\": 0}}"));
    assertTrue(e.getMessage().contains("must be positive"), e.getMessage());
  }

  @Test
  void theJsonStringFormRoundTripsAndIsCheckedLikeAFile() throws IOException {
    AnalysisConfig config = read("{\"parse\": {\"selection\": \"NONE\"}}");
    assertEquals(config, AnalysisConfig.fromJson(config.toJson()));
    assertEquals(AnalysisConfig.DEFAULT, AnalysisConfig.fromJson("{}"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AnalysisConfig.fromJson("{\"pars\": {}}"));
    assertTrue(e.getMessage().contains("unknown configuration key 'pars'"), e.getMessage());
  }

  private AnalysisConfig read(String json) throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(file, json);
    return AnalysisConfig.read(file);
  }
}
