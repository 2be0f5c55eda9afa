package io.openipam.testing.database;

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
      // Read from the metadata: H2 keeps the tables in schema "public", MySQL in the database itself.
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      if (tables.isEmpty()) {
        throw new IllegalStateException("no table found: a digest of nothing would prove nothing");
      }
      Collections.sort(tables);
      String quote = connection.getMetaData().getIdentifierQuoteString();
      StringBuilder digest = new StringBuilder();
      for (String table : tables) {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
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
