package io.openipam.domain.tenant;

import io.openipam.domain.error.Identifiers;

/** Who owns or leases resources: a Melange tenant, a project, an organization, a namespace. */
public record TenantId(String value) {

  public TenantId {
    Identifiers.check("tenant", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
