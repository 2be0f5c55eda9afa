package io.openipam.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.bootstrap.support.DatabaseServer;
import io.openipam.bootstrap.support.DemoClients;
import io.openipam.bootstrap.support.RealDatabase;
import io.openipam.bootstrap.support.ShippedServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One address, three dialects: a flexible IP made through Scaleway is an Elastic IP to Exoscale
 * and an allocated address to Melange, because the demo credentials of all three stand for the
 * same tenant. A change made in one dialect is read in the others, and a release in one ends it
 * everywhere: a tenant can move from one API style to another without moving data.
 */
@RealDatabase
class CrossFacadeTest {

  private static final String FIPS = "/flexible-ip/v1alpha1/zones/fr-par-1/fips";
  private static final String ALLOCATED = "/v0.1/ipam/tenants/demo/allocated_ip_addresses";

  private JsonMapper json;

  private Map<String, Object> object(HttpResponse<String> response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }

  @Test
  void an_address_made_in_one_dialect_is_read_changed_and_released_in_the_others() throws Exception {
    try (DatabaseServer.Schema schema = DatabaseServer.newSchema(); EmbeddedServer server = ShippedServer.start(schema)) {
      json = server.getApplicationContext().getBean(JsonMapper.class);
      DemoClients demo = new DemoClients(server);

      Map<String, Object> fip = object(demo.scaleway("POST", FIPS, "{\"project_id\":\"" + DemoClients.SCALEWAY_PROJECT
          + "\",\"description\":\"made through scaleway\",\"tags\":[\"web\"],\"is_ipv6\":false}"), 200);
      String id = (String) fip.get("id");
      String ip = (String) fip.get("ip_address");

      Map<String, Object> eip = object(demo.exoscale("GET", "/v2/elastic-ip/" + id, null), 200);
      assertEquals(ip, eip.get("ip"));
      assertEquals("made through scaleway", eip.get("description"));
      assertEquals(Map.of("web", ""), eip.get("labels"), "a tag is a label without a value");
      assertTrue(list(object(demo.exoscale("GET", "/v2/elastic-ip", null), 200), "elastic-ips").stream()
          .anyMatch(listed -> id.equals(listed.get("id"))));
      assertTrue(list(object(demo.melange("GET", ALLOCATED, null), 200), "ip_addresses").stream()
          .anyMatch(address -> ip.equals(address.get("address")) && "demo".equals(address.get("used_by_tenant"))));

      object(demo.exoscale("PUT", "/v2/elastic-ip/" + id, "{\"description\":\"renamed through exoscale\"}"), 200);
      assertEquals("renamed through exoscale", object(demo.scaleway("GET", FIPS + "/" + id, null), 200)
          .get("description"));

      object(demo.exoscale("DELETE", "/v2/elastic-ip/" + id, null), 200);
      assertEquals(404, demo.scaleway("GET", FIPS + "/" + id, null).statusCode());
      assertFalse(list(object(demo.melange("GET", ALLOCATED, null), 200), "ip_addresses").stream()
          .anyMatch(address -> ip.equals(address.get("address"))));
    }
  }
}
