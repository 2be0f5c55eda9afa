package io.openipam.persistence;

import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

@Singleton
public class JdbcPoolStore implements PoolStore {

  private final Sql sql;
  private final PlacementLocks locks;

  public JdbcPoolStore(Sql sql, PlacementLocks locks) {
    this.sql = sql;
    this.locks = locks;
  }

  @Override
  @Transactional
  public void insert(Pool pool) {
    IpPrefix prefix = pool.prefix();
    sql.update("INSERT INTO pool (id, owner_tenant, family, first_address, last_address, prefix_length, unit_length, "
            + "visibility, network_id, location_id, parent_id, gateway, primary_nameserver, secondary_nameserver, "
            + "reserve_network_address, reserve_last_address, policy_id, description, subpool_count, created_at, "
            + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        pool.id().value(), pool.owner().value(), prefix.family().version(), prefix.network().toBytes(),
        prefix.last().toBytes(), prefix.length(), pool.unitLength(), pool.visibility(), value(pool.network()),
        value(pool.location()), value(pool.parent()), pool.gateway() == null ? null : pool.gateway().toBytes(),
        pool.nameservers().primary(), pool.nameservers().secondary(), pool.reserved().networkAddress(),
        pool.reserved().lastAddress(), value(pool.policy()), pool.description(), pool.subpoolCount(),
        pool.createdAt(), pool.updatedAt(), pool.version());
    sql.update("INSERT INTO pool_cursor (pool_id, next_slot) VALUES (?, 0)", pool.id().value());
    if (pool.parent() != null) {
      closeForAllocation(pool.parent());
      sql.update("UPDATE pool SET subpool_count = subpool_count + 1 WHERE id = ?", pool.parent().value());
    }
  }

  /**
   * A subdivided pool hands out nothing: its cursor row goes, and with it the foreign key that
   * every allocation of the pool needs. The database refuses while the pool holds allocations,
   * including ones being inserted at this moment by another process.
   */
  private void closeForAllocation(PoolId parent) {
    try {
      sql.update("DELETE FROM pool_cursor WHERE pool_id = ?", parent.value());
    } catch (StillReferenced allocationsExist) {
      throw new Conflict(Conflict.Reason.POOL_HAS_ALLOCATIONS,
          "pool " + parent + " cannot be subdivided: it has allocated addresses");
    }
  }

  @Override
  @Connectable
  public Optional<Pool> find(PoolId id) {
    return sql.one(PoolRows.SELECT + "WHERE p.id = ?", PoolRows::map, id.value());
  }

  @Override
  @Transactional
  public boolean update(Pool updated, long expectedVersion) {
    return sql.update("UPDATE pool SET network_id = ?, gateway = ?, primary_nameserver = ?, secondary_nameserver = ?, "
            + "policy_id = ?, description = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
        value(updated.network()), updated.gateway() == null ? null : updated.gateway().toBytes(),
        updated.nameservers().primary(), updated.nameservers().secondary(), value(updated.policy()),
        updated.description(), updated.updatedAt(), updated.version(), updated.id().value(), expectedVersion) == 1;
  }

  @Override
  @Transactional
  public Optional<Pool> findForUpdate(PoolId id) {
    return sql.one(PoolRows.SELECT + "WHERE p.id = ? FOR UPDATE", PoolRows::map, id.value());
  }

  @Override
  @Transactional
  public void lockPlacement(String space) {
    locks.ensureExists(space);
    sql.one("SELECT space FROM placement_lock WHERE space = ? FOR UPDATE", rs -> rs.getString(1), space);
  }

  @Override
  @Connectable
  public List<Pool> children(PoolId parent) {
    return sql.query(PoolRows.SELECT + "WHERE p.parent_id = ? ORDER BY p.created_at, p.id", PoolRows::map,
        parent.value());
  }

  @Override
  @Connectable
  public List<Pool> overlappingPublicTopLevel(IpPrefix prefix) {
    return sql.query(PoolRows.SELECT + "WHERE p.visibility = 'PUBLIC' AND p.family = ? AND p.parent_id IS NULL "
            + "AND p.first_address <= ? AND p.last_address >= ? ORDER BY p.first_address",
        PoolRows::map, prefix.family().version(), prefix.last().toBytes(), prefix.network().toBytes());
  }

