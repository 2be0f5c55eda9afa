package io.openipam.application.service;

import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Reads a pool or allocation on behalf of a caller. What the caller may not see is reported
 * exactly like what does not exist, so one tenant never learns of another's resources.
 */
@Singleton
public class VisibleResources {

  private final PoolStore pools;
  private final PoolSnapshots snapshots;
  private final AllocationStore allocations;

  public VisibleResources(PoolStore pools, PoolSnapshots snapshots, AllocationStore allocations) {
    this.pools = pools;
    this.snapshots = snapshots;
    this.allocations = allocations;
  }

  public Pool pool(Principal caller, PoolId id) {
    return pools.find(id)
        .filter(pool -> caller.mayActFor(pool.owner()))
        .orElseThrow(() -> new NotFound(NotFound.Kind.POOL, id.value()));
  }

  /** The same check on a snapshot at most a second old: the owner of a pool never changes. */
  public Pool recentPool(Principal caller, PoolId id) {
    Pool pool = snapshots.recent(id);
    if (!caller.mayActFor(pool.owner())) {
      throw new NotFound(NotFound.Kind.POOL, id.value());
    }
    return pool;
  }

  public Allocation allocation(Principal caller, AllocationId id) {
    return allocations.find(id)
        .filter(allocation -> allocation.isVisibleTo(caller))
        .orElseThrow(() -> new NotFound(NotFound.Kind.ALLOCATION, id.value()));
  }

  /** Writes a changed allocation, unless someone changed it since {@code before} was read. */
  public Allocation save(Allocation changed, Allocation before) {
    if (!allocations.update(changed, before.version())) {
      throw new Conflict(Conflict.Reason.STALE_VERSION,
          "allocation " + before.id() + " was changed by someone else; read it again", before.id().value());
    }
    return changed;
  }
}
