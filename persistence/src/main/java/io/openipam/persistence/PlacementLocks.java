package io.openipam.persistence;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * Creates a placement lock row in a transaction of its own. Creating it inside the caller's
 * transaction would take a shared lock first and an exclusive one later, which MySQL turns into
 * a deadlock when two callers race.
 */
@Singleton
public class PlacementLocks {

  private final Sql sql;

  public PlacementLocks(Sql sql) {
    this.sql = sql;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ensureExists(String space) {
    if (sql.one("SELECT space FROM placement_lock WHERE space = ?", rs -> rs.getString(1), space).isEmpty()) {
      sql.insertUnlessDuplicate("INSERT INTO placement_lock (space) VALUES (?)", space);
    }
  }
}
