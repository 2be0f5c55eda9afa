package io.openipam.application.service;

import io.openipam.application.port.in.AllocatePublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

@Singleton
public class AllocatePublicAddressService implements AllocatePublicAddress {

  private final PoolStore pools;
  private final PoolAllocator allocator;
  private final IpamSettings settings;

  public AllocatePublicAddressService(PoolStore pools, PoolAllocator allocator, IpamSettings settings) {
    this.pools = pools;
    this.allocator = allocator;
    this.settings = settings;
  }

  @Override
  public Allocation allocate(Principal caller, LocationId location, IpFamily family, int unitLength,
      AllocationDetails details) {
    // Only the operator's pools: a tenant's own public pool is never leased to others.
    List<Pool> candidates = pools.publicLeaves(settings.operatorTenant(), location, family, unitLength);
    if (candidates.isEmpty()) {
      throw new NotFound(NotFound.Kind.LOCATION, location.value() + " (no public " + family + " /" + unitLength + " pool)");
    }
    // Only an operator may lease to someone else; a tenant leases to itself.
    TenantId lessee = caller.isOperator() && details.lessee() != null ? details.lessee() : caller.tenant();
    for (Pool pool : candidates) {
      Optional<Allocation> allocation = allocator.next(pool, lessee, details);
      if (allocation.isPresent()) {
        return allocation.get();
      }
    }
    throw new Exhausted(Exhausted.Scope.LOCATION, location.value());
  }
}
