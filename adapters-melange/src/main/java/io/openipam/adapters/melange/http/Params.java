package io.openipam.adapters.melange.http;

import io.openipam.adapters.melange.fault.InvalidValues;
import java.util.Map;

/**
 * The fields inside a request's wrapper key ({@code {"ip_block": {...}}}). Clients send explicit
 * {@code null} for what they leave out (python-melangeclient does) and blank strings from forms,
 * so null and blank both read as absent. Keys a route does not name are ignored.
 */
public record Params(Map<String, Object> values) {

  public static final Params NONE = new Params(Map.of());

  public Params {
    values = values == null ? Map.of() : values;
  }

  /**
   * The field as text, or null when absent. Numbers and booleans are taken as their text (an id
   * of {@code 3} is {@code "3"}); an object or a list where text belongs is noted as invalid.
   */
  public String text(String field, InvalidValues problems) {
    Object value = values.get(field);
    return switch (value) {
      case null -> null;
      case String text -> text.isBlank() ? null : text;
      case Number number -> number.toString();
      case Boolean flag -> flag.toString();
      default -> {
        problems.add(field, field + " should be a string");
        yield null;
      }
    };
  }
}
