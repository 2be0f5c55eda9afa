package io.openipam.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * mysql-connector-j's defaults cost the allocation path round trips and CPU: it asks the server
 * for session state on every autocommit switch and parses each statement anew. These settings
 * keep that state on the client and cache parsed statements. Only for MySQL URLs; a setting
 * already given in the URL or configuration wins.
 */
@Singleton
public class MySqlDriverTuning implements BeanCreatedEventListener<DatasourceConfiguration> {

  private static final Map<String, String> SETTINGS = Map.of(
      "cachePrepStmts", "true",
      "prepStmtCacheSize", "256",
      "prepStmtCacheSqlLimit", "2048",
      "useLocalSessionState", "true",
      "useLocalTransactionState", "true",
      "cacheServerConfiguration", "true",
      "elideSetAutoCommits", "true",
      "maintainTimeStats", "false");

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration configuration = event.getBean();
    String url = configuration.getJdbcUrl();
    if (url != null && url.startsWith("jdbc:mysql:")) {
      SETTINGS.forEach((name, value) -> {
        if (!url.contains(name + "=") && !configuration.getDataSourceProperties().containsKey(name)) {
          configuration.addDataSourceProperty(name, value);
        }
      });
    }
    return configuration;
  }
}
