package io.openipam.benchmark;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run is pointed at and how big its phases are. The server URL comes from the first
 * argument, else {@code IPAM_BENCH_JDBC_URL}, else the local MariaDB; the run's own schema is
 * appended to it. Options are {@code --name=value}.
 */
record Settings(
    String serverUrl,
    String schema,
    String user,
    String password,
    int throughputOps,
    int warmupOps,
    int fill,
    int timedOps,
    int smallPools,
    int connectionPoolSize,
    Integer leaseSize,
    boolean keepSchema,
    Map<String, String> contextOverrides) {

  static final String DEFAULT_SERVER = "jdbc:mysql://127.0.0.1:3306/";

  /** Added to the URL unless it names them already. */
  private static final Map<String, String> DRIVER_DEFAULTS = new LinkedHashMap<>();

  static {
    DRIVER_DEFAULTS.put("useSSL", "false");
    DRIVER_DEFAULTS.put("allowPublicKeyRetrieval", "true");
    DRIVER_DEFAULTS.put("rewriteBatchedStatements", "true");
  }

  static Settings parse(String[] args) {
    String url = null;
    Map<String, String> options = new LinkedHashMap<>();
    // Whitespace separates arguments also inside one (mvn exec:exec -Dbench.args="--quick --ops=800").
    List<String> tokens = java.util.Arrays.stream(args)
        .flatMap(arg -> java.util.Arrays.stream(arg.trim().split("\\s+")))
        .filter(token -> !token.isEmpty())
        .toList();
    for (String arg : tokens) {
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
      } else if (url == null) {
        url = arg;
      } else {
        throw new IllegalArgumentException("unexpected argument " + arg);
      }
    }
    if (url == null) {
      url = env("IPAM_BENCH_JDBC_URL", DEFAULT_SERVER);
    }
    if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
      throw new IllegalArgumentException("expected a jdbc:mysql:// URL, not " + url);
    }
    boolean quick = options.containsKey("quick");
    String schema = "ipam_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    Settings settings = new Settings(
        url,
        schema,
        env("IPAM_BENCH_JDBC_USER", "root"),
        env("IPAM_BENCH_JDBC_PASSWORD", ""),
        intOption(options, "ops", quick ? 600 : 4000),
        intOption(options, "warmup", quick ? 100 : 200),
        intOption(options, "fill", quick ? 3000 : 50_000),
        intOption(options, "timed", quick ? 300 : 1000),
        intOption(options, "small-pools", quick ? 4 : 30),
        intOption(options, "pool-size", 40),
        options.containsKey("lease-size") ? Integer.valueOf(options.get("lease-size")) : null,
        options.containsKey("keep-schema"),
        overrides(options));
    options.keySet().stream()
        .filter(key -> !key.startsWith("ctx:"))
        .filter(key -> !java.util.Set.of("quick", "ops", "warmup", "fill", "timed", "small-pools", "pool-size",
            "lease-size", "keep-schema").contains(key))
        .findFirst()
        .ifPresent(key -> {
          throw new IllegalArgumentException("unknown option --" + key);
        });
    if (settings.timedOps() * 2 >= settings.fill()) {
      throw new IllegalArgumentException("--fill must be more than twice --timed");
    }
    return settings;
  }

  /** The server without a database, for creating and dropping the run's schema. */
  String adminUrl() {
    return server() + "/?" + query();
  }

  /** The run's schema, what the application's data source uses. */
  String schemaUrl() {
    return server() + "/" + schema + "?" + query();
  }

  /** For the report: the URL without anything secret in it. */
  String printableUrl() {
    return schemaUrl().replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private String server() {
    String base = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
    int hostStart = base.indexOf("//");
    int slash = hostStart < 0 ? -1 : base.indexOf('/', hostStart + 2);
    return slash < 0 ? base : base.substring(0, slash);
  }

  private String query() {
    Map<String, String> params = new LinkedHashMap<>();
    if (serverUrl.contains("?")) {
      for (String pair : serverUrl.substring(serverUrl.indexOf('?') + 1).split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
      }
    }
    DRIVER_DEFAULTS.forEach(params::putIfAbsent);
    StringBuilder query = new StringBuilder();
    params.forEach((key, value) -> query.append(query.isEmpty() ? "" : "&").append(key).append('=').append(value));
    return query.toString();
  }

  /** {@code --ctx:some.key=value}: any application setting, for experiments (printed in the report). */
  private static Map<String, String> overrides(Map<String, String> options) {
    Map<String, String> overrides = new LinkedHashMap<>();
    options.forEach((key, value) -> {
      if (key.startsWith("ctx:")) {
        overrides.put(key.substring(4), value);
      }
    });
    return Map.copyOf(overrides);
  }

  private static int intOption(Map<String, String> options, String name, int fallback) {
    int value = options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    if (value < 1) {
      throw new IllegalArgumentException("--" + name + " must be positive");
    }
    return value;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
