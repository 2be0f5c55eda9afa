package io.openipam.domain.tenant;

import io.openipam.domain.error.Invalid;

/** Who owns or leases resources: a Melange tenant, a project, an organization, a namespace. */
public record TenantId(String value) {

  public TenantId {
    if (value == null || value.isBlank() || value.length() > 255) {
      throw Invalid.malformed("tenant", "a tenant id is 1 to 255 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
