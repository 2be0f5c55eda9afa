package io.openipam.application.port.out;

import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.StaticRoute;
import java.util.List;
import java.util.Optional;

/** Where the static routes of pools live; a route goes with its pool. */
public interface StaticRouteStore {

  /** Throws NotFound (pool) if the pool is gone. */
  void insert(StaticRoute route);

  Optional<StaticRoute> find(PoolId pool, String id);

  /** Ordered by id, after {@code afterId} when given. */
  List<StaticRoute> list(PoolId pool, String afterId, int limit);

  /** Writes destination, netmask, gateway and update time; false if the route is not (or no longer) there. */
  boolean update(StaticRoute route);

  boolean delete(PoolId pool, String id);
}
