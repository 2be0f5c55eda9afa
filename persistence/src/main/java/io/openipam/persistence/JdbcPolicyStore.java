package io.openipam.persistence;

import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@Singleton
public class JdbcPolicyStore implements PolicyStore {

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
    for (UnusableRange range : policy.ranges()) {
      sql.update("INSERT INTO policy_unusable_range (id, policy_id, range_offset, range_length) VALUES (?, ?, ?, ?)",
          range.id(), policy.id().value(), range.offset(), range.length());
    }
    for (UnusableOctet octet : policy.octets()) {
      sql.update("INSERT INTO policy_unusable_octet (id, policy_id, octet) VALUES (?, ?, ?)",
          octet.id(), policy.id().value(), octet.octet());
    }
  }

  @Override
  @Connectable
  public Optional<Policy> find(PolicyId id) {
    return sql.one("SELECT id, owner_tenant, name, description, created_at, updated_at FROM policy WHERE id = ?",
        rs -> new Policy(id, new TenantId(rs.getString("owner_tenant")), rs.getString("name"),
            rs.getString("description"), ranges(id), octets(id), Sql.instant(rs, "created_at"),
            Sql.instant(rs, "updated_at")),
        id.value());
  }

  private List<UnusableRange> ranges(PolicyId id) {
    return sql.query("SELECT id, range_offset, range_length FROM policy_unusable_range WHERE policy_id = ? ORDER BY id",
        rs -> new UnusableRange(rs.getString(1), rs.getLong(2), rs.getLong(3)), id.value());
  }

  private List<UnusableOctet> octets(PolicyId id) {
    return sql.query("SELECT id, octet FROM policy_unusable_octet WHERE policy_id = ? ORDER BY id",
        rs -> new UnusableOctet(rs.getString(1), rs.getInt(2)), id.value());
  }
}
