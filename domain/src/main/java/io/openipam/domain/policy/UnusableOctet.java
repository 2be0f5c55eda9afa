package io.openipam.domain.policy;

import io.openipam.domain.error.Invalid;
import java.time.Instant;

/**
 * Excludes every address whose last group equals {@code octet}, whatever the pool's size: the
 * last byte of an IPv4 address, the last 16-bit group of an IPv6 address. So a value is 0 to
 * 65535; one above 255 excludes IPv6 addresses only.
 */
public record UnusableOctet(String id, int octet, Instant createdAt, Instant updatedAt) {

  public static final int LARGEST = 0xffff;

  public UnusableOctet {
    if (octet < 0 || octet > LARGEST) {
      throw Invalid.malformed("octet", "an unusable octet is 0 to " + LARGEST + ", not " + octet);
    }
  }

  /** The same exclusion with another value, changed at {@code now}. */
  public UnusableOctet amended(int newOctet, Instant now) {
    return new UnusableOctet(id, newOctet, createdAt, now);
  }
}
