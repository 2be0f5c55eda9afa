package io.openipam.domain.device;

import io.openipam.domain.error.Identifiers;

/** A MAC address range's identity (a UUID). */
public record MacRangeId(String value) {

  public MacRangeId {
    Identifiers.check("mac range", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
