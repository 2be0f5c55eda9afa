package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.StaticRoute;
import io.openipam.domain.tenant.Principal;
import java.util.List;

/** The static routes of a pool: whoever may use the pool may read and change them. */
public interface DefineStaticRoutes {

  /** A route's destination, netmask and gateway; null leaves a field as it is when amending. */
  record RouteSpec(String destination, String netmask, String gateway) {}

  StaticRoute add(Principal caller, PoolId pool, RouteSpec route);

  StaticRoute get(Principal caller, PoolId pool, String routeId);

  /** Ordered by id, after {@code afterId} when given; at most {@code limit} (1 to 1000). */
  List<StaticRoute> list(Principal caller, PoolId pool, String afterId, int limit);

  /**
   * The routes of the pool an allocation came from, for whoever sees the allocation (a lessee
   * configures its address with them), at most 1000.
   */
  List<StaticRoute> forAllocation(Principal caller, Allocation allocation);

  StaticRoute amend(Principal caller, PoolId pool, String routeId, RouteSpec changes);

  void remove(Principal caller, PoolId pool, String routeId);
}
