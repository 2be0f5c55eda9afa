package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.SettlingStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.error.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@Singleton
public class JdbcSettlingStore implements SettlingStore {

  /** Ids per IN list: a list page of FIPs is read in a few statements, never one per row. */
  private static final int CHUNK = 500;

  private final Sql sql;

  public JdbcSettlingStore(Sql sql) {
    this.sql = sql;
  }

  /** Overwrites a window that is over, else inserts; the primary key lets one of two racing inserts win. */
  @Override
  @Transactional
  public boolean claim(Settling settling, Instant now) {
    int replaced = sql.update("UPDATE allocation_settling SET phase = ?, leaving_device = ?, settles_at = ?"
            + " WHERE allocation_id = ? AND settles_at <= ?",
        settling.phase(), settling.leavingDevice(), settling.until(), settling.allocation().value(), now);
    if (replaced > 0) {
      return true;
    }
    try {
      return sql.insertUnlessDuplicate("INSERT INTO allocation_settling (allocation_id, phase, leaving_device,"
          + " settles_at) VALUES (?, ?, ?, ?)", settling.allocation().value(), settling.phase(),
          settling.leavingDevice(), settling.until());
    } catch (MissingReference allocationGone) {
      throw new NotFound(NotFound.Kind.ALLOCATION, settling.allocation().value());
    }
  }

  @Override
  @Connectable
  public List<Settling> underWay(Collection<AllocationId> allocations, Instant now) {
    List<Object> ids = new ArrayList<>(allocations.stream().map(AllocationId::value).distinct().toList());
    List<Settling> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
      chunk.add(now);
      found.addAll(sql.query("SELECT allocation_id, phase, leaving_device, settles_at FROM allocation_settling"
              + " WHERE allocation_id IN (" + Sql.placeholders(chunk.size() - 1) + ") AND settles_at > ?",
          rs -> new Settling(new AllocationId(rs.getString("allocation_id")),
              Settling.Phase.valueOf(rs.getString("phase")), rs.getString("leaving_device"),
              Sql.instant(rs, "settles_at")),
          chunk.toArray()));
    }
    return found;
  }

  @Override
  @Transactional
  public void remove(Settling settling) {
    sql.update("DELETE FROM allocation_settling WHERE allocation_id = ? AND settles_at = ?",
        settling.allocation().value(), settling.until());
  }
}
