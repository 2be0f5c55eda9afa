package io.openipam.application.service;

import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class FindPoolsService implements FindPools {

  private final VisibleResources visible;
  private final PoolStore pools;

  public FindPoolsService(VisibleResources visible, PoolStore pools) {
    this.visible = visible;
    this.pools = pools;
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
  public List<Pool> list(Principal caller, Query query) {
    if (!caller.mayActFor(query.owner())) {
      throw new Forbidden("a tenant lists only its own pools");
    }
    return pools.list(query.owner(), query.visibility(), query.afterId(), query.limit());
  }

  @Override
  public List<Pool> subpools(Principal caller, PoolId parent) {
    return pools.children(visible.pool(caller, parent).id());
  }
}
