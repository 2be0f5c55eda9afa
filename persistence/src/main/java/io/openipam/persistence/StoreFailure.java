package io.openipam.persistence;

import java.sql.SQLException;

/** The database failed in a way no request can cause: a fault of the server, not of the caller. */
public class StoreFailure extends RuntimeException {

  StoreFailure(String sql, SQLException cause) {
    super("store failure (" + cause.getSQLState() + "/" + cause.getErrorCode() + ") running: " + sql, cause);
  }
}
