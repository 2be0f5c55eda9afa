package io.openipam.bootstrap.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;

/** The server as shipped (application.yml: demo credentials, public pools, every facade) on a test schema. */
public final class ShippedServer {

  private ShippedServer() {}

  public static EmbeddedServer start(DatabaseServer.Schema schema) {
    return start(schema, Map.of());
  }

  /** With {@code settings} on top of the shipped configuration. */
  public static EmbeddedServer start(DatabaseServer.Schema schema, Map<String, Object> settings) {
    Map<String, Object> properties = new HashMap<>(Map.of(
        "datasources.default.url", schema.jdbcUrl(),
        "datasources.default.username", schema.user(),
        "datasources.default.password", schema.password(),
        "micronaut.server.port", -1,
        "ipam.purge-interval", "1h"));
    properties.putAll(settings);
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }
}
