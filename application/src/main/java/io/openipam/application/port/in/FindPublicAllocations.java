package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/** Reads the live addresses a tenant leases from the operator's public pools of one location. */
public interface FindPublicAllocations {

  /** Not found unless it is live, visible to the caller, and leased from a public pool of {@code location}. */
  Allocation get(Principal caller, AllocationId id, LocationId location);

  /** All of them, ordered by id. */
  List<Allocation> list(Principal caller, TenantId lessee, LocationId location);
}
