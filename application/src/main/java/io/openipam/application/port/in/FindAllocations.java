package io.openipam.application.port.in;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/** Reads allocations the caller may see. */
public interface FindAllocations {

  /** Lists by lessee or by pool (at least one), ordered by id, after {@code afterId} when given. */
  record Query(TenantId lessee, PoolId pool, AllocationState state, AllocationId afterId, int limit) {

    public Query {
      if (lessee == null && pool == null) {
        throw new IllegalArgumentException("a query names a lessee or a pool");
      }
      limit = Math.clamp(limit, 1, 1000);
    }
  }

  Allocation get(Principal caller, AllocationId id);

  Allocation getByAddress(Principal caller, PoolId pool, IpAddress address);

  List<Allocation> list(Principal caller, Query query);
}
