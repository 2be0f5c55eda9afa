package io.openipam.adapters.scaleway.auth;

import io.openipam.domain.tenant.TenantId;

/** A Scaleway project: its id, its organization's id, and the core tenant its FIPs are leased to. */
public record Project(String id, String organization, TenantId tenant) {

  /** A project nobody configured: its own organization (as production shows for default projects) and tenant. */
  static Project standalone(String id) {
    return new Project(id, id, new TenantId(id));
  }
}
