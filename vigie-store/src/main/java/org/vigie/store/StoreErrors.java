package org.vigie.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.store.LockObtainFailedException;

/** Turns what the file system and Lucene throw into one line a person can act on. */
final class StoreErrors {
  private StoreErrors() {}

  static StoreException of(Path dir, IOException e) {
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (e instanceof LockObtainFailedException) {
      return new StoreException(
          dir
              + " is in use by another vigie process (index write lock held); try again when it"
              + " has finished",
          e);
    }
    if (e instanceof org.apache.lucene.index.CorruptIndexException
        || e instanceof org.apache.lucene.index.IndexFormatTooOldException
        || e instanceof org.apache.lucene.index.IndexFormatTooNewException) {
      return StoreDamage.of(dir, null, e);
    }
    if (lower.contains("no space left") || lower.contains("disk full")) {
      return new StoreException(
          "no space left on the device of "
              + dir
              + "; the store keeps its last committed batch, free some space and run again",
          e);
    }
    if (e instanceof AccessDeniedException
        || lower.contains("read-only file system")
        || lower.contains("permission denied")) {
      return new StoreException(dir + " is not writable (" + reason(e) + ")", e);
    }
    return new StoreException("cannot use the store in " + dir + ": " + reason(e), e);
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
