package io.openipam.application.service;

import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Not transactional on purpose: an allocation is one insert, and a lease of fresh slots must
 * commit on its own rather than wait inside a caller's transaction.
 */
@Singleton
public class AllocateFromPoolService implements AllocateFromPool {

  private final VisibleResources visible;
  private final PoolAllocator allocator;

  public AllocateFromPoolService(VisibleResources visible, PoolAllocator allocator) {
    this.visible = visible;
    this.allocator = allocator;
  }

  @Override
  public Allocation allocateNext(Principal caller, PoolId poolId, AllocationDetails details) {
    Pool pool = visible.recentPool(caller, poolId);
    return allocator.next(pool, details.lessee(), details)
        .orElseThrow(() -> new Exhausted(Exhausted.Scope.POOL, poolId.value()));
  }

  @Override
  public Allocation allocateSpecific(Principal caller, PoolId poolId, IpAddress address, AllocationDetails details) {
    Pool pool = visible.recentPool(caller, poolId);
    return allocator.specific(pool, address, details.lessee(), details);
  }
}
