package io.openipam.domain.pool;

import io.openipam.domain.error.Invalid;

/** A pool's identity (a UUID for pools we create; any text a client may ask for). */
public record PoolId(String value) {

  public PoolId {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed("pool", "pool id must be 1 to 255 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
