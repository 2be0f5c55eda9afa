package io.openipam.adapters.exoscale.http;

import io.openipam.adapters.exoscale.fault.ExoscaleError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a JSON object in a request body, read with the types the Exoscale schema gives
 * them: a value of the wrong type is a 400 naming the field, never a default. {@code null} reads
 * as absent, as Go and Python clients omit unset fields either way.
 *
 * @param path where this object sits in the body, e.g. {@code healthcheck.}, for messages
 */
public record Fields(Map<String, Object> values, String path) {

  public boolean has(String name) {
    return values.get(name) != null;
  }

  public String string(String name) {
    Object value = values.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw invalid(name, "should be a string");
  }

  public Integer integer(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    BigInteger whole = switch (value) {
      case Integer i -> BigInteger.valueOf(i);
      case Long l -> BigInteger.valueOf(l);
      case Short s -> BigInteger.valueOf(s);
      case BigInteger b -> b;
      case BigDecimal d when d.stripTrailingZeros().scale() <= 0 -> d.toBigIntegerExact();
      case Double d when d == Math.rint(d) && !d.isInfinite() -> BigDecimal.valueOf(d).toBigIntegerExact();
      default -> throw invalid(name, "should be an integer");
    };
    // Out of int range is out of every range of the schema: the range check names it.
    return whole.bitLength() < 32 ? whole.intValueExact() : whole.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
  }

  public Boolean bool(String name) {
    Object value = values.get(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw invalid(name, "should be a boolean");
  }

  public Fields object(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      return new Fields(cast(map), path + name + ".");
    }
    throw invalid(name, "should be an object");
  }

  /** A map of strings to strings ({@code labels}). */
  public Map<String, String> strings(String name) {
    Fields object = object(name);
    if (object == null) {
      return null;
    }
    Map<String, String> strings = new LinkedHashMap<>();
    object.values().forEach((key, value) -> {
      if (!(value instanceof String text)) {
        throw invalid(name, "values should be strings");
      }
      strings.put(key, text);
    });
    return strings;
  }

  public ExoscaleError invalid(String name, String problem) {
    return ExoscaleError.badRequest("Invalid value at '" + path + name + "': " + problem);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
