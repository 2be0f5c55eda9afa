package io.openipam.adapters.melange.wire;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns wire records into the plain tree both writers walk: a record becomes an ordered map of
 * its components, named in Melange's snake_case ({@code networkId} is {@code network_id}); lists
 * and maps are walked; strings, numbers, booleans, instants and null stay as they are. So a wire
 * record's components, in declaration order, are exactly the fields a client sees.
 */
public final class WireTree {

  private WireTree() {}

  public static Object of(Object value) {
    if (value instanceof Record record) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        fields.put(snakeCase(component.getName()), of(read(component, record)));
      }
      return fields;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> fields = new LinkedHashMap<>();
      map.forEach((key, item) -> fields.put(String.valueOf(key), of(item)));
      return fields;
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>(items.size());
      items.forEach(item -> list.add(of(item)));
      return list;
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Instant) {
      return value;
    }
    throw new IllegalArgumentException("not a wire value: " + value.getClass().getName());
  }

  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("wire records are public: cannot read " + component, e);
    }
  }
}
