package io.openipam.domain.pool;

import io.openipam.domain.error.Invalid;

/** Where public pools live: a region or zone, as configured by the operator. */
public record LocationId(String value) {

  public LocationId {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed("location", "location id must be 1 to 255 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
