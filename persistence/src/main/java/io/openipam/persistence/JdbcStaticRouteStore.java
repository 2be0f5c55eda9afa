package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.StaticRouteStore;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.StaticRoute;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
public class JdbcStaticRouteStore implements StaticRouteStore {

  private static final String SELECT =
      "SELECT id, pool_id, destination, netmask, gateway, created_at, updated_at FROM pool_static_route ";

  private final Sql sql;

  public JdbcStaticRouteStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(StaticRoute route) {
    try {
      sql.update("INSERT INTO pool_static_route (id, pool_id, destination, netmask, gateway, created_at, updated_at) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?)",
          route.id(), route.pool().value(), route.destination(), route.netmask(), route.gateway(), route.createdAt(),
          route.updatedAt());
    } catch (MissingReference poolGone) {
      throw new NotFound(NotFound.Kind.POOL, route.pool().value());
    }
  }

  @Override
  @Connectable
  public Optional<StaticRoute> find(PoolId pool, String id) {
    return sql.one(SELECT + "WHERE id = ? AND pool_id = ?", JdbcStaticRouteStore::route, id, pool.value());
  }

  @Override
  @Connectable
  public List<StaticRoute> list(PoolId pool, String afterId, int limit) {
    if (afterId == null) {
      return sql.query(SELECT + "WHERE pool_id = ? ORDER BY id LIMIT " + limit, JdbcStaticRouteStore::route,
          pool.value());
    }
    return sql.query(SELECT + "WHERE pool_id = ? AND id > ? ORDER BY id LIMIT " + limit, JdbcStaticRouteStore::route,
        pool.value(), afterId);
  }

  @Override
  @Transactional
  public boolean update(StaticRoute route) {
    return sql.update("UPDATE pool_static_route SET destination = ?, netmask = ?, gateway = ?, updated_at = ? "
            + "WHERE id = ? AND pool_id = ?",
        route.destination(), route.netmask(), route.gateway(), route.updatedAt(), route.id(), route.pool().value()) == 1;
  }

  @Override
  @Transactional
  public boolean delete(PoolId pool, String id) {
    return sql.update("DELETE FROM pool_static_route WHERE id = ? AND pool_id = ?", id, pool.value()) == 1;
  }

  private static StaticRoute route(ResultSet rs) throws SQLException {
    return new StaticRoute(rs.getString("id"), new PoolId(rs.getString("pool_id")), rs.getString("destination"),
        rs.getString("netmask"), rs.getString("gateway"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
  }
}
