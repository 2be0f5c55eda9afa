package io.openipam.domain.pool;

import io.openipam.domain.error.Identifiers;

/** A pool's identity (a UUID for pools we create; any text a client may ask for). */
public record PoolId(String value) {

  public PoolId {
    Identifiers.check("pool", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
