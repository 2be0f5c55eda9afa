package io.openipam.application.service;

import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Singleton
public class FindPublicAllocationsService implements FindPublicAllocations {

  private static final int PAGE = 1000;

  private final VisibleResources visible;
  private final AllocationStore allocations;
  private final PoolStore pools;
  private final IpamSettings settings;

  public FindPublicAllocationsService(VisibleResources visible, AllocationStore allocations, PoolStore pools,
      IpamSettings settings) {
    this.visible = visible;
    this.allocations = allocations;
    this.pools = pools;
    this.settings = settings;
  }

  @Override
  public Allocation get(Principal caller, AllocationId id, LocationId location) {
    Allocation allocation = visible.allocation(caller, id);
    if (allocation.isReleased() || !isPublicIn(allocation.pool(), location, new HashMap<>())) {
      throw new NotFound(NotFound.Kind.ALLOCATION, id.value());
    }
    return allocation;
  }

  @Override
  public List<Allocation> list(Principal caller, TenantId lessee, LocationId location) {
    if (!caller.mayActFor(lessee)) {
      throw new Forbidden("a tenant lists only its own allocations");
    }
    Map<PoolId, Boolean> inLocation = new HashMap<>();
    List<Allocation> found = new ArrayList<>();
    AllocationId after = null;
    List<Allocation> page;
    do {
      page = allocations.list(lessee, null, AllocationState.ALLOCATED, after, PAGE);
      for (Allocation allocation : page) {
        if (isPublicIn(allocation.pool(), location, inLocation)) {
          found.add(allocation);
        }
      }
      after = page.isEmpty() ? null : page.getLast().id();
    } while (page.size() == PAGE);
    return found;
  }

  /** One of the operator's public pools of the location (pool reads cached per call). */
  private boolean isPublicIn(PoolId id, LocationId location, Map<PoolId, Boolean> known) {
    return known.computeIfAbsent(id, pool -> pools.find(pool)
        .map(found -> isOperatorsPublicPoolIn(found, location))
        .orElse(false));
  }

  private boolean isOperatorsPublicPoolIn(Pool pool, LocationId location) {
    return pool.visibility() == Visibility.PUBLIC && location.equals(pool.location())
        && settings.operatorTenant().equals(pool.owner());
  }
}
