package io.openipam.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What every benchmark run does around its phases: a schema of its own on the database server,
 * the server's own beans started on it, and the schema dropped at the end even if a phase fails.
 */
final class BenchRun {

  /** The phases of one run, given the started application context. */
  @FunctionalInterface
  interface Phases {
    void run(ApplicationContext context) throws Exception;
  }

  private BenchRun() {}

  /** Runs the phases and exits the JVM: 0 when they finished, 1 when one failed. */
  static void execute(Settings settings, Map<String, Object> extraProperties, Phases phases) throws SQLException {
    PrintStream out = System.out;
    long started = System.nanoTime();
    createSchema(settings);
    boolean failed = false;
    try {
      Map<String, Object> properties = contextProperties(settings);
      properties.putAll(extraProperties);
      try (ApplicationContext context = ApplicationContext.builder()
          .deduceEnvironment(false)
          .properties(properties)
          .start()) {
        phases.run(context);
      }
    } catch (Exception | Error e) {
      failed = true;
      out.println("BENCHMARK FAILED: " + e);
      e.printStackTrace(out);
    } finally {
      if (settings.keepSchema()) {
        out.println("schema " + settings.schema() + " kept (--keep-schema)");
      } else {
        dropSchema(settings);
        out.println("schema " + settings.schema() + " dropped");
      }
      out.printf("total run time %.1f s%n", (System.nanoTime() - started) / 1e9);
      out.flush();
    }
    System.exit(failed ? 1 : 0);
  }

  /** The pool's own data source, not the transaction-aware proxy: phases manage their connections. */
  static DataSource dataSource(ApplicationContext context) {
    DataSource contextual = context.getBean(DataSource.class);
    return context.findBean(DataSourceResolver.class).orElse(DataSourceResolver.DEFAULT).resolve(contextual);
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Map<String, Object> contextProperties(Settings settings) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", settings.schemaUrl());
    properties.put("datasources.default.username", settings.user());
    properties.put("datasources.default.password", settings.password());
    properties.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
    properties.put("datasources.default.maximum-pool-size", settings.connectionPoolSize());
    properties.put("datasources.default.minimum-idle", settings.connectionPoolSize());
    // No public pools to declare, and no purge running in the middle of a phase.
    properties.put("ipam.public-pools", List.of());
    properties.put("ipam.purge-interval", "1h");
    if (settings.leaseSize() != null) {
      properties.put("ipam.lease-size", settings.leaseSize());
    }
    properties.putAll(settings.contextOverrides());
    return properties;
  }

  private static void createSchema(Settings settings) throws SQLException {
    try (Connection connection = DriverManager.getConnection(settings.adminUrl(), settings.user(),
        settings.password()); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE `" + settings.schema() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }

  private static void dropSchema(Settings settings) {
    if (!settings.schema().matches("ipam_bench_[0-9_]+")) {
      throw new IllegalStateException("refusing to drop " + settings.schema());
    }
    try (Connection connection = DriverManager.getConnection(settings.adminUrl(), settings.user(),
        settings.password()); Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + settings.schema() + "`");
    } catch (SQLException e) {
      System.out.println("could not drop schema " + settings.schema() + ": " + e.getMessage());
    }
  }
}
