package io.openipam.adapters.exoscale.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Everything the store holds, as text: every row of every table of the test's database, sorted.
 * Two equal digests mean no request between them changed any data, whoever's it was.
 */
@Singleton
public class StoreDigest {

  private final DataSource dataSource;

  public StoreDigest(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  public String take() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      StringBuilder digest = new StringBuilder();
      for (String table : tables) {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= columns; column++) {
              Object value = rows.getObject(column);
              line.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append('|');
            }
            lines.add(line.toString());
          }
        }
        Collections.sort(lines);
        digest.append(table).append(":\n");
        lines.forEach(line -> digest.append("  ").append(line).append('\n'));
      }
      return digest.toString();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store", e);
    }
  }
}
