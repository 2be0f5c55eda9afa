package io.openipam.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ceiling through HTTP: one request, one one-row INSERT + COMMIT, on the same server stack
 * (Netty, the same filters, virtual threads, the same connection pool) as the allocation route.
 * Only the HTTP benchmark turns it on.
 */
@Controller("/bench/ceiling")
@Requires(property = "bench.ceiling-endpoint", value = "true")
final class CeilingEndpoint {

  private final DataSource dataSource;

  CeilingEndpoint(ApplicationContext context) {
    this.dataSource = BenchRun.dataSource(context);
  }

  @Post(produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> insert() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(CeilingTable.INSERT)) {
      statement.setInt(1, 0);
      String payload = UUID.randomUUID().toString();
      statement.setString(2, payload);
      statement.executeUpdate();
      return HttpResponse.created("{\"payload\":\"" + payload + "\"}");
    }
  }
}
