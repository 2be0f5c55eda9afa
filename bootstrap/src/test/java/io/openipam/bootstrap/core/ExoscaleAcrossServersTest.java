package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.bootstrap.support.DatabaseServer;
import io.openipam.bootstrap.support.RealDatabase;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The server as shipped (application.yml's demo Exoscale key, zone ch-gva-2 on location demo-1),
 * twice on one MariaDB schema: an operation answered by one process is polled on the other, the
 * Elastic IP is the core's allocation, and each facade keeps its own error shape.
 */
@RealDatabase
class ExoscaleAcrossServersTest {

  private static final String KEY = "EXOdemo0a1b2c3d4e5f60718293a";
  private static final String SECRET = "demo-exoscale-secret";
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private final HttpClient http = HttpClient.newHttpClient();

  private static EmbeddedServer start(DatabaseServer.Schema schema) {
    return ApplicationContext.run(EmbeddedServer.class, Map.of(
        "datasources.default.url", schema.jdbcUrl(),
        "datasources.default.username", schema.user(),
        "datasources.default.password", schema.password(),
        "micronaut.server.port", -1,
        "ipam.purge-interval", "1h"));
  }

  private HttpResponse<String> send(EmbeddedServer server, String method, String path, String body, boolean signed)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (signed) {
      long expires = Instant.now().getEpochSecond() + 600;
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String message = method + " " + path + "\n" + (body == null ? "" : body) + "\n\n\n" + expires;
      String signature = Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
      request.header("Authorization",
          "EXO2-HMAC-SHA256 credential=" + KEY + ",expires=" + expires + ",signature=" + signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
