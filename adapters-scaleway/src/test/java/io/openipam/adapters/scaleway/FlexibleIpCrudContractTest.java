package io.openipam.adapters.scaleway;

import static io.openipam.adapters.scaleway.support.ScalewayClient.FIPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.scaleway.support.ContractTest;
import io.openipam.adapters.scaleway.support.Keys;
import io.openipam.adapters.scaleway.support.ScalewayClient.Reply;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spec §13 cases 2–6, 15 and 23: create, get, update, delete, zones. */
@MicronautTest
class FlexibleIpCrudContractTest extends ContractTest {

  static final Set<String> FIP_FIELDS = Set.of("id", "organization_id", "project_id", "description", "tags",
      "updated_at", "created_at", "status", "ip_address", "mac_address", "server_id", "reverse", "zone");

  @Test
  void case2_creates_an_ipv4_fip_as_go_sends_it() {
    Reply reply = scw.send("POST", FIPS, Keys.KEY_A,
        "{\"project_id\":\"" + Keys.A1 + "\",\"description\":\"\",\"tags\":null,\"is_ipv6\":false}", "application/json");

    assertEquals(200, reply.status(), reply.toString());
    assertEquals("application/json", reply.contentType());
    assertTrue(reply.requestId().matches("[0-9a-f-]{36}"), reply.requestId());
    Map<String, Object> fip = reply.object();
    assertEquals(FIP_FIELDS, fip.keySet());
    assertEquals("ready", fip.get("status"));
    assertTrue(((String) fip.get("ip_address")).matches("\\d+\\.\\d+\\.\\d+\\.\\d+"), fip.toString());
    assertTrue(fip.containsKey("server_id") && fip.get("server_id") == null);
    assertTrue(fip.containsKey("mac_address") && fip.get("mac_address") == null);
    assertEquals(List.of(), fip.get("tags"));
    assertEquals("", fip.get("description"));
    assertEquals("fr-par-1", fip.get("zone"));
    assertEquals(Keys.A1, fip.get("project_id"));
    assertEquals(Keys.ORG_A, fip.get("organization_id"));
    assertEquals(((String) fip.get("ip_address")).replace('.', '-') + ".rev.test.example.", fip.get("reverse"));
    assertTrue(((String) fip.get("created_at")).endsWith("Z"));
  }

  @Test
  void case3_creates_an_ipv6_slash_64_as_js_sends_it() {
    Map<String, Object> fip = scw.create(Keys.KEY_A, Keys.A1, true, "\"tags\":[\"v6\"]");

    assertTrue(((String) fip.get("ip_address")).matches("2001:db8:1:[0-9a-f:]*/64"), fip.toString());
    assertEquals(List.of("v6"), fip.get("tags"));
  }

  @Test
  void case4_a_missing_project_is_an_invalid_argument() {
    for (String body : List.of("{\"project_id\":\"\",\"is_ipv6\":false}", "{\"project_id\":null}", "{}")) {
      Reply reply = scw.post(FIPS, Keys.KEY_A, body);

      assertEquals(400, reply.status(), reply.toString());
      assertEquals("invalid_arguments", reply.get("type"));
      assertEquals("invalid argument(s)", reply.get("message"));
      assertEquals(List.of(Map.of("argument_name", "project_id", "reason", "required",
          "help_message", "project_id is required")), reply.get("details"));
    }
  }

  @Test
  void case5_get_returns_the_same_object_and_ignores_a_python_body() {
    Map<String, Object> created = scw.create(Keys.KEY_A, Keys.A1, false, "\"description\":\"web\"");

    Reply plain = scw.get(FIPS + "/" + created.get("id"), Keys.KEY_A);
    Reply python = scw.send("GET", FIPS + "/" + created.get("id"), Keys.KEY_A, "{}", null);

    assertEquals(200, plain.status(), plain.toString());
    assertEquals("application/json", plain.contentType());
    assertEquals(created, plain.object());
    assertEquals(created, python.object());
  }

  @Test
  void case6_patch_changes_only_the_fields_given() {
    Map<String, Object> created = scw.create(Keys.KEY_A, Keys.A1, false, "\"tags\":[\"a\",\"b\"]");
    String path = FIPS + "/" + created.get("id");

    Reply described = scw.patch(path, Keys.KEY_A, "{\"description\":\"x\"}");
    assertEquals(200, described.status(), described.toString());
    assertEquals("x", described.get("description"));
    assertEquals(List.of("a", "b"), described.get("tags"));
    assertEquals(created.get("created_at"), described.get("created_at"));

    Reply cleared = scw.patch(path, Keys.KEY_A, "{\"tags\":[],\"reverse\":\"fip.example.test\"}");
    assertEquals(List.of(), cleared.get("tags"));
    assertEquals("x", cleared.get("description"));
    assertEquals("fip.example.test", cleared.get("reverse"));

    Reply reset = scw.patch(path, Keys.KEY_A, "{\"reverse\":\"\"}");
    assertEquals(created.get("reverse"), reset.get("reverse"));
  }

