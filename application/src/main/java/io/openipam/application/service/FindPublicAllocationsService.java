package io.openipam.application.service;

import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Singleton
public class FindPublicAllocationsService implements FindPublicAllocations {

  private static final int PAGE = 1000;

  private final VisibleResources visible;
  private final PoolStore pools;
  private final AllocationStore allocations;
  private final IpamSettings settings;

  public FindPublicAllocationsService(VisibleResources visible, PoolStore pools, AllocationStore allocations,
      IpamSettings settings) {
    this.visible = visible;
    this.pools = pools;
    this.allocations = allocations;
    this.settings = settings;
  }

  @Override
  public List<Allocation> list(Principal caller, TenantId lessee, LocationId location, IpFamily family,
      int unitLength) {
    if (!caller.mayActFor(lessee)) {
      throw new Forbidden("a tenant lists only its own allocations");
    }
    List<Allocation> found = new ArrayList<>();
    for (Pool pool : pools.publicLeaves(settings.operatorTenant(), location, family, unitLength)) {
      List<Allocation> page;
      AllocationId after = null;
      do {
        page = allocations.list(lessee, pool.id(), AllocationState.ALLOCATED, after, PAGE);
        found.addAll(page);
        after = page.isEmpty() ? null : page.getLast().id();
      } while (page.size() == PAGE);
    }
    found.sort(Comparator.comparing(allocation -> allocation.id().value()));
    return found;
  }

  @Override
  public Allocation get(Principal caller, LocationId location, AllocationId id) {
    Allocation allocation = visible.allocation(caller, id);
    boolean fromThere = !allocation.isReleased() && pools.find(allocation.pool())
        .filter(pool -> pool.visibility() == Visibility.PUBLIC)
        .filter(pool -> pool.owner().equals(settings.operatorTenant()))
        .filter(pool -> location.equals(pool.location()))
        .isPresent();
    if (!fromThere) {
      throw new NotFound(NotFound.Kind.ALLOCATION, id.value());
    }
    return allocation;
  }
}
