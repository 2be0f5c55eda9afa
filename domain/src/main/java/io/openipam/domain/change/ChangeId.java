package io.openipam.domain.change;

import io.openipam.domain.error.Identifiers;

/** A recorded change's identity (a UUID). */
public record ChangeId(String value) {

  public ChangeId {
    Identifiers.check("change", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
