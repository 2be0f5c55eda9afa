package io.openipam.persistence;

import io.openipam.domain.error.Conflict;
import java.sql.SQLException;

/** Reads MySQL/MariaDB and H2 error codes the same way. */
final class SqlErrors {

  private static final int MYSQL_DUPLICATE_KEY = 1062;
  private static final int MYSQL_MISSING_PARENT_ROW = 1452;
  private static final int MYSQL_ROW_STILL_REFERENCED = 1451;
  private static final int MYSQL_DEADLOCK = 1213;
  private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

  private SqlErrors() {}

  static boolean isDuplicateKey(SQLException e) {
    return e.getErrorCode() == MYSQL_DUPLICATE_KEY || "23505".equals(e.getSQLState());
  }

  static boolean isMissingReference(SQLException e) {
    return e.getErrorCode() == MYSQL_MISSING_PARENT_ROW || "23506".equals(e.getSQLState());
  }

  static boolean isStillReferenced(SQLException e) {
    return e.getErrorCode() == MYSQL_ROW_STILL_REFERENCED || "23503".equals(e.getSQLState());
  }

  /** A deadlock or a lock wait given up: the transaction lost to a concurrent one and may be tried again. */
  static boolean isConcurrentChange(SQLException e) {
    return e.getErrorCode() == MYSQL_DEADLOCK || e.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT
        || "40001".equals(e.getSQLState());
  }

  /**
   * Foreign key refusals become exceptions the stores can turn into domain answers; losing to a
   * concurrent transaction is the caller's conflict to retry, not a failure of the store.
   */
  static RuntimeException translate(String sql, SQLException e) {
    if (isConcurrentChange(e)) {
      return new Conflict(Conflict.Reason.CONCURRENT_CHANGE, "a concurrent change of the same data won; try again");
    }
    if (isMissingReference(e)) {
      return new MissingReference(e);
    }
    if (isStillReferenced(e)) {
      return new StillReferenced(e);
    }
    return new StoreFailure(sql, e);
  }
}
