package io.openipam.adapters.melange.http;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.domain.error.Invalid;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields inside a request's wrapper key ({@code {"ip_block": {...}}}). Clients send explicit
 * {@code null} for what they leave out (python-melangeclient does) and blank strings from forms,
 * so null and blank both read as absent. Keys a route does not name are ignored. No field holds
 * a control character or broken UTF-16 (Melange stored them; an XML answer could not carry them
 * back, and MySQL's utf8mb4 refuses a lone surrogate): such a value is noted as invalid.
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
      case String text when text.isBlank() -> null;
      case String text -> {
        String problem = unprintable(field, text);
        if (problem != null) {
          problems.add(field, problem);
          yield null;
        }
        yield text;
      }
      case Number number -> number.toString();
      case Boolean flag -> flag.toString();
      default -> {
        problems.add(field, field + " should be a string");
        yield null;
      }
    };
  }

  /** The field as text of at most {@code maxLength} characters (a longer one is noted as invalid), or null. */
  public String text(String field, int maxLength, InvalidValues problems) {
    String value = text(field, problems);
    if (value != null && value.length() > maxLength) {
      problems.add(field, field + " should be at most " + maxLength + " characters");
      return null;
    }
    return value;
  }

  /**
   * The field parsed by {@code parse} (the core's parsers), or null when absent. What the core
   * refuses, or its IP library fails on, is noted as a bad value of the field.
   */
  public <T> T parsed(String field, Function<String, T> parse, InvalidValues problems) {
    String text = text(field, problems);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (Invalid invalid) {
      problems.add(field, invalid.getMessage());
      return null;
    } catch (RuntimeException unparseable) {
      problems.add(field, field + " is invalid");
      return null;
    }
  }

  /**
   * Why {@code text} cannot be an id, an address or a name of {@code field}: it holds a control
   * character (C0, DEL or C1) or a surrogate without its pair. Null if it can.
   */
  public static String unprintable(String field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return field + " should not contain control characters";
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return field + " should be valid unicode text";
        }
        i++;
      }
    }
    return null;
  }
}
