package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.ChangeJournal;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
public class JdbcChangeJournal implements ChangeJournal {

  private final Sql sql;

  public JdbcChangeJournal(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void append(Change change) {
    sql.update("INSERT INTO change_journal (id, tenant, location_id, subject_id, kind, accepted_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        change.id().value(), change.tenant().value(),
        change.location() == null ? null : change.location().value(),
        change.subject().value(), change.kind(), change.acceptedAt());
  }

  @Override
  @Connectable
  public Optional<Change> find(ChangeId id) {
    return sql.one("SELECT tenant, location_id, subject_id, kind, accepted_at FROM change_journal WHERE id = ?",
        rs -> {
          String location = rs.getString("location_id");
          return new Change(id, new TenantId(rs.getString("tenant")),
              location == null ? null : new LocationId(location),
              new AllocationId(rs.getString("subject_id")), Change.Kind.valueOf(rs.getString("kind")),
              Sql.instant(rs, "accepted_at"));
        },
        id.value());
  }

  /** Picks the ids first: MySQL and H2 agree on SELECT ... LIMIT, not on DELETE ... LIMIT. */
  @Override
  @Transactional
  public int removeAcceptedBefore(Instant cutoff, int limit) {
    List<String> due = sql.query("SELECT id FROM change_journal WHERE accepted_at < ? ORDER BY accepted_at LIMIT ?",
        rs -> rs.getString(1), cutoff, limit);
    if (due.isEmpty()) {
      return 0;
    }
    return sql.update("DELETE FROM change_journal WHERE id IN (" + Sql.placeholders(due.size()) + ")", due.toArray());
  }
}
