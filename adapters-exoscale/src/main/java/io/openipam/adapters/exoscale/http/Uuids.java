package io.openipam.adapters.exoscale.http;

import io.openipam.adapters.exoscale.fault.ExoscaleError;
import java.util.Locale;
import java.util.UUID;

/** Every id on this API is a UUID (spec §1.3): anything else is a 400, never a lookup. */
public final class Uuids {

  private Uuids() {}

  /** The canonical lowercase form of {@code text}. */
  public static String of(String text, String field) {
    try {
      if (text.length() == 36 && UUID.fromString(text).toString().equalsIgnoreCase(text)) {
        return text.toLowerCase(Locale.ROOT);
      }
    } catch (IllegalArgumentException notUuid) {
      // answered below
    }
    throw ExoscaleError.badRequest("Invalid value at '" + field + "': should be a UUID");
  }
}
