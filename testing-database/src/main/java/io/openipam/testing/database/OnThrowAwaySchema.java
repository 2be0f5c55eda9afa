package io.openipam.testing.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;

/**
 * With {@code IPAM_TEST_JDBC_URL} set, gives every application context built on this classpath
 * (each {@code @MicronautTest} class, each server a test starts) a schema of its own on that
 * server, dropped when the context stops; properties a test passes itself still win. Without the
 * variable it changes nothing: the tests keep their in-memory H2.
 */
public final class OnThrowAwaySchema implements ApplicationContextConfigurer {

  @Override
  public void configure(ApplicationContextBuilder builder) {
    if (ThrowAwaySchema.configuredUrl() == null) {
      return;
    }
    ThrowAwaySchema schema = ThrowAwaySchema.create();
    builder.properties(schema.datasource()).singletons(schema);
  }
}
