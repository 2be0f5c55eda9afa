package io.openipam.application.service;

import io.openipam.application.port.in.DefineStaticRoutes;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.StaticRouteStore;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.StaticRoute;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Singleton
public class DefineStaticRoutesService implements DefineStaticRoutes {

  private final VisibleResources visible;
  private final StaticRouteStore routes;
  private final IdSource ids;
  private final Clock clock;

  public DefineStaticRoutesService(VisibleResources visible, StaticRouteStore routes, IdSource ids, Clock clock) {
    this.visible = visible;
    this.routes = routes;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  @Transactional
  public StaticRoute add(Principal caller, PoolId pool, RouteSpec spec) {
    visible.pool(caller, pool);
    Instant now = clock.instant();
    StaticRoute route = new StaticRoute(ids.newId(), pool, spec.destination(), spec.netmask(), spec.gateway(), now,
        now);
    routes.insert(route);
    return route;
  }

  @Override
  public StaticRoute get(Principal caller, PoolId pool, String routeId) {
    visible.pool(caller, pool);
    return routes.find(pool, routeId).orElseThrow(() -> notFound(routeId));
  }

  @Override
  public List<StaticRoute> list(Principal caller, PoolId pool, String afterId, int limit) {
    visible.pool(caller, pool);
    return routes.list(pool, afterId, Math.clamp(limit, 1, 1000));
  }

  @Override
  public List<StaticRoute> forAllocation(Principal caller, Allocation allocation) {
    if (!allocation.isVisibleTo(caller)) {
      throw new NotFound(NotFound.Kind.ALLOCATION, allocation.id().value());
    }
    return routes.list(allocation.pool(), null, 1000);
  }

  @Override
  @Transactional
  public StaticRoute amend(Principal caller, PoolId pool, String routeId, RouteSpec changes) {
    StaticRoute current = get(caller, pool, routeId);
    StaticRoute amended = current.amended(
        changes.destination() == null ? current.destination() : changes.destination(),
        changes.netmask() == null ? current.netmask() : changes.netmask(),
        changes.gateway() == null ? current.gateway() : changes.gateway(),
        clock.instant());
    if (!routes.update(amended)) {
      throw notFound(routeId);
    }
    return amended;
  }

  @Override
  @Transactional
  public void remove(Principal caller, PoolId pool, String routeId) {
    visible.pool(caller, pool);
    if (!routes.delete(pool, routeId)) {
      throw notFound(routeId);
    }
  }

  private static NotFound notFound(String routeId) {
    return new NotFound(NotFound.Kind.STATIC_ROUTE, routeId);
  }
}
