package io.openipam.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.application.port.in.AllocatePublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server a newcomer starts: no database server, an H2 file that survives restarts. */
class EmbeddedDefaultServerTest {

  private static final Principal DEMO = Principal.tenant("demo");

  @TempDir
  Path dataDirectory;

  private EmbeddedServer start() {
    String url = "jdbc:h2:file:" + dataDirectory.resolve("openipam")
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    return ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", url, "micronaut.server.port", -1));
  }

  @Test
  void starts_on_the_embedded_database_answers_health_and_keeps_its_data_across_a_restart() throws Exception {
    Allocation allocated;
    try (EmbeddedServer server = start()) {
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"UP\"}", health.body());
      allocated = server.getApplicationContext().getBean(AllocatePublicAddress.class)
          .allocate(DEMO, new LocationId("demo-1"), IpFamily.V6, 64, AllocationDetails.NONE);
      assertEquals("2001:db8:1::/64", allocated.prefix().toString());
    }
    assertEquals(true, Files.exists(dataDirectory.resolve("openipam.mv.db")));

    try (EmbeddedServer restarted = start()) {
      ApplicationContext context = restarted.getApplicationContext();
      assertEquals(allocated, context.getBean(FindAllocations.class).get(DEMO, allocated.id()));
      Allocation next = context.getBean(AllocatePublicAddress.class)
          .allocate(DEMO, new LocationId("demo-1"), IpFamily.V6, 64, AllocationDetails.NONE);
      // the first node gave its unused leased slots back on shutdown, so nothing was skipped
      assertEquals("2001:db8:1:1::/64", next.prefix().toString());
    }
  }
}