  @Test
  void case6_a_description_of_256_characters_is_refused_and_changes_nothing() {
    Map<String, Object> created = scw.create(Keys.KEY_A, Keys.A1, false, "");
    String path = FIPS + "/" + created.get("id");

    Reply reply = scw.patch(path, Keys.KEY_A, "{\"description\":\"" + "d".repeat(256) + "\"}");

    assertEquals(400, reply.status(), reply.toString());
    assertEquals("constraint", detail(reply).get("reason"));
    assertEquals("description", detail(reply).get("argument_name"));
    assertEquals(created, scw.get(path, Keys.KEY_A).object());
  }

  @Test
  void case15_delete_answers_204_and_the_fip_is_gone() {
    Map<String, Object> created = scw.create(Keys.KEY_A, Keys.A1, false, "");
    String path = FIPS + "/" + created.get("id");

    Reply deleted = scw.delete(path, Keys.KEY_A);
    Reply after = scw.get(path, Keys.KEY_A);

    assertEquals(204, deleted.status(), deleted.toString());
    assertEquals("", deleted.text());
    assertEquals(404, after.status(), after.toString());
    assertEquals(Map.of("type", "not_found", "message", "resource is not found", "resource", "flexible_ip",
        "resource_id", created.get("id")), after.object());
    assertEquals(404, scw.delete(path, Keys.KEY_A).status());
  }

  @Test
  void case15_a_python_delete_with_an_empty_json_body_is_accepted() {
    Map<String, Object> created = scw.create(Keys.KEY_A, Keys.A1, false, "");

    Reply deleted = scw.send("DELETE", FIPS + "/" + created.get("id"), Keys.KEY_A, "{}", null);

    assertEquals(204, deleted.status(), deleted.toString());
  }

  @Test
  void case23_a_fip_lives_in_its_zone_and_an_unknown_zone_is_refused() {
    Map<String, Object> created = scw.create(Keys.KEY_A, Keys.A1, false, "");

    Reply elsewhere = scw.get("/flexible-ip/v1alpha1/zones/nl-ams-1/fips/" + created.get("id"), Keys.KEY_A);
    Reply unknown = scw.get("/flexible-ip/v1alpha1/zones/xx-yyy-1/fips", Keys.KEY_A);

    assertEquals(404, elsewhere.status(), elsewhere.toString());
    assertEquals(400, unknown.status(), unknown.toString());
    assertEquals("zone", detail(unknown).get("argument_name"));
    assertEquals("constraint", detail(unknown).get("reason"));
  }

  @Test
  void a_fip_of_another_zone_is_created_from_that_zones_pools() {
    Reply reply = scw.post("/flexible-ip/v1alpha1/zones/nl-ams-1/fips", Keys.KEY_A,
        "{\"project_id\":\"" + Keys.A1 + "\",\"is_ipv6\":false}");

    assertEquals(200, reply.status(), reply.toString());
    assertTrue(((String) reply.get("ip_address")).startsWith("203.0.113."));
    assertEquals("nl-ams-1", reply.get("zone"));
  }

  @Test
  void a_malformed_fip_id_is_an_invalid_argument() {
    Reply reply = scw.get(FIPS + "/not-a-uuid", Keys.KEY_A);

    assertEquals(400, reply.status(), reply.toString());
    assertEquals("fip_id", detail(reply).get("argument_name"));
    assertEquals("format", detail(reply).get("reason"));
  }

  @Test
  void an_ipv6_fip_without_ipv6_pools_in_the_zone_is_out_of_stock() {
    Reply reply = scw.post("/flexible-ip/v1alpha1/zones/nl-ams-1/fips", Keys.KEY_A,
        "{\"project_id\":\"" + Keys.A1 + "\",\"is_ipv6\":true}");

    assertEquals(412, reply.status(), reply.toString());
    assertEquals(Map.of("type", "out_of_stock", "message", "resource is out of stock", "resource", "ip"),
        reply.object());
  }

  @Test
  void bad_values_in_a_create_are_invalid_arguments_and_allocate_nothing() {
    int before = ((Number) scw.get(FIPS + "?project_id=" + Keys.A2, Keys.KEY_A).get("total_count")).intValue();
    Map<String, String> cases = Map.of(
        "{\"project_id\":\"" + Keys.A2 + "\",\"description\":\"" + "d".repeat(256) + "\"}", "description",
        "{\"project_id\":\"" + Keys.A2 + "\",\"tags\":\"web\"}", "tags",
        "{\"project_id\":\"" + Keys.A2 + "\",\"is_ipv6\":\"yes\"}", "is_ipv6",
        "{\"project_id\":\"" + Keys.A2 + "\",\"server_id\":\"srv\"}", "server_id",
        "{\"project_id\":\"" + Keys.A2 + "\",\"reverse\":\"not a name\"}", "reverse",
        "{\"project_id\":\"nope\"}", "project_id");

    cases.forEach((body, argument) -> {
      Reply reply = scw.post(FIPS, Keys.KEY_A, body);
      assertEquals(400, reply.status(), body + " -> " + reply);
      assertEquals(argument, detail(reply).get("argument_name"), body);
    });
    assertEquals(before, ((Number) scw.get(FIPS + "?project_id=" + Keys.A2, Keys.KEY_A).get("total_count")).intValue());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> detail(Reply reply) {
    List<Map<String, Object>> details = (List<Map<String, Object>>) reply.get("details");
    assertNotNull(details, reply.toString());
    return details.getFirst();
  }
}
