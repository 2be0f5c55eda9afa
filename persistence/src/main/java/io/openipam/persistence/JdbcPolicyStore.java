package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
public class JdbcPolicyStore implements PolicyStore {

  private static final int DELETE_ATTEMPTS = 3;
  private static final String SELECT = "SELECT id, owner_tenant, name, description, created_at, updated_at FROM policy ";

  private final Sql sql;

  public JdbcPolicyStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(Policy policy) {
    sql.update("INSERT INTO policy (id, owner_tenant, name, description, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        policy.id().value(), policy.owner().value(), policy.name(), policy.description(), policy.createdAt(),
        policy.updatedAt());
    policy.ranges().forEach(range -> insertRange(policy.id(), range));
    policy.octets().forEach(octet -> insertOctet(policy.id(), octet));
  }

  @Override
  @Connectable
  public Optional<Policy> find(PolicyId id) {
    return sql.one(SELECT + "WHERE id = ?", this::policy, id.value());
  }

  @Override
  @Connectable
  public List<Policy> list(TenantId owner, PolicyId afterId, int limit) {
    if (afterId == null) {
      return sql.query(SELECT + "WHERE owner_tenant = ? ORDER BY id LIMIT " + limit, this::policy, owner.value());
    }
    return sql.query(SELECT + "WHERE owner_tenant = ? AND id > ? ORDER BY id LIMIT " + limit, this::policy,
        owner.value(), afterId.value());
  }

  @Override
  @Transactional
  public void update(Policy policy) {
    sql.update("UPDATE policy SET name = ?, description = ?, updated_at = ? WHERE id = ?",
        policy.name(), policy.description(), policy.updatedAt(), policy.id().value());
  }

  /**
   * Locks the pools before the policy row, in the order a pool change takes them. A pool given the
   * policy while this runs makes the delete fail on the foreign key: it is taken off too, and the
   * delete tried again.
   */
  @Override
  @Transactional
  public List<PoolId> delete(PolicyId id, Instant now) {
    List<PoolId> detached = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      detached.addAll(sql.query("SELECT id FROM pool WHERE policy_id = ? ORDER BY id FOR UPDATE",
          rs -> new PoolId(rs.getString(1)), id.value()));
      sql.update("UPDATE pool SET policy_id = NULL, updated_at = ?, version = version + 1 WHERE policy_id = ?",
          now, id.value());
      try {
        // Ranges and octets go with the policy (ON DELETE CASCADE).
        sql.update("DELETE FROM policy WHERE id = ?", id.value());
        return detached;
      } catch (StillReferenced newlyUsed) {
        if (attempt == DELETE_ATTEMPTS) {
          throw new Conflict(Conflict.Reason.STALE_VERSION, "policy " + id + " keeps being given to pools; try again");
        }
      }
    }
  }

  @Override
  @Transactional
  public void insertRange(PolicyId policy, UnusableRange range) {
    try {
      sql.update("INSERT INTO policy_unusable_range (id, policy_id, range_offset, range_length, created_at, "
              + "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
          range.id(), policy.value(), range.offset(), range.length(), range.createdAt(), range.updatedAt());
    } catch (MissingReference policyGone) {
      throw new NotFound(NotFound.Kind.POLICY, policy.value());
    }
  }

  @Override
  @Transactional
  public boolean updateRange(PolicyId policy, UnusableRange range) {
    return sql.update("UPDATE policy_unusable_range SET range_offset = ?, range_length = ?, updated_at = ? "
            + "WHERE id = ? AND policy_id = ?",
        range.offset(), range.length(), range.updatedAt(), range.id(), policy.value()) == 1;
  }

  @Override
  @Transactional
  public boolean deleteRange(PolicyId policy, String rangeId) {
    return sql.update("DELETE FROM policy_unusable_range WHERE id = ? AND policy_id = ?", rangeId, policy.value()) == 1;
  }

  @Override
  @Transactional
  public void insertOctet(PolicyId policy, UnusableOctet octet) {
    try {
      sql.update("INSERT INTO policy_unusable_octet (id, policy_id, octet, created_at, updated_at) "
              + "VALUES (?, ?, ?, ?, ?)",
          octet.id(), policy.value(), octet.octet(), octet.createdAt(), octet.updatedAt());
    } catch (MissingReference policyGone) {
      throw new NotFound(NotFound.Kind.POLICY, policy.value());
    }
  }

  @Override
  @Transactional
  public boolean updateOctet(PolicyId policy, UnusableOctet octet) {
    return sql.update("UPDATE policy_unusable_octet SET octet = ?, updated_at = ? WHERE id = ? AND policy_id = ?",
        octet.octet(), octet.updatedAt(), octet.id(), policy.value()) == 1;
  }

  @Override
  @Transactional
  public boolean deleteOctet(PolicyId policy, String octetId) {
    return sql.update("DELETE FROM policy_unusable_octet WHERE id = ? AND policy_id = ?", octetId, policy.value()) == 1;
  }

  private Policy policy(ResultSet rs) throws SQLException {
    PolicyId id = new PolicyId(rs.getString("id"));
    return new Policy(id, new TenantId(rs.getString("owner_tenant")), rs.getString("name"),
        rs.getString("description"), ranges(id), octets(id), Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"));
  }

  private List<UnusableRange> ranges(PolicyId id) {
    return sql.query("SELECT id, range_offset, range_length, created_at, updated_at FROM policy_unusable_range "
            + "WHERE policy_id = ? ORDER BY id",
        rs -> new UnusableRange(rs.getString("id"), rs.getLong("range_offset"), rs.getLong("range_length"),
            Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at")),
        id.value());
  }

  private List<UnusableOctet> octets(PolicyId id) {
    return sql.query("SELECT id, octet, created_at, updated_at FROM policy_unusable_octet WHERE policy_id = ? "
            + "ORDER BY id",
        rs -> new UnusableOctet(rs.getString("id"), rs.getInt("octet"), Sql.instant(rs, "created_at"),
            Sql.instant(rs, "updated_at")),
        id.value());
  }
}