  @Override
  @Connectable
  public List<Pool> overlappingTopLevelInNetwork(NetworkId network, IpPrefix prefix) {
    return sql.query(PoolRows.SELECT + "LEFT JOIN pool parent ON parent.id = p.parent_id "
            + "WHERE p.network_id = ? AND p.family = ? AND p.first_address <= ? AND p.last_address >= ? "
            + "AND (p.parent_id IS NULL OR parent.network_id IS NULL OR parent.network_id <> p.network_id) "
            + "ORDER BY p.first_address",
        PoolRows::map, network.value(), prefix.family().version(), prefix.last().toBytes(), prefix.network().toBytes());
  }

  @Override
  @Connectable
  public Optional<Visibility> visibilityOf(NetworkId network) {
    return sql.one("SELECT visibility FROM pool WHERE network_id = ? LIMIT 1",
        rs -> Visibility.valueOf(rs.getString(1)), network.value());
  }

  @Override
  @Connectable
  public List<Pool> inNetwork(NetworkId network, TenantId owner) {
    return sql.query(PoolRows.SELECT + "WHERE p.network_id = ? AND p.owner_tenant = ? ORDER BY p.created_at, p.id",
        PoolRows::map, network.value(), owner.value());
  }

  @Override
  @Connectable
  public List<Pool> leavesInNetwork(NetworkId network, TenantId owner) {
    return sql.query(PoolRows.SELECT + "WHERE p.network_id = ? AND p.owner_tenant = ? AND p.subpool_count = 0 "
        + "ORDER BY p.created_at, p.id", PoolRows::map, network.value(), owner.value());
  }

  @Override
  @Connectable
  public List<Pool> publicLeaves(TenantId owner, LocationId location, IpFamily family, int unitLength) {
    return sql.query(PoolRows.SELECT + "WHERE p.location_id = ? AND p.visibility = 'PUBLIC' AND p.family = ? "
            + "AND p.unit_length = ? AND p.owner_tenant = ? AND p.subpool_count = 0 ORDER BY p.created_at, p.id",
        PoolRows::map, location.value(), family.version(), unitLength, owner.value());
  }

  @Override
  @Connectable
  public List<Pool> list(TenantId owner, Visibility visibility, PoolId afterId, int limit) {
    StringBuilder where = new StringBuilder("WHERE p.owner_tenant = ?");
    List<Object> params = new ArrayList<>(List.of(owner.value()));
    if (visibility != null) {
      where.append(" AND p.visibility = ?");
      params.add(visibility);
    }
    if (afterId != null) {
      where.append(" AND p.id > ?");
      params.add(afterId.value());
    }
    params.add(limit);
    return sql.query(PoolRows.SELECT + where + " ORDER BY p.id LIMIT ?", PoolRows::map, params.toArray());
  }

  @Override
  @Transactional
  public List<PoolId> deleteTree(PoolId root) {
    Optional<Pool> top = findForUpdate(root);
    if (top.isEmpty()) {
      return List.of();
    }
    List<PoolId> tree = new ArrayList<>();
    Deque<PoolId> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      PoolId next = pending.poll();
      tree.add(next);
      sql.query("SELECT id FROM pool WHERE parent_id = ?", rs -> new PoolId(rs.getString(1)), next.value())
          .forEach(pending::add);
    }
    // Children before parents, so no foreign key ever points at a deleted pool.
    for (PoolId id : tree.reversed()) {
      sql.update("DELETE FROM allocation WHERE pool_id = ?", id.value());
      sql.update("DELETE FROM pool WHERE id = ?", id.value());
    }
    PoolId parent = top.get().parent();
    if (parent != null) {
      sql.update("UPDATE pool SET subpool_count = subpool_count - 1 WHERE id = ?", parent.value());
      // The parent's last sub-pool is gone: it hands out addresses again, from its first slot.
      sql.update("INSERT INTO pool_cursor (pool_id, next_slot) SELECT id, 0 FROM pool WHERE id = ? AND subpool_count = 0",
          parent.value());
    }
    return tree;
  }

  private static String value(Record id) {
    return id == null ? null : id.toString();
  }
}
