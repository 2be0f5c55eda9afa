package io.openipam.domain.policy;

import io.openipam.domain.error.Invalid;

/**
 * Excludes every address whose last group equals {@code octet}, whatever the pool's size: the
 * last byte of an IPv4 address, the last 16-bit group of an IPv6 address.
 */
public record UnusableOctet(String id, int octet) {

  public UnusableOctet {
    if (octet < 0 || octet > 255) {
      throw Invalid.malformed("octet", "an unusable octet is 0 to 255, not " + octet);
    }
  }
}
