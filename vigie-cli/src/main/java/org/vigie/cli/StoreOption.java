package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.store.VigieStore;
import picocli.CommandLine.Option;

/**
 * The store a command reads ({@code --data DIR}), as a picocli mixin shared by the store commands.
 */
final class StoreOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "vigie-data",
      description = "Store. Default: ${DEFAULT-VALUE}.")
  Path data;

  /** The store, opened for reading. */
  VigieStore open() {
    return VigieStore.open(data);
  }
}
