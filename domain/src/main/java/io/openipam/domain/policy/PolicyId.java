package io.openipam.domain.policy;

import io.openipam.domain.error.Invalid;

/** A policy's identity. */
public record PolicyId(String value) {

  public PolicyId {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed("policy", "policy id must be 1 to 255 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
