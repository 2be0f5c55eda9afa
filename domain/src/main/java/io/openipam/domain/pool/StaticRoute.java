package io.openipam.domain.pool;

import io.openipam.domain.error.Invalid;
import java.time.Instant;
import java.util.Objects;

/**
 * A static route that hosts addressed from a pool should install: traffic for {@code destination}
 * (with {@code netmask}, if given) goes through {@code gateway}. Kept as the text given: routes are
 * advice for the hosts, and clients have written them in more than one notation.
 */
public record StaticRoute(String id, PoolId pool, String destination, String netmask, String gateway,
    Instant createdAt, Instant updatedAt) {

  static final int LONGEST_TEXT = 255;

  public StaticRoute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pool, "pool");
    required("destination", destination);
    required("gateway", gateway);
    if (netmask != null && (netmask.isBlank() || netmask.length() > LONGEST_TEXT)) {
      throw Invalid.malformed("netmask", "netmask must be 1 to " + LONGEST_TEXT + " characters");
    }
  }

  /** The same route with its destination, netmask and gateway replaced at {@code now}. */
  public StaticRoute amended(String newDestination, String newNetmask, String newGateway, Instant now) {
    return new StaticRoute(id, pool, newDestination, newNetmask, newGateway, createdAt, now);
  }

  private static void required(String field, String value) {
    if (value == null || value.isBlank() || value.length() > LONGEST_TEXT) {
      throw Invalid.malformed(field, field + " must be 1 to " + LONGEST_TEXT + " characters");
    }
  }
}
