package io.openipam.domain.allocation;

import io.openipam.domain.error.Invalid;

/** An allocation's identity (a UUID). */
public record AllocationId(String value) {

  public AllocationId {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed("allocation", "allocation id must be 1 to 255 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
