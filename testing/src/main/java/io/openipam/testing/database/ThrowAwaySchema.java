package io.openipam.testing.database;

import io.micronaut.context.LifeCycle;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An empty schema of its own on the server named by {@code IPAM_TEST_JDBC_URL} (user and password
 * from {@code IPAM_TEST_JDBC_USER} and {@code IPAM_TEST_JDBC_PASSWORD}, default root and none).
 * Registered in an application context, it is dropped when that context stops.
 */
public final class ThrowAwaySchema implements LifeCycle<ThrowAwaySchema> {

  private static final Pattern URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/?]+)(/[^?]*)?(\\?.*)?");
  /** Schemas not dropped yet, so that a context never closed does not leave its schema behind. */
  private static final Set<ThrowAwaySchema> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ThrowAwaySchema::stop)));
  }

  private final String serverUrl;
  private final String name;
  private final String jdbcUrl;
  private final String user;
  private final String password;

  private ThrowAwaySchema(String serverUrl, String name, String jdbcUrl, String user, String password) {
    this.serverUrl = serverUrl;
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** The server's URL when {@code IPAM_TEST_JDBC_URL} is set, else null (tests stay on H2). */
  public static String configuredUrl() {
    String url = System.getenv("IPAM_TEST_JDBC_URL");
    return url == null || url.isBlank() ? null : url;
  }

  /** Creates a new schema on the server at {@code baseUrl} (a jdbc:mysql:// or jdbc:mariadb:// URL). */
  public static ThrowAwaySchema create(String baseUrl, String user, String password) {
    Matcher url = URL.matcher(baseUrl);
    if (!url.matches()) {
      throw new IllegalStateException("not a jdbc:mysql:// URL: " + baseUrl);
    }
    String parameters = url.group(3) == null ? "" : url.group(3);
    String name = "ipam_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ThrowAwaySchema schema = new ThrowAwaySchema(url.group(1) + "/" + parameters, name,
        url.group(1) + "/" + name + parameters, user, password);
    schema.execute("CREATE DATABASE " + name);
    LIVE.add(schema);
    return schema;
  }

  /** Creates a new schema on the server of {@code IPAM_TEST_JDBC_URL}. */
  public static ThrowAwaySchema create() {
    String url = configuredUrl();
    if (url == null) {
      throw new IllegalStateException("IPAM_TEST_JDBC_URL is not set");
    }
    return create(url, env("IPAM_TEST_JDBC_USER", "root"), env("IPAM_TEST_JDBC_PASSWORD", ""));
  }

  /** The properties that point a context's default datasource at this schema. */
  public Map<String, Object> datasource() {
    return Map.of(
        "datasources.default.url", jdbcUrl,
        "datasources.default.username", user,
        "datasources.default.password", password,
        "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  @Override
  public boolean isRunning() {
    return LIVE.contains(this);
  }

  /** Drops the schema (once). */
  @Override
  public ThrowAwaySchema stop() {
    if (LIVE.remove(this)) {
      // A transaction left open on the schema must not make the drop wait for a year (the server's default).
      execute("SET SESSION lock_wait_timeout = 10", "DROP DATABASE IF EXISTS " + name);
    }
    return this;
  }

  private void execute(String... statements) {
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement sql = connection.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + String.join("; ", statements) + " on " + serverUrl + ": "
          + e.getMessage(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
