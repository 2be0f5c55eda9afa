package io.openipam.persistence;

import java.sql.SQLException;

/** A row pointed at a parent row that a concurrent request had just deleted. */
class MissingReference extends RuntimeException {

  MissingReference(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
