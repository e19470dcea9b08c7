package org.vigie.spark;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark form of Vigie's model records, derived from the records themselves so that a field
 * added to the model (an event's new attribute) reaches the Parquet tables without a second schema
 * to keep in step. A record becomes a struct with its components in declaration order (the order of
 * the JSON form), a list an array, an enum the string its JSON form writes ({@code @JsonValue} when
 * it has one, else its name); strings, numbers and booleans map to their Spark types, boxed ones
 * nullable. Any other component type is a programmer error, thrown when the schema is built (at job
 * start, not in a task). Thread-safe: stateless.
 */
final class RecordSchema {
  /*
   * Looked up once per class: every token of every article becomes a row, and reflection's
   * getRecordComponents and getMethods copy arrays at each call.
   */
  private static final ClassValue<Method[]> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Method[] accessors = new Method[components.length];
          for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
          }
          return accessors;
        }
      };

  private static final ClassValue<String[]> ENUM_TEXTS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] texts = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            try {
              texts[i] = jsonText((Enum<?>) constants[i]);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException("cannot read " + constants[i], e);
            }
          }
          return texts;
        }
      };

  private RecordSchema() {}

  /** The struct type of a model record class. */
  static StructType of(Class<? extends Record> type) {
    List<StructField> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Type generic = component.getGenericType();
      fields.add(
          DataTypes.createStructField(
              component.getName(), typeOf(generic, type), !component.getType().isPrimitive()));
    }
    return DataTypes.createStructType(fields);
  }

  /** The row of one record, in {@link #of}'s schema; {@code null} stays {@code null}. */
  static Row row(Record value) {
    if (value == null) {
      return null;
    }
    Method[] accessors = ACCESSORS.get(value.getClass());
    Object[] cells = new Object[accessors.length];
    for (int i = 0; i < accessors.length; i++) {
      try {
        cells[i] = cell(accessors[i].invoke(value));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + accessors[i], e);
      }
    }
    return RowFactory.create(cells);
  }

  /**
   * The record a row of {@link #of}'s schema stands for, the inverse of {@link #row}: how the
   * corpus steps get model records back from the {@code articles} table.
   */
  static <T extends Record> T record(Row row, Class<T> type) {
    if (row == null) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(row.get(i), components[i].getGenericType());
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName() + " from " + row, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(Object cell, Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type item = parameterized.getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>();
      if (cell != null) {
        for (Object each :
            scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) cell)) {
          list.add(value(each, item));
        }
      }
      return list;
    }
    Class<?> plain = (Class<?>) type;
    if (cell == null) {
      return null; // primitives are never null: their fields are not nullable
    }
    if (plain.isRecord()) {
      return record((Row) cell, (Class<? extends Record>) plain);
    }
    if (plain.isEnum()) {
      return enumConstant((Class<? extends Enum>) plain, (String) cell);
    }
    return cell;
  }

  /** The constant whose JSON text ({@link #enumText}) is {@code text}. */
  static <E extends Enum<E>> E enumConstant(Class<E> type, String text) {
    try {
      for (E constant : type.getEnumConstants()) {
        if (enumText(constant).equals(text)) {
          return constant;
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + type, e);
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " written " + text);
  }

  private static Object cell(Object value) throws ReflectiveOperationException {
    if (value == null) {
      return null;
    }
    if (value instanceof Record record) {
      return row(record);
    }
    if (value instanceof Enum<?> constant) {
      return enumText(constant);
    }
    if (value instanceof List<?> list) {
      List<Object> cells = new ArrayList<>(list.size());
      for (Object item : list) {
        cells.add(cell(item));
      }
      return scala.jdk.javaapi.CollectionConverters.asScala(cells).toSeq();
    }
    return value;
  }

  private static String enumText(Enum<?> constant) throws ReflectiveOperationException {
    return ENUM_TEXTS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  private static String jsonText(Enum<?> constant) throws ReflectiveOperationException {
    for (Method method : constant.getDeclaringClass().getMethods()) {
      if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
        return String.valueOf(method.invoke(constant));
      }
    }
    return constant.name();
  }

  @SuppressWarnings("unchecked")
  private static DataType typeOf(Type type, Class<?> owner) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == List.class) {
      return DataTypes.createArrayType(
          typeOf(parameterized.getActualTypeArguments()[0], owner), true);
    }
    if (type instanceof Class<?> plain) {
      if (plain == String.class || plain.isEnum()) {
        return DataTypes.StringType;
      }
      if (plain == int.class || plain == Integer.class) {
        return DataTypes.IntegerType;
      }
      if (plain == long.class || plain == Long.class) {
        return DataTypes.LongType;
      }
      if (plain == double.class || plain == Double.class) {
        return DataTypes.DoubleType;
      }
      if (plain == boolean.class || plain == Boolean.class) {
        return DataTypes.BooleanType;
      }
      if (plain.isRecord()) {
        return of((Class<? extends Record>) plain);
      }
    }
    throw new IllegalArgumentException(
        "no Spark type for " + type.getTypeName() + " in " + owner.getSimpleName());
  }
}
