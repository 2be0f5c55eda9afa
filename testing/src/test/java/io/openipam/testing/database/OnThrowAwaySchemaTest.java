package io.openipam.testing.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class OnThrowAwaySchemaTest {

  @Test
  @EnabledIfEnvironmentVariable(named = "IPAM_TEST_JDBC_URL", matches = ".+")
  void eachContextGetsASchemaOfItsOwnDroppedWhenItStops() throws SQLException {
    ThrowAwaySchema first;
    try (ApplicationContext one = ApplicationContext.run(); ApplicationContext two = ApplicationContext.run()) {
      first = one.getBean(ThrowAwaySchema.class);
      ThrowAwaySchema second = two.getBean(ThrowAwaySchema.class);
      assertNotEquals(first.name(), second.name());
      assertEquals(first.jdbcUrl(), one.getProperty("datasources.default.url", String.class).orElseThrow());
      assertTrue(exists(first));
      two.stop();
      assertFalse(exists(second));
      assertTrue(exists(first));
    }
    assertFalse(exists(first));
  }

  @Test
  void aTestsOwnDatasourceWins() {
    try (ApplicationContext context = ApplicationContext.builder()
        .properties(Map.of("datasources.default.url", "jdbc:h2:mem:own")).start()) {
      assertEquals("jdbc:h2:mem:own", context.getProperty("datasources.default.url", String.class).orElseThrow());
    }
  }

  @Test
  void withoutTheVariableNothingChanges() {
    List<String> calls = new ArrayList<>();
    ApplicationContextBuilder builder = (ApplicationContextBuilder) Proxy.newProxyInstance(
        ApplicationContextBuilder.class.getClassLoader(), new Class<?>[] {ApplicationContextBuilder.class},
        (proxy, method, args) -> {
          calls.add(method.getName());
          return proxy;
        });

    new OnThrowAwaySchema(() -> null).configure(builder);

    assertEquals(List.of(), calls, "the builder is left as the test made it");
  }

  private static boolean exists(ThrowAwaySchema schema) throws SQLException {
    try (Connection connection = DriverManager.getConnection(schema.jdbcUrl().replace("/" + schema.name(), "/"),
            schema.user(), schema.password());
        ResultSet rows = connection.getMetaData().getCatalogs()) {
      while (rows.next()) {
        if (rows.getString(1).equalsIgnoreCase(schema.name())) {
          return true;
        }
      }
      return false;
    }
  }
}
