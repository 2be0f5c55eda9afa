package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.TranslationStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@Singleton
public class JdbcTranslationStore implements TranslationStore {

  private final Sql sql;

  public JdbcTranslationStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(AllocationId local, AllocationId global, Instant at) {
    try {
      sql.insertUnlessDuplicate("INSERT INTO address_translation (local_allocation_id, global_allocation_id, created_at) "
          + "VALUES (?, ?, ?)", local.value(), global.value(), at);
    } catch (MissingReference allocationGone) {
      throw new NotFound(NotFound.Kind.ALLOCATION, local.value() + " or " + global.value());
    }
  }

  @Override
  @Connectable
  public List<AllocationId> globalsOf(AllocationId local, AllocationId afterId, int limit) {
    return related("global_allocation_id", "local_allocation_id", local, afterId, limit);
  }

  @Override
  @Connectable
  public List<AllocationId> localsOf(AllocationId global, AllocationId afterId, int limit) {
    return related("local_allocation_id", "global_allocation_id", global, afterId, limit);
  }

  @Override
  @Transactional
  public void delete(AllocationId local, AllocationId global) {
    sql.update("DELETE FROM address_translation WHERE local_allocation_id = ? AND global_allocation_id = ?",
        local.value(), global.value());
  }

  @Override
  @Transactional
  public void deleteGlobalsOf(AllocationId local) {
    sql.update("DELETE FROM address_translation WHERE local_allocation_id = ?", local.value());
  }

  @Override
  @Transactional
  public void deleteLocalsOf(AllocationId global) {
    sql.update("DELETE FROM address_translation WHERE global_allocation_id = ?", global.value());
  }

  /** The {@code wanted} side of the pairs whose {@code known} side is {@code id}, in id order. */
  private List<AllocationId> related(String wanted, String known, AllocationId id, AllocationId afterId, int limit) {
    String select = "SELECT " + wanted + " FROM address_translation WHERE " + known + " = ? ";
    if (afterId == null) {
      return sql.query(select + "ORDER BY " + wanted + " LIMIT " + limit, rs -> new AllocationId(rs.getString(1)),
          id.value());
    }
    return sql.query(select + "AND " + wanted + " > ? ORDER BY " + wanted + " LIMIT " + limit,
        rs -> new AllocationId(rs.getString(1)), id.value(), afterId.value());
  }
}
