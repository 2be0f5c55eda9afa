package io.openipam.application.service;

import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class FindPoolsService implements FindPools {

  private final VisibleResources visible;
  private final PoolStore pools;
  private final PoolSnapshots snapshots;

  public FindPoolsService(VisibleResources visible, PoolStore pools, PoolSnapshots snapshots) {
    this.visible = visible;
    this.pools = pools;
    this.snapshots = snapshots;
  }

  @Override
  public Pool get(Principal caller, PoolId id) {
    return visible.pool(caller, id);
  }

  @Override
  public Pool recent(Principal caller, PoolId id) {
    return visible.recentPool(caller, id);
  }

  @Override
  public Pool holding(Principal caller, Allocation allocation) {
    if (!allocation.isVisibleTo(caller)) {
      throw new NotFound(NotFound.Kind.ALLOCATION, allocation.id().value());
    }
    return snapshots.recent(allocation.pool());
  }

  @Override
  public List<Pool> list(Principal caller, Query query) {
    if (!caller.mayActFor(query.owner())) {
      throw new Forbidden("a tenant lists only its own pools");
    }
    return pools.list(query.owner(), query.visibility(), query.afterId(), query.limit());
  }

  @Override
  public List<Pool> inNetwork(Principal caller, NetworkId network, TenantId owner) {
    List<Pool> found = caller.mayActFor(owner) ? pools.inNetwork(network, owner) : List.of();
    if (found.isEmpty()) {
      throw new NotFound(NotFound.Kind.NETWORK, network.value());
    }
    return found;
  }

  @Override
  public List<Pool> subpools(Principal caller, PoolId parent) {
    return pools.children(visible.pool(caller, parent).id());
  }
}
