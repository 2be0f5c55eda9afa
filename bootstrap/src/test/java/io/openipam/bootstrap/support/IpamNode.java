package io.openipam.bootstrap.support;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/**
 * One server process's worth of the core (no HTTP): its own connection pool, its own leases.
 * Two nodes on one schema behave as two server processes sharing a database.
 */
public final class IpamNode implements AutoCloseable {

  private final ApplicationContext context;

  private IpamNode(ApplicationContext context) {
    this.context = context;
  }

  public static IpamNode start(DatabaseServer.Schema schema, Map<String, Object> settings) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", schema.jdbcUrl());
    properties.put("datasources.default.username", schema.user());
    properties.put("datasources.default.password", schema.password());
    properties.put("ipam.purge-interval", "1h");
    properties.putAll(settings);
    return new IpamNode(ApplicationContext.builder().properties(properties).start());
  }

  public <T> T get(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
