package io.openipam.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.openipam.domain.error.Conflict;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

  private static final String SQL = "UPDATE allocation SET version = ? WHERE id = ?";

  @Test
  void losing_to_a_concurrent_transaction_is_a_conflict_to_retry_not_a_store_failure() {
    for (SQLException lost : new SQLException[] {
        new SQLException("Deadlock found when trying to get lock", "40001", 1213),
        new SQLException("Lock wait timeout exceeded", "HY000", 1205),
        new SQLException("Deadlock detected", "40001", 40001)}) {
      Conflict conflict = assertInstanceOf(Conflict.class, SqlErrors.translate(SQL, lost));
      assertEquals(Conflict.Reason.CONCURRENT_CHANGE, conflict.reason());
    }
  }

  @Test
  void foreign_key_refusals_and_anything_else_keep_their_meaning() {
    assertInstanceOf(MissingReference.class, SqlErrors.translate(SQL, new SQLException("no parent", "23000", 1452)));
    assertInstanceOf(StillReferenced.class, SqlErrors.translate(SQL, new SQLException("referenced", "23000", 1451)));
    assertInstanceOf(StoreFailure.class, SqlErrors.translate(SQL, new SQLException("gone away", "08S01", 2006)));
  }
}
