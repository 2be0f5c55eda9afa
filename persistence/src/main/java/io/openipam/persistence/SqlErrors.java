package io.openipam.persistence;

import java.sql.SQLException;

/** Reads MySQL/MariaDB and H2 error codes the same way. */
final class SqlErrors {

  private static final int MYSQL_DUPLICATE_KEY = 1062;
  private static final int MYSQL_MISSING_PARENT_ROW = 1452;

  private SqlErrors() {}

  static boolean isDuplicateKey(SQLException e) {
    return e.getErrorCode() == MYSQL_DUPLICATE_KEY || "23505".equals(e.getSQLState());
  }

  static boolean isMissingReference(SQLException e) {
    return e.getErrorCode() == MYSQL_MISSING_PARENT_ROW || "23506".equals(e.getSQLState());
  }

  static RuntimeException translate(String sql, SQLException e) {
    return isMissingReference(e) ? new MissingReference(e) : new StoreFailure(sql, e);
  }
}
