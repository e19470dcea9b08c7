package org.vigie.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What a command failure says on its one line: what is wrong and, where it helps, what to do. The
 * file system's exceptions carry only a path as their message ("--out /nonexistent/dir/x.jsonl"
 * printed "/nonexistent/dir/x.jsonl"); they are said in words here.
 */
final class CliErrors {
  private CliErrors() {}

  static String oneLine(Throwable e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String line;
    if (t instanceof NoSuchFileException f) {
      line =
          "cannot open "
              + f.getFile()
              + ": no such file or directory (check the path, and that its directory exists)";
    } else if (t instanceof AccessDeniedException f) {
      line = "cannot open " + f.getFile() + ": permission denied";
    } else if (t instanceof NotDirectoryException f) {
      line = "cannot open " + f.getFile() + ": a part of the path is not a directory";
    } else if (t instanceof FileAlreadyExistsException f) {
      line = "cannot create " + f.getFile() + ": it already exists";
    } else if (t instanceof FileSystemException f) {
      line =
          "cannot use "
              + f.getFile()
              + ": "
              + (f.getReason() == null ? "file system error" : f.getReason());
    } else if (t.getMessage() == null || t.getMessage().isBlank()) {
      line = "failed: " + t.getClass().getSimpleName();
    } else {
      line = t.getMessage();
    }
    return line.replace('\n', ' ').replace('\r', ' ');
  }
}
