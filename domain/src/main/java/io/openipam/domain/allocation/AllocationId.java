package io.openipam.domain.allocation;

import io.openipam.domain.error.Identifiers;

/** An allocation's identity (a UUID). */
public record AllocationId(String value) {

  public AllocationId {
    Identifiers.check("allocation", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
