package io.openipam.domain.pool;

import io.openipam.domain.error.Identifiers;

/** Where public pools live: a region or zone, as configured by the operator. */
public record LocationId(String value) {

  public LocationId {
    Identifiers.check("location", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
