package io.openipam.persistence;

import io.openipam.application.port.out.AllocationStore;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

@Singleton
public class JdbcAllocationStore implements AllocationStore {

  private static final String INSERT = "INSERT INTO allocation (id, pool_id, address, prefix_length, owner_tenant, "
      + "lessee_tenant, device_id, interface_id, mac_address, description, reverse_dns, hc_mode, hc_port, hc_interval, "
      + "hc_timeout, hc_strikes_ok, hc_strikes_fail, hc_uri, hc_tls_sni, hc_tls_skip_verify, state, released_at, "
      + "updated_at, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Sql sql;
  private final TransactionOperations<Connection> transactions;

  public JdbcAllocationStore(Sql sql, TransactionOperations<Connection> transactions) {
    this.sql = sql;
    this.transactions = transactions;
  }

  /**
   * Without labels the row is the whole allocation: one autocommitted insert, as cheap as any
   * write can be. With labels, the row and its labels commit together.
   */
  @Override
  @Connectable
  public boolean insertIfFree(Allocation allocation) {
    if (allocation.labels().isEmpty()) {
      return insertRow(allocation);
    }
    return transactions.executeWrite(status -> {
      boolean inserted = insertRow(allocation);
      if (inserted) {
        insertLabels(allocation);
      }
      return inserted;
    });
  }

  private boolean insertRow(Allocation allocation) {
    List<Object> values = new ArrayList<>(List.of(allocation.id().value(), allocation.pool().value(),
        allocation.address().toBytes(), allocation.prefix().length(), allocation.owner().value(),
        allocation.lessee().value()));
    values.addAll(AllocationRows.mutableValues(allocation));
    values.add(allocation.createdAt());
    try {
      return sql.insertUnlessDuplicate(INSERT, values.toArray());
    } catch (MissingReference poolDeleted) {
      throw new NotFound(NotFound.Kind.POOL, allocation.pool().value());
    }
  }

  @Override
  @Connectable
  public Optional<Allocation> find(AllocationId id) {
    return withLabels(sql.query(AllocationRows.SELECT + "WHERE a.id = ?", AllocationRows::read, id.value()))
        .stream().findFirst();
  }

  @Override
  @Connectable
  public Optional<Allocation> findByAddress(PoolId pool, IpAddress address) {
    return withLabels(sql.query(AllocationRows.SELECT + "WHERE a.pool_id = ? AND a.address = ?",
        AllocationRows::read, pool.value(), address.toBytes())).stream().findFirst();
  }

  @Override
  @Transactional
  public boolean update(Allocation updated, long expectedVersion) {
    List<Object> values = new ArrayList<>(AllocationRows.mutableValues(updated));
    values.add(updated.id().value());
    values.add(expectedVersion);
    if (sql.update("UPDATE allocation SET " + AllocationRows.MUTABLE_COLUMNS + " WHERE id = ? AND version = ?",
        values.toArray()) == 0) {
      return false;
    }
    sql.update("DELETE FROM allocation_label WHERE allocation_id = ?", updated.id().value());
    insertLabels(updated);
    return true;
  }

  @Override
  @Connectable
  public List<Allocation> list(TenantId lessee, PoolId pool, AllocationState state, AllocationId afterId, int limit) {
    StringBuilder where = new StringBuilder("WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (lessee != null) {
      where.append(" AND a.lessee_tenant = ?");
      params.add(lessee.value());
    }
    if (pool != null) {
      where.append(" AND a.pool_id = ?");
      params.add(pool.value());
    }
    if (state != null) {
      where.append(" AND a.state = ?");
      params.add(state);
    }
    if (afterId != null) {
      where.append(" AND a.id > ?");
      params.add(afterId.value());
    }
    params.add(limit);
    return withLabels(sql.query(AllocationRows.SELECT + where + " ORDER BY a.id LIMIT ?", AllocationRows::read,
        params.toArray()));
  }

  @Override
  @Connectable
  public boolean anyInPool(PoolId pool) {
    return sql.one("SELECT 1 FROM allocation WHERE pool_id = ? LIMIT 1", rs -> true, pool.value()).isPresent();
  }

  @Override
  @Connectable
  public List<Allocation> releasedBefore(Instant cutoff, int limit) {
    return withLabels(sql.query(AllocationRows.SELECT + "WHERE a.state = 'RELEASED' AND a.released_at <= ? "
        + "ORDER BY a.released_at LIMIT ?", AllocationRows::read, cutoff, limit));
  }

  @Override
  @Transactional
  public boolean remove(Allocation allocation, BigInteger slot) {
    if (sql.update("DELETE FROM allocation WHERE id = ? AND version = ?", allocation.id().value(),
        allocation.version()) == 0) {
      return false;
    }
    try {
      sql.insertUnlessDuplicate("INSERT INTO pool_free_slot (pool_id, slot) VALUES (?, ?)",
          allocation.pool().value(), slot);
    } catch (MissingReference poolDeleted) {
      // The pool went away with the allocation: there is nothing to give the slot back to.
    }
    return true;
  }

  private void insertLabels(Allocation allocation) {
    allocation.labels().entries().forEach((key, value) -> sql.update(
        "INSERT INTO allocation_label (allocation_id, label_key, label_value) VALUES (?, ?, ?)",
        allocation.id().value(), key, value));
  }

  /** One extra query for the labels of all rows, not one per row. */
  List<Allocation> withLabels(List<Function<Labels, Allocation>> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Allocation> bare = rows.stream().map(row -> row.apply(Labels.NONE)).toList();
    List<Object> ids = bare.stream().map(allocation -> (Object) allocation.id().value()).toList();
    Map<String, TreeMap<String, String>> labels = new HashMap<>();
    sql.query("SELECT allocation_id, label_key, label_value FROM allocation_label WHERE allocation_id IN ("
            + Sql.placeholders(ids.size()) + ")",
        rs -> labels.computeIfAbsent(rs.getString(1), id -> new TreeMap<>()).put(rs.getString(2), rs.getString(3)),
        ids.toArray());
    List<Allocation> result = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      TreeMap<String, String> own = labels.get(bare.get(i).id().value());
      result.add(own == null ? bare.get(i) : rows.get(i).apply(Labels.of(own)));
    }
    return result;
  }
}
