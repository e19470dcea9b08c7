package org.vigie.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.vigie.model.Diagnostic;
import org.vigie.model.Source;

/**
 * Reads the documents named by a list of paths, lazily and in a stable order: files, directories
 * (recursively, sorted, keeping {@code .txt}, {@code .html}, {@code .htm} and {@code .jsonl}) and
 * {@code -} for standard input. JSON Lines are streamed one line at a time. Every unreadable input
 * becomes an {@link IngestFailure} with a one-line reason, never an exception, so one bad file
 * cannot stop the others. Not thread-safe: one consumer drains it.
 */
public final class InputScanner implements Iterator<IngestItem>, Closeable {
  private static final int BINARY_PROBE = 8192;

  private final Deque<String> pending;
  private final IngestLimits limits;
  private final InputStream stdin;
  private final CharsetDecoder decoder = new CharsetDecoder();
  private final Deque<IngestItem> ready = new ArrayDeque<>();
  private final java.util.Set<Path> seen = new java.util.HashSet<>();
  private JsonLines jsonLines;
  private long bytesRead;

  public InputScanner(List<String> paths, IngestLimits limits, InputStream stdin) {
    this.pending = new ArrayDeque<>(paths);
    this.limits = limits;
    this.stdin = stdin;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (jsonLines != null) {
        IngestItem item = jsonLines.next();
        if (item != null) {
          return ready.add(item);
        }
        jsonLines.close();
        jsonLines = null;
      }
      if (pending.isEmpty()) {
        return false;
      }
      open(pending.removeFirst());
    }
    return true;
  }

  @Override
  public IngestItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  /** Bytes of input consumed so far, for progress reports against the inputs' total size. */
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() {
    if (jsonLines != null) {
      jsonLines.close();
      jsonLines = null;
    }
  }

  /**
   * One article file given as bytes (from a distributed file system): the same checks, format and
   * id as a file this scanner reads itself. {@code location} is its path; its extension sets the
   * format, its file name the id.
   */
  public IngestItem readFile(String location, byte[] bytes) {
    Path name = Path.of(location.substring(location.lastIndexOf('/') + 1));
    if (bytes.length > limits.maxDocumentBytes()) {
      return tooLarge(location, bytes.length);
    }
    return fromBytes(location, stem(name), bytes, formatOf(extension(name), bytes), null);
  }

  /** The one-line failure of a document over the size limit. */
  public IngestFailure tooLarge(String location, long size) {
    return new IngestFailure(
        location,
        "too large: "
            + size
            + " bytes exceeds the limit of "
            + limits.maxDocumentBytes()
            + " bytes (--max-bytes)");
  }

  /**
   * The articles of one JSON Lines stream, one per non-empty line ({@code location:line}), read
   * lazily as this scanner reads a {@code .jsonl} file; closes {@code in} at its end.
   */
  public Iterator<IngestItem> readJsonLines(String location, InputStream in) {
    JsonLines lines = new JsonLines(location, in);
    return new Iterator<>() {
      private IngestItem next = lines.next();

      @Override
      public boolean hasNext() {
        if (next == null) {
          lines.close();
        }
        return next != null;
      }

      @Override
      public IngestItem next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        IngestItem item = next;
        next = lines.next();
        return item;
      }
    };
  }

  /** One JSON object in CONTRACT's input shape ({@code text} or {@code html}, optional fields). */
  public IngestItem readJsonRecord(String location, byte[] bytes) {
    return JsonLineRecord.read(decoder, location, bytes, 0, null);
  }

  private void open(String name) {
    if (name.equals("-")) {
      openStdin();
      return;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      List<String> found = listArticles(path);
      if (found.isEmpty()) {
        ready.add(new IngestFailure(name, "no articles (.txt, .html, .htm, .jsonl) in directory"));
      }
      for (int i = found.size() - 1; i >= 0; i--) {
        pending.addFirst(found.get(i));
      }
    } else if (!Files.exists(path)) {
      ready.add(
          new IngestFailure(
              name,
              Files.isSymbolicLink(path)
                  ? "broken or looping symbolic link"
                  : "no such file or directory"));
    } else if (!Files.isRegularFile(path)) {
      // Reading a FIFO or a device blocks or never ends: only regular files are read.
      ready.add(new IngestFailure(name, NOT_REGULAR));
    } else if (!Files.isReadable(path)) {
      ready.add(new IngestFailure(name, "not readable (permission denied)"));
    } else if (extension(path).equals("jsonl") || extension(path).equals("ndjson")) {
      try {
        jsonLines = new JsonLines(name, Files.newInputStream(path));
      } catch (IOException e) {
        ready.add(new IngestFailure(name, "cannot open: " + e.getMessage()));
      }
    } else {
      IngestItem item = readFile(name, path);
      if (item != null) {
        ready.add(item);
      }
    }
  }

  /**
   * The article files under {@code dir}, sorted. What cannot be read is reported, one line each,
   * rather than skipped in silence: a FIFO, socket or device (reading it would block), a broken or
   * looping link, an unreadable subdirectory. Links to directories are not followed (no cycles).
   */
  private List<String> listArticles(Path dir) {
    List<IngestFailure> problems = new ArrayList<>();
    List<String> found = articleFiles(dir, problems);
    ready.addAll(problems);
    return found;
  }

  /** The article files under {@code dir}, sorted; what cannot be read goes to {@code problems}. */
  static List<String> articleFiles(Path dir, List<IngestFailure> problems) {
    List<String> found = new ArrayList<>();
    List<IngestFailure> unread = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                if (isArticleExtension(extension(file))) {
                  found.add(file.toString());
                }
              } else if (attrs.isSymbolicLink()) {
                if (!Files.exists(file)) {
                  unread.add(new IngestFailure(file.toString(), "broken or looping symbolic link"));
                }
              } else if (attrs.isOther()) {
                unread.add(new IngestFailure(file.toString(), NOT_REGULAR));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              unread.add(new IngestFailure(file.toString(), "cannot read: " + reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      unread.add(new IngestFailure(dir.toString(), "cannot list directory: " + e.getMessage()));
    }
    unread.sort(java.util.Comparator.comparing(IngestFailure::location));
    problems.addAll(unread);
    found.sort(null);
    return found;
  }

  private static final String NOT_REGULAR =
      "not a regular file (a FIFO, socket or device): only regular files are read";

  /** A one-line reason: the file system's, without the path it repeats. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private IngestItem readFile(String name, Path path) {
    try {
      if (!seen.add(path.toRealPath())) {
        return null; // the same file named twice (or through a link) is read once
      }
      long size = Files.size(path);
      if (size > limits.maxDocumentBytes()) {
        return tooLarge(name, size); // turned away unread: no progress (InputBytes skips it too)
      }
      bytesRead += size;
      byte[] bytes = Files.readAllBytes(path);
      InputFormat format = formatOf(extension(path), bytes);
      return fromBytes(name, stem(path), bytes, format, null);
    } catch (IOException e) {
      return new IngestFailure(name, "cannot read: " + reason(e));
    }
  }

  private void openStdin() {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin);
      in.mark(BINARY_PROBE);
      byte[] head = in.readNBytes(BINARY_PROBE);
      in.reset();
      String start = new String(head, StandardCharsets.UTF_8).stripLeading();
      if (start.startsWith("{")) {
        jsonLines = new JsonLines("-", in);
        return;
      }
      byte[] bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
      if (bytes.length > limits.maxDocumentBytes()) {
        ready.add(tooLarge("-", bytes.length));
        return;
      }
      InputFormat format = start.startsWith("<") ? InputFormat.HTML : InputFormat.TEXT;
      ready.add(fromBytes("-", null, bytes, format, null));
    } catch (IOException e) {
      ready.add(new IngestFailure("-", "cannot read standard input: " + e.getMessage()));
    }
  }

  private IngestItem fromBytes(
      String location, String id, byte[] bytes, InputFormat format, String outlet) {
    if (bytes.length == 0) {
      return new IngestFailure(location, "empty document");
    }
    List<Diagnostic> read = new ArrayList<>();
    switch (BinarySniffer.sniff(bytes)) {
      case BINARY -> {
        return new IngestFailure(
            location, "binary content (NUL or control bytes), not a text or HTML article");
      }
      case STRAY_NULS -> {
        byte[] clean = BinarySniffer.withoutNuls(bytes);
        read.add(
            Diagnostic.warning(
                "nul-bytes", (bytes.length - clean.length) + " stray NUL byte(s) dropped"));
        bytes = clean;
      }
      case TEXT -> {}
    }
    DecodedBytes decoded = decoder.decode(bytes, format == InputFormat.HTML);
    read.addAll(decoded.diagnostics());
    if (decoded.text().isBlank()) {
      return new IngestFailure(location, "no text (only whitespace)");
    }
    String articleId = id != null ? id : contentId(decoded.text());
    return new RawArticle(
        articleId,
        new Source(location.equals("-") ? null : location, null, outlet),
        format,
        decoded.text(),
        null,
        null,
        null,
        read);
  }

  /** Streams one JSON Lines input, one article per non-empty line. */
  private final class JsonLines {
    private final String name;
    private final InputStream in;
    private final BoundedLineReader lines;
    private final java.util.Map<String, Long> idLines = new java.util.HashMap<>();

    JsonLines(String name, InputStream in) {
      this.name = name;
      this.in = in;
      this.lines = new BoundedLineReader(in, limits.maxDocumentBytes());
    }

    /** The next item, or {@code null} when the input is exhausted. */
    IngestItem next() {
      try {
        BoundedLineReader.Line line;
        do {
          line = lines.next();
          if (line == null) {
            return null;
          }
          bytesRead += line.length() + 1;
        } while (!line.tooLong() && isBlank(line.bytes()));
        String location = name + ":" + line.number();
        if (line.tooLong()) {
          return tooLarge(location, line.length());
        }
        return JsonLineRecord.read(decoder, location, line.bytes(), line.number(), idLines);
      } catch (IOException e) {
        return new IngestFailure(name, "read error: " + e.getMessage());
      }
    }

    void close() {
      try {
        if (in != stdin) {
          in.close();
        }
      } catch (IOException e) {
        // Nothing left to read from it; the items already produced stand.
      }
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static InputFormat formatOf(String extension, byte[] bytes) {
    return switch (extension) {
      case "html", "htm", "xhtml" -> InputFormat.HTML;
      case "txt", "text" -> InputFormat.TEXT;
      default -> sniffHtml(bytes) ? InputFormat.HTML : InputFormat.TEXT;
    };
  }

  private static boolean sniffHtml(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static boolean isArticleExtension(String extension) {
    return switch (extension) {
      case "txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson" -> true;
      default -> false;
    };
  }

  private static String extension(Path path) {
    String file = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stem(Path path) {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? file : file.substring(0, dot);
  }

  /** A stable id for an article that has none: a hash of its content. */
  static String contentId(String content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
