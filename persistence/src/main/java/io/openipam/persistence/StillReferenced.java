package io.openipam.persistence;

import java.sql.SQLException;

/** A row could not be deleted because other rows still point at it. */
class StillReferenced extends RuntimeException {

  StillReferenced(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
