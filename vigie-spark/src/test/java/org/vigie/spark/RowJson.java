package org.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** A row read back from Parquet as the JSON tree it stands for, to compare with Article JSON. */
final class RowJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RowJson() {}

  static ObjectNode of(Row row, List<String> skipped) {
    ObjectNode node = NODES.objectNode();
    StructType schema = row.schema();
    for (StructField field : schema.fields()) {
      if (!skipped.contains(field.name())) {
        node.set(field.name(), value(row.get(schema.fieldIndex(field.name()))));
      }
    }
    return node;
  }

  private static JsonNode value(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Row row) {
      return of(row, List.of());
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : scala.jdk.javaapi.CollectionConverters.asJava(seq)) {
        array.add(value(item));
      }
      return array;
    }
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Integer number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Long number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Double number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    throw new IllegalArgumentException("unexpected cell " + value.getClass());
  }
}
