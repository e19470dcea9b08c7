package org.vigie.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigie.entity.CorpusEntity;
import org.vigie.entity.EntityDirectory;
import org.vigie.model.Entity;
import org.vigie.model.SpeakerType;
import org.vigie.quote.SpeakerDirectory;
import org.vigie.quote.SpeakerNames;

/**
 * The corpus-wide merge of names ({@link org.vigie.names.NameKeys}) as a Spark grouping: each
 * mention gets the key the one-machine directory merges it under ({@link EntityDirectory#identity},
 * {@link SpeakerNames#key}), a surname alone takes the key of the one full name of the corpus with
 * that surname (a join, since only the whole corpus knows it is the one), and each group is handed
 * to a directory of its own ({@link EntityDirectory}, {@link SpeakerDirectory}), which names it and
 * gives its evidence as {@code vigie entities} and {@code vigie quotes} do. Thread-safe: stateless.
 *
 * <p>Tables: {@code corpus_entities} (one row per corpus entity: the {@link CorpusEntity} fields
 * and its {@code key}) and {@code speakers} ({@code speaker}, the corpus name; {@code type}; {@code
 * key}; {@code variants}, the canonical names merged; {@code quotes}; {@code articles}).
 */
final class NameGroups {
  private static final StructType KEYED_ENTITY =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("key", DataTypes.StringType, false)
          .add("surname", DataTypes.StringType, true)
          .add("full", DataTypes.BooleanType, false)
          .add("entity", RecordSchema.of(Entity.class), false);

  static final StructType CORPUS_ENTITY =
      RecordSchema.of(CorpusEntity.class).add("key", DataTypes.StringType, false);

  private static final StructType KEYED_SPEAKER =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("key", DataTypes.StringType, false)
          .add("surname", DataTypes.StringType, true)
          .add("full", DataTypes.BooleanType, false)
          .add("canonical", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false);

  static final StructType SPEAKER =
      new StructType()
          .add("speaker", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("key", DataTypes.StringType, false)
          .add("variants", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("quotes", DataTypes.IntegerType, false)
          .add("articles", DataTypes.IntegerType, false);

  private NameGroups() {}

  /** The corpus entities of {@code articles}; {@code keepApart} as {@code --keep-apart}. */
  static Dataset<Row> entities(Dataset<Row> articles, List<String> keepApart) {
    List<String> apart = List.copyOf(keepApart);
    MapPartitionsFunction<Row, Row> key =
        rows -> {
          EntityDirectory directory = new EntityDirectory(apart);
          return Streams.of(rows)
              .map(
                  row -> {
                    Row mention = row.getStruct(1);
                    String identity =
                        directory.identity(RecordSchema.record(mention, Entity.class));
                    return RowFactory.create(
                        row.getString(0),
                        identity,
                        EntityDirectory.surnameOf(identity),
                        EntityDirectory.isFullName(identity),
                        mention);
                  })
              .iterator();
        };
    Dataset<Row> keyed =
        articles
            .select(col("id"), explode(col("entities")))
            .mapPartitions(key, Encoders.row(KEYED_ENTITY));
    FlatMapGroupsFunction<String, Row, Row> merge =
        (group, rows) -> {
          EntityDirectory directory = new EntityDirectory(apart);
          rows.forEachRemaining(
              row ->
                  directory.add(
                      row.getString(0), RecordSchema.record(row.getStruct(4), Entity.class)));
          List<Row> out = new ArrayList<>();
          for (CorpusEntity entity : directory.entities()) {
            List<Object> cells = new ArrayList<>();
            Row fields = RecordSchema.row(entity);
            for (int i = 0; i < fields.length(); i++) {
              cells.add(fields.get(i));
            }
            cells.add(group);
            out.add(RowFactory.create(cells.toArray()));
          }
          return out.iterator();
        };
    return grouped(keyed).flatMapGroups(merge, Encoders.row(CORPUS_ENTITY));
  }

  /** One row per corpus speaker of the quotes of {@code articles}. */
  static Dataset<Row> speakers(Dataset<Row> articles) {
    MapPartitionsFunction<Row, Row> key =
        rows ->
            Streams.of(rows)
                .filter(row -> !row.isNullAt(1) && !row.getString(1).isBlank())
                .map(
                    row -> {
                      String canonical = row.getString(1);
                      String name = SpeakerNames.key(canonical);
                      boolean person = SpeakerType.PERSON.name().equals(row.getString(2));
                      return RowFactory.create(
                          row.getString(0),
                          name,
                          person ? SpeakerNames.surnameKey(canonical) : null,
                          person && name.indexOf(' ') > 0,
                          canonical,
                          row.getString(2));
                    })
                .iterator();
    Dataset<Row> keyed =
        articles
            .select(col("id"), explode(col("quotes.speaker")).as("speaker"))
            .select(col("id"), col("speaker.canonical"), col("speaker.type"))
            .mapPartitions(key, Encoders.row(KEYED_SPEAKER));
    FlatMapGroupsFunction<String, Row, Row> merge =
        (group, rows) -> {
          SpeakerDirectory directory = new SpeakerDirectory();
          Set<String> variants = new TreeSet<>();
          Set<String> articleIds = new HashSet<>();
          Map<String, Integer> types = new HashMap<>();
          int quotes = 0;
          String someName = null;
          SpeakerType someType = null;
          while (rows.hasNext()) {
            Row row = rows.next();
            SpeakerType type = SpeakerType.valueOf(row.getString(5));
            directory.add(row.getString(4), type);
            variants.add(row.getString(4));
            articleIds.add(row.getString(0));
            types.merge(type.name(), 1, Integer::sum);
            quotes++;
            someName = row.getString(4);
            someType = type;
          }
          String type =
              types.entrySet().stream()
                  .max(
                      Map.Entry.<String, Integer>comparingByValue()
                          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                  .orElseThrow()
                  .getKey();
          return List.of(
                  RowFactory.create(
                      directory.name(someName, someType),
                      type,
                      group,
                      scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(variants))
                          .toSeq(),
                      quotes,
                      articleIds.size()))
              .iterator();
        };
    return grouped(keyed).flatMapGroups(merge, Encoders.row(SPEAKER));
  }

  /**
   * The rows by group: their own key, or for a surname alone the key of the corpus's one full name
   * with that surname (none, or two "Aliyev", and it stays on its own).
   */
  private static KeyValueGroupedDataset<String, Row> grouped(Dataset<Row> keyed) {
    Dataset<Row> sole =
        keyed
            .filter(col("full"))
            .select(col("surname").as("sole_surname"), col("key").as("sole_key"))
            .distinct()
            .groupBy(col("sole_surname"))
            .agg(count("*").as("names"), first(col("sole_key")).as("sole_key"))
            .filter(col("names").equalTo(1));
    Dataset<Row> joined =
        keyed.join(
            sole, col("surname").equalTo(col("sole_surname")).and(not(col("full"))), "left_outer");
    return joined
        .select(col("*"), coalesce(col("sole_key"), col("key")).as("group"))
        .drop("sole_surname", "names", "sole_key")
        .groupByKey(
            (MapFunction<Row, String>) row -> row.getString(row.fieldIndex("group")),
            Encoders.STRING());
  }
}
