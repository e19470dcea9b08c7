package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's input as one table of documents to read, built on the driver from the input paths (any
 * Hadoop file system): article files ({@code .txt}, {@code .html}...) and JSON Lines files through
 * Spark's {@code binaryFile} source, so the bytes reach Vigie's own charset detection undecoded;
 * Parquet files or directories with a {@code text} or {@code html} column as one JSON record per
 * row. Columns: {@code location} (the path), {@code kind} ({@link #FILE}, {@link #JSONL}, {@link
 * #RECORD}), {@code length} (bytes) and {@code content} (null when the document is over the size
 * limit: its bytes are never read, and the reader reports it).
 */
final class InputDocuments {
  static final String FILE = "file";
  static final String JSONL = "jsonl";
  static final String RECORD = "record";

  /** A file named on the command line whatever its extension: read as an article, sniffed. */
  private static final String OTHER_FILE = "other";

  private static final Set<String> ARTICLE_EXTENSIONS =
      Set.of("txt", "text", "html", "htm", "xhtml");
  private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");

  /** Columns of the CONTRACT input shape that a Parquet input may carry. */
  static final List<String> RECORD_COLUMNS =
      List.of("id", "url", "outlet", "title", "published", "language", "text", "html");

  /** binaryFile cannot hold a file of 2 GB or more in one row. */
  private static final long MAX_BINARY_FILE = Integer.MAX_VALUE - 1024L;

  static final StructType SCHEMA =
      new StructType()
          .add("location", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("length", DataTypes.LongType, true)
          .add("content", DataTypes.BinaryType, true);

  private InputDocuments() {}

  /** Reads the inputs; throws {@link JobInputException} for a problem of the input as a whole. */
  static Dataset<Row> read(SparkSession spark, List<String> inputs, long maxBytes) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> articles = new ArrayList<>();
    List<String> jsonLines = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<Row> empty = new ArrayList<>();
    for (String input : inputs) {
      Set<String> kinds = classify(hadoop, input, empty);
      if (kinds.contains(FILE)) {
        articles.add(input);
      }
      if (kinds.contains(OTHER_FILE)) {
        others.add(input);
      }
      if (kinds.contains(JSONL)) {
        jsonLines.add(input);
      }
      if (kinds.contains(RECORD)) {
        parquet.add(input);
      }
    }
    List<Dataset<Row>> parts = new ArrayList<>();
    if (!articles.isEmpty()) {
      parts.add(binaryFiles(spark, articles, ARTICLE_EXTENSIONS, FILE, maxBytes));
    }
    if (!others.isEmpty()) {
      parts.add(binaryFiles(spark, others, null, FILE, maxBytes));
    }
    if (!jsonLines.isEmpty()) {
      parts.add(binaryFiles(spark, jsonLines, JSONL_EXTENSIONS, JSONL, MAX_BINARY_FILE));
    }
    for (String path : parquet) {
      parts.add(records(spark, path));
    }
    if (!empty.isEmpty()) {
      parts.add(spark.createDataFrame(empty, SCHEMA));
    }
    return parts.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  /**
   * The kinds of documents under one input path, from file names alone: {@link #FILE}, {@link
   * #JSONL}, and {@link #RECORD} for Parquet. A directory may hold several kinds.
   */
  private static Set<String> classify(Configuration hadoop, String input, List<Row> empty) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new JobInputException(input + ": no such file or directory");
      }
      Set<String> kinds = new TreeSet<>();
      FileStatus status = fs.getFileStatus(path);
      if (status.isFile()) {
        String kind = kindOf(path.getName());
        if (status.getLen() == 0 && (kind == null || kind.equals(FILE))) {
          empty.add(emptyFile(status));
        } else {
          kinds.add(kind == null ? OTHER_FILE : kind);
        }
        return kinds;
      }
      boolean any = false;
      for (FileStatus file : filesUnder(fs, path)) {
        String kind = kindOf(file.getPath().getName());
        if (kind == null) {
          continue;
        }
        any = true;
        if (file.getLen() == 0 && kind.equals(FILE)) {
          empty.add(emptyFile(file));
        } else {
          kinds.add(kind);
        }
      }
      if (any) {
        return kinds;
      }
      throw new JobInputException(
          input + ": no articles (.txt, .html, .htm, .jsonl, .parquet) in directory");
    } catch (IOException e) {
      throw new JobInputException(input + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * The files under a directory, recursively. Not {@code FileSystem.listFiles}: its located
   * statuses read each file's permissions, which the local file system without Hadoop's native
   * library does by starting an {@code ls -ld} process per file — minutes of process starts on a
   * large local corpus, for permissions nobody reads here.
   */
  private static List<FileStatus> filesUnder(FileSystem fs, Path directory) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    Deque<Path> pending = new ArrayDeque<>(List.of(directory));
    while (!pending.isEmpty()) {
      for (FileStatus status : fs.listStatus(pending.pop())) {
        if (status.isDirectory()) {
          pending.push(status.getPath());
        } else {
          files.add(status);
        }
      }
    }
    return files;
  }

  /**
   * Spark's file sources skip empty files; listed here, an empty file still gets its failure row,
   * as it does in {@code vigie analyze}.
   */
  private static Row emptyFile(FileStatus file) {
    return RowFactory.create(file.getPath().toString(), FILE, 0L, new byte[0]);
  }

  private static String kindOf(String fileName) {
    String extension = extension(fileName);
    if (extension.equals("parquet")) {
      return RECORD;
    }
    if (JSONL_EXTENSIONS.contains(extension)) {
      return JSONL;
    }
    return ARTICLE_EXTENSIONS.contains(extension) ? FILE : null;
  }

  /**
   * Files under the given paths with one of the extensions (any file when {@code null}). A file
   * over {@code maxBytes} is listed with its length but its content is not read (binaryFile applies
   * the length filter before reading, and prunes the content column of the other half).
   */
  private static Dataset<Row> binaryFiles(
      SparkSession spark, List<String> paths, Set<String> extensions, String kind, long maxBytes) {
    DataFrameReader reader =
        spark.read().format("binaryFile").option("recursiveFileLookup", "true");
    if (extensions != null) {
      reader = reader.option("pathGlobFilter", glob(extensions));
    }
    Dataset<Row> files = reader.load(paths.toArray(String[]::new));
    Dataset<Row> small =
        files
            .filter(col("length").leq(maxBytes))
            .select(
                col("path").as("location"), lit(kind).as("kind"), col("length"), col("content"));
    Dataset<Row> large =
        files
            .filter(col("length").gt(maxBytes))
            .select(
                col("path").as("location"),
                lit(kind).as("kind"),
                col("length"),
                lit(null).cast(DataTypes.BinaryType).as("content"));
    return small.unionByName(large);
  }

  /** One JSON record (CONTRACT's input shape) per row of a Parquet input. */
  private static Dataset<Row> records(SparkSession spark, String path) {
    Dataset<Row> table = spark.read().parquet(path);
    List<String> present = Arrays.asList(table.columns());
    if (!present.contains("text") && !present.contains("html")) {
      throw new JobInputException(
          path + ": a Parquet input needs a text or html column (has: " + present + ")");
    }
    List<Column> kept = new ArrayList<>();
    for (String name : RECORD_COLUMNS) {
      if (present.contains(name)) {
        kept.add(col(name).cast(DataTypes.StringType).as(name));
      }
    }
    Column json = to_json(struct(kept.toArray(Column[]::new)));
    return table.select(
        input_file_name().as("location"),
        lit(RECORD).as("kind"),
        lit(null).cast(DataTypes.LongType).as("length"),
        json.cast(DataTypes.BinaryType).as("content"));
  }

  private static String glob(Set<String> extensions) {
    return "*.{" + String.join(",", extensions.stream().sorted().toList()) + "}";
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
