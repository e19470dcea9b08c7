package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local file system the job writes its tables through: files, their checksums and directories
 * are created as Hadoop's own would create them, and modes are set without a {@code chmod} process.
 */
class NioLocalFileSystemTest {
  @TempDir Path dir;

  @Test
  void createsFilesChecksumsAndDirectoriesWithTheirModes() throws IOException {
    try (NioLocalFileSystem fs = new NioLocalFileSystem()) {
      fs.initialize(dir.toUri(), new Configuration());
      org.apache.hadoop.fs.Path file =
          new org.apache.hadoop.fs.Path(dir.resolve("month=2020-11/part-0.parquet").toUri());
      try (OutputStream out = fs.create(file)) {
        out.write(new byte[] {1, 2, 3});
      }
      assertEquals(3, Files.size(dir.resolve("month=2020-11/part-0.parquet")));
      assertTrue(Files.exists(dir.resolve("month=2020-11/.part-0.parquet.crc")));
      fs.setPermission(file, new FsPermission((short) 0640));
      assertEquals(
          PosixFilePermissions.fromString("rw-r-----"),
          Files.getPosixFilePermissions(dir.resolve("month=2020-11/part-0.parquet")));
      org.apache.hadoop.fs.Path sub = new org.apache.hadoop.fs.Path(dir.resolve("a/b").toUri());
      assertTrue(fs.mkdirs(sub, new FsPermission((short) 0750)));
      assertEquals(
          PosixFilePermissions.fromString("rwxr-x---"),
          Files.getPosixFilePermissions(dir.resolve("a/b")));
    }
  }

  @Test
  void modeBitsMapToPosixPermissions() {
    assertEquals(
        PosixFilePermissions.fromString("rw-r--r--"),
        NioLocalFileSystem.NioRawLocalFileSystem.posix(0644));
    assertEquals(
        PosixFilePermissions.fromString("rwxrwxrwx"),
        NioLocalFileSystem.NioRawLocalFileSystem.posix(01777));
    assertEquals(
        PosixFilePermissions.fromString("---------"),
        NioLocalFileSystem.NioRawLocalFileSystem.posix(0));
  }
}
