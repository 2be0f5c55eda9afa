package io.openipam.bootstrap.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/** The server as shipped (application.yml: demo credentials, public pools, every facade) on a test schema. */
public final class ShippedServer {

  private ShippedServer() {}

  public static EmbeddedServer start(DatabaseServer.Schema schema) {
    return ApplicationContext.run(EmbeddedServer.class, Map.of(
        "datasources.default.url", schema.jdbcUrl(),
        "datasources.default.username", schema.user(),
        "datasources.default.password", schema.password(),
        "micronaut.server.port", -1,
        "ipam.purge-interval", "1h"));
  }
}
