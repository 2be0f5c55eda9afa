package io.openipam.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Runs SQL on the connection of the current transaction. Binds the core's value types the same
 * way everywhere: instants as UTC DATETIME, big integers as DECIMAL, enums by name.
 */
@Singleton
public class Sql {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private final JdbcOperations jdbc;

  public Sql(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  public int update(String sql, Object... params) {
    try (PreparedStatement statement = prepare(sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw SqlErrors.translate(sql, e);
    }
  }

  /** Runs an insert; false when it broke a unique key, so callers can treat "taken" as an answer. */
  public boolean insertUnlessDuplicate(String sql, Object... params) {
    try (PreparedStatement statement = prepare(sql, params)) {
      statement.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlErrors.isDuplicateKey(e)) {
        return false;
      }
      throw SqlErrors.translate(sql, e);
    }
  }

  public <T> List<T> query(String sql, Row<T> row, Object... params) {
    try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rs.next()) {
        result.add(row.map(rs));
      }
      return result;
    } catch (SQLException e) {
      throw SqlErrors.translate(sql, e);
    }
  }

  public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    List<T> rows = query(sql, row, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  public static BigInteger bigInteger(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : value.toBigIntegerExact();
  }

  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  /** {@code ?, ?, ?} for an IN list of {@code count} values. */
  public static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    Connection connection = jdbc.getConnection();
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, toJdbc(params[i]));
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static Object toJdbc(Object value) {
    return switch (value) {
      case null -> null;
      // As text: mysql-connector-j takes MariaDB's "5.5.5-" version prefix for a server without
      // fractional seconds and would truncate a LocalDateTime parameter to whole seconds.
      case Instant instant -> DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
      case BigInteger big -> new BigDecimal(big);
      case Enum<?> constant -> constant.name();
      default -> value;
    };
  }
}
