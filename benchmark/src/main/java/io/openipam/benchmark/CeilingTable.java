package io.openipam.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The one-row table whose INSERT + COMMIT rate is the ceiling every allocation figure is set beside. */
final class CeilingTable {

  static final String INSERT = "INSERT INTO bench_ceiling (thread_no, payload) VALUES (?, ?)";

  private CeilingTable() {}

  static void create(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE bench_ceiling (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
          + "thread_no INT NOT NULL, payload VARCHAR(64) NOT NULL) ENGINE=InnoDB");
    }
  }
}
