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
import org.junit.jupiter.api.Test;

/**
 * Spec §2.3 and §8: whatever a client sends to any of the eleven routes, the answer is a
 * Scaleway error body with a 4xx, never a 500, and nothing is allocated.
 */
@MicronautTest
class MalformedRequestsContractTest extends ContractTest {

  private static final List<String> BODIES = List.of(
      "", "{", "[]", "null", "42", "\"text\"", "{\"project_id\":42}", "{\"project_id\":[\"x\"]}",
      "{\"fips_ids\":\"x\"}", "{\"fips_ids\":[1,2]}", "{\"fips_ids\":[null]}", "{\"server_id\":{}}",
      "{\"mac_type\":7}", "{\"tags\":[1]}", "{\"tags\":[\"\"]}", "{\"description\":false}",
      "{\"dst_fip_id\":\"../etc\"}", "{\"duplicate_from_fip_id\":\"\"}", "{\"is_ipv6\":1}",
      "{\"project_id\":\"\\u0000\"}", "{\"reverse\":\"" + "a".repeat(300) + "\"}", "\u00ff\u00fe");

  @Test
  void no_body_on_any_route_gets_past_a_4xx() {
    String fip = (String) scw.create(Keys.KEY_A, Keys.A1, false, "").get("id");
    int before = total();
    List<String[]> routes = List.of(
        new String[] {"POST", FIPS}, new String[] {"PATCH", FIPS + "/" + fip},
        new String[] {"POST", FIPS + "/attach"}, new String[] {"POST", FIPS + "/detach"},
        new String[] {"POST", FIPS + "/" + fip + "/mac"}, new String[] {"POST", FIPS + "/" + fip + "/mac/duplicate"},
        new String[] {"POST", FIPS + "/" + fip + "/mac/move"});

    for (String[] route : routes) {
      for (String body : BODIES) {
        Reply reply = scw.send(route[0], route[1], Keys.KEY_A, body, "application/json");
        if (route[0].equals("PATCH") && reply.status() == 200) {
          continue; // an empty body or an object of unknown fields changes nothing, as it should
        }
        assertTrue(reply.status() >= 400 && reply.status() < 500, route[0] + " " + route[1] + " " + body + " -> " + reply);
        assertEquals("application/json", reply.contentType(), reply.toString());
        assertNotNull(reply.get("type"), reply.toString());
        assertNotNull(reply.get("message"), reply.toString());
      }
    }
    assertEquals(before, total());
  }

  @Test
  void odd_ids_and_queries_are_4xx() {
    List<String> paths = List.of(FIPS + "/%00", FIPS + "/" + "a".repeat(300), FIPS + "/x/mac",
        FIPS + "?page=-1", FIPS + "?page_size=abc", FIPS + "?server_ids=x", FIPS + "?project_id=%20",
        FIPS + "?organization_id=nope", "/flexible-ip/v1alpha1/zones/%E2%98%83/fips");

    for (String path : paths) {
      for (String method : List.of("GET", "DELETE")) {
        Reply reply = scw.send(method, path, Keys.KEY_A, null, null);
        assertTrue(reply.status() >= 400 && reply.status() < 500, method + " " + path + " -> " + reply);
        assertNotNull(reply.get("type"), reply.toString());
      }
    }
  }

  private int total() {
    return ((Number) scw.get(FIPS + "?page_size=1", Keys.KEY_A).get("total_count")).intValue();
  }
}
