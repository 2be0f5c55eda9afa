package io.openipam.domain.pool;

import io.openipam.domain.error.Invalid;

/** Groups pools into one address space (Melange network, IPAMClaim network, k0rdent network). */
public record NetworkId(String value) {

  public NetworkId {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed("network", "network id must be 1 to 255 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
