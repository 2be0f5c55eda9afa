package io.openipam.application.fakes;

import io.openipam.application.port.out.StaticRouteStore;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.StaticRoute;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Routes by id; a route whose pool is gone is gone too, as the real store's cascade has it. */
public final class InMemoryStaticRoutes implements StaticRouteStore {

  private final InMemoryDatabase db;
  private final TreeMap<String, StaticRoute> routes = new TreeMap<>();

  public InMemoryStaticRoutes(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(StaticRoute route) {
    synchronized (db) {
      if (!db.poolExists(route.pool())) {
        throw new NotFound(NotFound.Kind.POOL, route.pool().value());
      }
      if (routes.putIfAbsent(route.id(), route) != null) {
        throw new IllegalStateException("duplicate primary key: route " + route.id());
      }
    }
  }

  @Override
  public Optional<StaticRoute> find(PoolId pool, String id) {
    synchronized (db) {
      return Optional.ofNullable(routes.get(id)).filter(route -> route.pool().equals(pool) && db.poolExists(pool));
    }
  }

  @Override
  public List<StaticRoute> list(PoolId pool, String afterId, int limit) {
    synchronized (db) {
      return (afterId == null ? routes : routes.tailMap(afterId, false)).values().stream()
          .filter(route -> route.pool().equals(pool) && db.poolExists(pool))
          .limit(limit)
          .toList();
    }
  }

  @Override
  public boolean update(StaticRoute route) {
    synchronized (db) {
      if (find(route.pool(), route.id()).isEmpty()) {
        return false;
      }
      routes.put(route.id(), route);
      return true;
    }
  }

  @Override
  public boolean delete(PoolId pool, String id) {
    synchronized (db) {
      return find(pool, id).isPresent() && routes.remove(id) != null;
    }
  }
}
