package io.openipam.application.service;

import io.openipam.application.port.in.AllocateInNetwork;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All or nothing by compensation: each address is its own insert, and a failure gives back the earlier ones. */
@Singleton
public class AllocateInNetworkService implements AllocateInNetwork {

  private final PoolStore pools;
  private final PoolAllocator allocator;

  public AllocateInNetworkService(PoolStore pools, PoolAllocator allocator) {
    this.pools = pools;
    this.allocator = allocator;
  }

  @Override
  public List<Allocation> allocate(Principal caller, NetworkId network, TenantId owner, Set<IpFamily> families,
      Completeness completeness, AllocationDetails details) {
    List<Pool> candidates = caller.mayActFor(owner) ? pools.leavesInNetwork(network, owner) : List.of();
    if (candidates.isEmpty()) {
      throw new NotFound(NotFound.Kind.NETWORK, network.value());
    }
    List<Allocation> taken = new ArrayList<>();
    List<Pool> takenFrom = new ArrayList<>();
    try {
      for (IpFamily family : IpFamily.values()) {
        List<Pool> ofFamily = candidates.stream().filter(pool -> pool.prefix().family() == family).toList();
        if (!families.contains(family) || ofFamily.isEmpty()) {
          continue;
        }
        Optional<Allocation> allocation = firstFree(ofFamily, details, takenFrom);
        if (allocation.isPresent()) {
          taken.add(allocation.get());
        } else if (completeness == Completeness.EVERY_FAMILY_OR_NOTHING) {
          throw new Exhausted(Exhausted.Scope.NETWORK, network.value());
        }
      }
    } catch (RuntimeException failure) {
      giveBack(takenFrom, taken);
      throw failure;
    }
    if (taken.isEmpty()) {
      throw new Exhausted(Exhausted.Scope.NETWORK, network.value());
    }
    return taken;
  }

  private Optional<Allocation> firstFree(List<Pool> ofFamily, AllocationDetails details, List<Pool> takenFrom) {
    for (Pool pool : ofFamily) {
      Optional<Allocation> allocation = allocator.next(pool, details.lessee(), details);
      if (allocation.isPresent()) {
        takenFrom.add(pool);
        return allocation;
      }
    }
    return Optional.empty();
  }

  private void giveBack(List<Pool> takenFrom, List<Allocation> taken) {
    for (int i = 0; i < taken.size(); i++) {
      allocator.giveBack(takenFrom.get(i), taken.get(i));
    }
  }
}
