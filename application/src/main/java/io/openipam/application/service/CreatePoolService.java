package io.openipam.application.service;

import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.PoolPlacement;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Singleton
public class CreatePoolService implements CreatePool {

  private final PoolStore pools;
  private final PolicyStore policies;
  private final AllocationStore allocations;
  private final PoolSnapshots snapshots;
  private final IdSource ids;
  private final Clock clock;

  public CreatePoolService(PoolStore pools, PolicyStore policies, AllocationStore allocations,
      PoolSnapshots snapshots, IdSource ids, Clock clock) {
    this.pools = pools;
    this.snapshots = snapshots;
    this.policies = policies;
    this.allocations = allocations;
    this.ids = ids;
    this.clock = clock;
  }

  /** Locks are always taken in one order (parent, public space, network) so creations cannot deadlock. */
  @Override
  @Transactional
  public Pool create(Principal caller, NewPool request) {
    if (!caller.mayActFor(request.owner())) {
      throw new Forbidden("a tenant creates pools only for itself");
    }
    Pool parent = null;
    boolean parentHasAllocations = false;
    List<Pool> siblings = List.of();
    if (request.parent() != null) {
      parent = pools.findForUpdate(request.parent())
          .filter(found -> caller.mayActFor(found.owner()))
          .orElseThrow(() -> new Invalid(Invalid.Reason.UNKNOWN_REFERENCE, "parent",
              "parent pool " + request.parent() + " does not exist", request.parent().value()));
      siblings = pools.children(parent.id());
      parentHasAllocations = allocations.anyInPool(parent.id());
    }
    if (request.visibility() == Visibility.PUBLIC && parent == null) {
      pools.lockPlacement("public");
    }
    if (request.network() != null) {
      pools.lockPlacement("network:" + request.network().value());
    }
    PoolPlacement.check(request.prefix(), request.visibility(), request.network(), new PoolPlacement.Neighbours(
        parent,
        parentHasAllocations,
        siblings,
        request.visibility() == Visibility.PUBLIC && parent == null
            ? pools.overlappingPublicTopLevel(request.prefix()) : List.of(),
        request.network() == null ? List.of() : pools.overlappingTopLevelInNetwork(request.network(), request.prefix()),
        request.network() == null ? null : pools.visibilityOf(request.network()).orElse(null)));
    if (request.policy() != null
        && policies.find(request.policy()).filter(policy -> caller.mayActFor(policy.owner())).isEmpty()) {
      throw new Invalid(Invalid.Reason.UNKNOWN_REFERENCE, "policy", "policy " + request.policy() + " does not exist",
          request.policy().value());
    }
    Instant now = clock.instant();
    Pool pool = new Pool(new PoolId(ids.newId()), request.owner(), request.prefix(),
        request.unitLength() == null ? request.prefix().family().bits() : request.unitLength(),
        request.visibility(), request.network(), request.location(), request.parent(), request.gateway(),
        request.nameservers(), request.reserved() == null ? ReservedAddresses.NETWORK_AND_LAST : request.reserved(),
        request.policy(), request.description(), 0, now, now, 0);
    pools.insert(pool);
    if (parent != null) {
      snapshots.forget(List.of(parent.id()));
    }
    return pool;
  }
}
