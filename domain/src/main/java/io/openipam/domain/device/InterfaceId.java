package io.openipam.domain.device;

import io.openipam.domain.error.Identifiers;

/**
 * A network interface's identity: the id its client gave it (unique across all tenants), or a
 * UUID when the client gave none.
 */
public record InterfaceId(String value) {

  public InterfaceId {
    Identifiers.check("interface", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
