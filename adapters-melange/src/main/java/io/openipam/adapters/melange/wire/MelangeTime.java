package io.openipam.adapters.melange.wire;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Melange's timestamps: naive UTC, whole seconds. JSON wrote them ISO-style, XML with Python's
 * {@code str(datetime)} (a space instead of the {@code T}); MySQL of 2012 kept no fractions.
 */
final class MelangeTime {

  private static final DateTimeFormatter JSON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter XML = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneOffset.UTC);

  private MelangeTime() {}

  static String json(Instant instant) {
    return JSON.format(instant);
  }

  static String xml(Instant instant) {
    return XML.format(instant);
  }
}
