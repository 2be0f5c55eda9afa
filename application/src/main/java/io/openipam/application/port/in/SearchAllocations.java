package io.openipam.application.port.in;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/**
 * Lists allocations across pools: those leased to a tenant, or (for an operator) all of them,
 * narrowed by device, address and state; and those attached to an interface.
 */
public interface SearchAllocations {

  /** Every part but the limit may be null; a null lessee means every tenant's (operators only). */
  record Query(TenantId lessee, String deviceId, IpAddress address, AllocationState state,
      AllocationId afterId, int limit) {

    public Query {
      limit = Math.clamp(limit, 1, 1000);
    }
  }

  /** Ordered by id, after {@code afterId} when given. */
  List<Allocation> list(Principal caller, Query query);

  /**
   * The allocations attached to an interface that the caller may see (as the owner of their pool,
   * their lessee, or an operator), ordered by id. An interface that does not exist is not found;
   * ids are unique across tenants, so that tells nobody more than a taken id does.
   */
  List<Allocation> ofInterface(Principal caller, InterfaceId id, AllocationState state);
}
