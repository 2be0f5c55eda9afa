package io.openipam.testing.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import java.util.function.Supplier;

/**
 * With {@code IPAM_TEST_JDBC_URL} set, gives every application context built on this classpath
 * (each {@code @MicronautTest} class, each server a test starts) a schema of its own on that
 * server, dropped when the context stops; properties a test passes itself still win. Without the
 * variable it changes nothing: the tests keep their in-memory H2.
 */
public final class OnThrowAwaySchema implements ApplicationContextConfigurer {

  private final Supplier<String> configuredUrl;

  /** As the service loader makes it: the server named by {@code IPAM_TEST_JDBC_URL}. */
  public OnThrowAwaySchema() {
    this(ThrowAwaySchema::configuredUrl);
  }

  OnThrowAwaySchema(Supplier<String> configuredUrl) {
    this.configuredUrl = configuredUrl;
  }

  @Override
  public void configure(ApplicationContextBuilder builder) {
    if (configuredUrl.get() == null) {
      return;
    }
    ThrowAwaySchema schema = ThrowAwaySchema.create();
    builder.properties(schema.datasource()).singletons(schema);
  }
}
