package io.openipam.domain.change;

import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One accepted and applied change to an allocation, kept for a while so that a client that was
 * told "accepted" can ask later, from any server process, what became of it. The tenant is the
 * allocation's lessee; the location is where the allocation lives, null when it has none.
 */
public record Change(
    ChangeId id,
    TenantId tenant,
    LocationId location,
    AllocationId subject,
    Kind kind,
    Instant acceptedAt) {

  public enum Kind {
    ALLOCATED,
    AMENDED,
    ATTACHED,
    DETACHED,
    RELEASED
  }

  public Change {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
  }

  /** The tenant it concerns and operators may read it; nobody else learns it exists. */
  public boolean isVisibleTo(Principal caller) {
    return caller.mayActFor(tenant);
  }
}
