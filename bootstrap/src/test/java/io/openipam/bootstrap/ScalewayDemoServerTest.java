package io.openipam.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scaleway facade out of the box: the demo secret key reaches the demo project in fr-par-1,
 * and a FIP made there is the demo tenant's allocation, as every other facade reads it; the
 * Melange facade beside it keeps its own error bodies.
 */
class ScalewayDemoServerTest {

  private static final String DEMO_KEY = "6f0a2a4e-1d7c-4b8e-9a3f-0de3000000ff";
  private static final String DEMO_PROJECT = "6f0a2a4e-1d7c-4b8e-9a3f-0de300000002";

  @TempDir
  Path dataDirectory;

  @Test
  void the_demo_key_creates_a_fip_that_is_the_demo_tenants_allocation() throws Exception {
    String url = "jdbc:h2:file:" + dataDirectory.resolve("openipam")
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
        Map.of("datasources.default.url", url, "micronaut.server.port", -1))) {
      HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(server.getURL() + "/flexible-ip/v1alpha1/zones/fr-par-1/fips"))
          .header("X-Auth-Token", DEMO_KEY)
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"project_id\":\"" + DEMO_PROJECT + "\",\"description\":\"demo\",\"tags\":[\"web\"],\"is_ipv6\":false}"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, created.statusCode(), created.body());
      assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());
      Map<String, Object> fip = server.getApplicationContext().getBean(JsonMapper.class)
          .readValue(created.body(), Argument.mapOf(String.class, Object.class));
      assertTrue(((String) fip.get("ip_address")).startsWith("192.0.2."), created.body());
      Allocation allocation = server.getApplicationContext().getBean(FindAllocations.class)
          .get(Principal.tenant("demo"), new AllocationId((String) fip.get("id")));
      assertEquals(fip.get("ip_address"), allocation.address().toString());
      assertEquals("demo", allocation.description());
      assertTrue(allocation.labels().entries().containsKey("web"));

      // Each facade keeps its own error shape when both run in one server.
      HttpResponse<String> scalewayMiss = get(server, "/flexible-ip/v1alpha1/zones/fr-par-1/nothing");
      HttpResponse<String> melangeMiss = get(server, "/v0.1/ipam/nothing");
      assertEquals(404, scalewayMiss.statusCode());
      assertEquals("application/json", scalewayMiss.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(scalewayMiss.body().contains("\"type\":\"not_found\""), scalewayMiss.body());
      assertEquals(404, melangeMiss.statusCode());
      assertTrue(melangeMiss.body().contains("\"NotFound\"") && !melangeMiss.body().contains("\"type\""),
          melangeMiss.body());
    }
  }

  private static HttpResponse<String> get(EmbeddedServer server, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .header("X-Auth-Token", DEMO_KEY).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
