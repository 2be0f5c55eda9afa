package io.openipam.domain.policy;

import io.openipam.domain.error.Identifiers;

/** A policy's identity. */
public record PolicyId(String value) {

  public PolicyId {
    Identifiers.check("policy", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
