package io.openipam.bootstrap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/** The MySQL-compatible server tests run against, and the throw-away schemas they create on it. */
public final class DatabaseServer {

  private static final Pattern URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/?]+)(/[^?]*)?(\\?.*)?");
  private static MariaDBContainer container;

  private DatabaseServer() {}

  static String configuredUrl() {
    String url = System.getenv("IPAM_TEST_JDBC_URL");
    return url == null || url.isBlank() ? null : url;
  }

  static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("IPAM_TEST_REQUIRE_DB"));
  }

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** A new empty schema; drop it with {@link Schema#close()}. */
  public static synchronized Schema newSchema() {
    String base = configuredUrl();
    String user = env("IPAM_TEST_JDBC_USER", "root");
    String password = env("IPAM_TEST_JDBC_PASSWORD", "");
    if (base == null) {
      if (!dockerAvailable()) {
        throw new IllegalStateException("IPAM_TEST_REQUIRE_DB=true but neither IPAM_TEST_JDBC_URL nor a Docker engine"
            + " is available: start MariaDB and set IPAM_TEST_JDBC_URL=jdbc:mysql://127.0.0.1:3306/test");
      }
      if (container == null) {
        container = new MariaDBContainer("mariadb:10.11");
        container.start();
      }
      base = container.getJdbcUrl();
      user = "root";
      password = container.getPassword();
    }
    Matcher url = URL.matcher(base);
    if (!url.matches()) {
      throw new IllegalStateException("IPAM_TEST_JDBC_URL is not a jdbc:mysql:// URL: " + base);
    }
    String name = "ipam_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String serverUrl = url.group(1) + "/" + (url.group(3) == null ? "" : url.group(3));
    String finalUser = user;
    String finalPassword = password;
    execute(serverUrl, user, password, "CREATE DATABASE " + name);
    return new Schema(url.group(1) + "/" + name + (url.group(3) == null ? "" : url.group(3)), user, password,
        () -> execute(serverUrl, finalUser, finalPassword, "DROP DATABASE IF EXISTS " + name));
  }

  private static void execute(String url, String user, String password, String statement) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run '" + statement + "' on " + url + ": " + e.getMessage(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** A schema of its own for one test class. */
  public record Schema(String jdbcUrl, String user, String password, Runnable drop) implements AutoCloseable {

    @Override
    public void close() {
      drop.run();
    }
  }
}
