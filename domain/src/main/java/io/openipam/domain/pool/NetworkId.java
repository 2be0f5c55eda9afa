package io.openipam.domain.pool;

import io.openipam.domain.error.Identifiers;

/** Groups pools into one address space (Melange network, IPAMClaim network, k0rdent network). */
public record NetworkId(String value) {

  public NetworkId {
    Identifiers.check("network", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
