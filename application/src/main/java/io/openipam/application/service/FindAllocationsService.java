package io.openipam.application.service;

import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class FindAllocationsService implements FindAllocations {

  private final VisibleResources visible;
  private final AllocationStore allocations;

  public FindAllocationsService(VisibleResources visible, AllocationStore allocations) {
    this.visible = visible;
    this.allocations = allocations;
  }

  @Override
  public Allocation get(Principal caller, AllocationId id) {
    return visible.allocation(caller, id);
  }

  @Override
  public Allocation getByAddress(Principal caller, PoolId pool, IpAddress address) {
    visible.pool(caller, pool);
    return allocations.findByAddress(pool, address)
        .orElseThrow(() -> new NotFound(NotFound.Kind.ALLOCATION, address.toString()));
  }

  @Override
  public List<Allocation> list(Principal caller, Query query) {
    if (query.pool() != null) {
      visible.pool(caller, query.pool());
    } else if (!caller.mayActFor(query.lessee())) {
      throw new Forbidden("a tenant lists only its own allocations");
    }
    return allocations.list(query.lessee(), query.pool(), query.state(), query.afterId(), query.limit());
  }
}
