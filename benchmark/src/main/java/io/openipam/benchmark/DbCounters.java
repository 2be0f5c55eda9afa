package io.openipam.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Server-wide counters from SHOW GLOBAL STATUS, read before and after a phase: how many
 * statements, commits, fsyncs and row-lock waits one operation cost. Server-wide, so anything
 * else running on the same server shows up too.
 */
record DbCounters(Map<String, Long> values) {

  static final List<String> NAMES = List.of("Questions", "Com_commit", "Com_insert", "Com_select", "Com_update",
      "Com_delete", "Com_set_option", "Innodb_data_fsyncs", "Innodb_row_lock_waits", "Innodb_row_lock_time",
      "Innodb_deadlocks");

  static DbCounters read(DataSource dataSource) {
    Map<String, Long> values = new HashMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
            + String.join("','", NAMES) + "')")) {
      while (rs.next()) {
        values.put(rs.getString(1), Long.parseLong(rs.getString(2)));
      }
    } catch (SQLException e) {
      // Counters are a diagnostic: a server that hides them still gets measured.
    }
    return new DbCounters(values);
  }

  Delta since(DbCounters before) {
    Map<String, Long> delta = new HashMap<>();
    values.forEach((name, value) -> {
      Long old = before.values.get(name);
      if (old != null) {
        delta.put(name, value - old);
      }
    });
    return new Delta(delta);
  }

  /** The change over one phase. The two SHOW statements themselves count once each in Questions. */
  record Delta(Map<String, Long> values) {

    double perOp(String name, int ops) {
      Long value = values.get(name);
      return value == null || ops == 0 ? Double.NaN : value / (double) ops;
    }

    long total(String name) {
      return values.getOrDefault(name, -1L);
    }
  }
}
