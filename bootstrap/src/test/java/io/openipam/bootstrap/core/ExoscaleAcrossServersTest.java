package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.bootstrap.support.DatabaseServer;
import io.openipam.bootstrap.support.DemoClients;
import io.openipam.bootstrap.support.RealDatabase;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server as shipped (application.yml's demo Exoscale key, zone ch-gva-2 on location demo-1),
 * twice on one MariaDB schema: an operation answered by one process is polled on the other, the
 * Elastic IP is the core's allocation, and each facade keeps its own error shape.
 */
@RealDatabase
class ExoscaleAcrossServersTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private static EmbeddedServer start(DatabaseServer.Schema schema) {
    return ApplicationContext.run(EmbeddedServer.class, Map.of(
        "datasources.default.url", schema.jdbcUrl(),
        "datasources.default.username", schema.user(),
        "datasources.default.password", schema.password(),
        "micronaut.server.port", -1,
        "ipam.purge-interval", "1h"));
  }

  private static HttpResponse<String> send(EmbeddedServer server, String method, String path, String body,
      boolean signed) throws Exception {
    DemoClients demo = new DemoClients(server);
    return signed ? demo.exoscale(method, path, body) : demo.anonymous(method, path, body);
  }

  private static String firstId(String json) {
    Matcher id = ID.matcher(json);
    assertTrue(id.find(), json);
    return id.group(1);
  }

  @Test
  void an_elastic_ip_created_on_one_server_is_polled_and_read_on_another() throws Exception {
    try (DatabaseServer.Schema schema = DatabaseServer.newSchema();
        EmbeddedServer first = start(schema);
        EmbeddedServer second = start(schema)) {
      HttpResponse<String> created = send(first, "POST", "/v2/elastic-ip", "{\"description\":\"shared\"}", true);
      assertEquals(200, created.statusCode(), created.body());
      assertTrue(created.body().contains("\"state\":\"pending\""), created.body());
      String operation = firstId(created.body());

      HttpResponse<String> polled = send(second, "GET", "/v2/operation/" + operation, null, true);
      assertEquals(200, polled.statusCode(), polled.body());
      assertTrue(polled.body().contains("\"state\":\"success\""), polled.body());
      String eip = polled.body().replaceAll(".*\"reference\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");

      HttpResponse<String> read = send(second, "GET", "/v2/elastic-ip/" + eip, null, true);
      assertEquals(200, read.statusCode(), read.body());
      Allocation allocation = second.getApplicationContext().getBean(FindAllocations.class)
          .get(Principal.tenant("demo"), new AllocationId(eip));
      assertEquals("shared", allocation.description());
      assertTrue(read.body().contains("\"ip\":\"" + allocation.address() + "\""), read.body());
      assertEquals("application/json", read.headers().firstValue("Content-Type").orElseThrow());
    }
  }

  @Test
  void each_facade_keeps_its_own_error_shape() throws Exception {
    try (DatabaseServer.Schema schema = DatabaseServer.newSchema(); EmbeddedServer server = start(schema)) {
      HttpResponse<String> exoscale = send(server, "GET", "/v2/no-such-route", null, false);
      HttpResponse<String> unsigned = send(server, "GET", "/v2/elastic-ip", null, false);
      HttpResponse<String> zones = send(server, "GET", "/v2/zone", null, false);
      HttpResponse<String> melange = send(server, "GET", "/v0.1/ipam/no-such-route", null, false);

      assertEquals(404, exoscale.statusCode());
      assertEquals("{\"message\":\"Not found\"}", exoscale.body());
      assertEquals(403, unsigned.statusCode());
      assertEquals("{\"message\":\"Invalid request signature\"}", unsigned.body());
      assertEquals(200, zones.statusCode());
      assertTrue(zones.body().startsWith("{\"zones\":[{\"name\":\"ch-gva-2\",\"api-endpoint\":\"http://"), zones.body());
      assertEquals(404, melange.statusCode());
      assertTrue(melange.body().startsWith("{\"NotFound\":"), melange.body());
    }
  }
}
