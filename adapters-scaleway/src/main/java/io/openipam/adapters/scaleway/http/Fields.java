package io.openipam.adapters.scaleway.http;

import io.openipam.adapters.scaleway.auth.Uuids;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a request body, read with Scaleway's argument errors (spec §8.2, §9). JSON
 * {@code null} reads as absent, as the SDKs send it for unset fields.
 */
public record Fields(Map<String, Object> values) {

  public String string(String name, int maxLength) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw ScalewayError.invalid(name, "format", name + " must be a string");
    }
    if (text.length() > maxLength) {
      throw ScalewayError.invalid(name, "constraint", name + " is at most " + maxLength + " characters");
    }
    return text;
  }

  /** A UUID that must be there; {@code ""} counts as missing (Go sends it for an unset project). */
  public String requiredUuid(String name) {
    String value = string(name, 64);
    if (value == null || value.isEmpty()) {
      throw ScalewayError.invalid(name, "required", name + " is required");
    }
    return uuid(name, value);
  }

  public String optionalUuid(String name) {
    String value = string(name, 64);
    return value == null ? null : uuid(name, value);
  }

  public boolean bool(String name) {
    Object value = values.get(name);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean flag)) {
      throw ScalewayError.invalid(name, "format", name + " must be true or false");
    }
    return flag;
  }

  /** A list of strings, or null when absent. */
  public List<String> strings(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> items)) {
      throw ScalewayError.invalid(name, "format", name + " must be a list of strings");
    }
    List<String> strings = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String text)) {
        throw ScalewayError.invalid(name, "format", name + " must be a list of strings");
      }
      strings.add(text);
    }
    return strings;
  }

  /** A non-empty list of UUIDs. */
  public List<String> requiredUuids(String name) {
    List<String> ids = strings(name);
    if (ids == null || ids.isEmpty()) {
      throw ScalewayError.invalid(name, "required", name + " needs at least one id");
    }
    return ids.stream().map(id -> uuid(name, id)).distinct().toList();
  }

  public static boolean isUuid(String value) {
    return Uuids.isUuid(value);
  }

  public static String uuid(String name, String value) {
    if (!Uuids.isUuid(value)) {
      throw ScalewayError.invalid(name, "format", name + " must be a UUID, not '" + value + "'");
    }
    return value.toLowerCase(Locale.ROOT);
  }
}
