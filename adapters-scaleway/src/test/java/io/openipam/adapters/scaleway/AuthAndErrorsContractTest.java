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
import org.junit.jupiter.api.Test;

/** Spec §13 cases 1 and 24, §2.1 and §8: keys, projects, and error bodies on every path. */
@MicronautTest
class AuthAndErrorsContractTest extends ContractTest {

  @Test
  void case1_no_key_is_denied_authentication() {
    Reply reply = scw.get(FIPS, null);

    assertEquals(401, reply.status(), reply.toString());
    assertEquals("application/json", reply.contentType());
    assertEquals(Map.of("type", "denied_authentication", "message", "authentication is denied",
        "method", "api_key", "reason", "invalid_argument"), reply.object());
  }

  @Test
  void an_unknown_key_is_denied_authentication_as_not_found() {
    Reply reply = scw.get(FIPS, "99999999-9999-4999-8999-999999999999");

    assertEquals(401, reply.status(), reply.toString());
    assertEquals("not_found", reply.get("reason"));
  }

  @Test
  void a_key_reaches_every_project_of_its_organization_and_no_other() {
    assertEquals(200, scw.post(FIPS, Keys.KEY_A, "{\"project_id\":\"" + Keys.A2 + "\"}").status());

    Reply foreign = scw.post(FIPS, Keys.KEY_A, "{\"project_id\":\"" + Keys.B1 + "\"}");
    Reply unconfigured = scw.post(FIPS, Keys.KEY_A, "{\"project_id\":\"44444444-4444-4444-8444-444444444444\"}");

    assertEquals(403, foreign.status(), foreign.toString());
    assertEquals(Map.of("type", "permissions_denied", "message", "insufficient permissions",
        "details", List.of(Map.of("resource", "flexible-ip", "action", "write"))), foreign.object());
    assertEquals(403, unconfigured.status(), unconfigured.toString());
  }

  @Test
  void another_organizations_fip_is_not_found_and_cannot_be_listed_by_project() {
    Map<String, Object> fip = scw.create(Keys.KEY_B, Keys.B1, false, "");

    Reply get = scw.get(FIPS + "/" + fip.get("id"), Keys.KEY_A);
    Reply delete = scw.delete(FIPS + "/" + fip.get("id"), Keys.KEY_A);
    Reply list = scw.get(FIPS + "?project_id=" + Keys.B1, Keys.KEY_A);

    assertEquals(404, get.status(), get.toString());
    assertEquals(404, delete.status(), delete.toString());
    assertEquals(403, list.status(), list.toString());
    assertEquals(200, scw.get(FIPS + "/" + fip.get("id"), Keys.KEY_B).status());
  }

  @Test
  void an_operator_key_acts_for_any_project() {
    Map<String, Object> fip = scw.create(Keys.OPERATOR, Keys.B1, false, "");

    assertEquals(Keys.B1, fip.get("project_id"));
    assertEquals(200, scw.get(FIPS + "/" + fip.get("id"), Keys.KEY_B).status());
  }

  @Test
  void case24_framework_errors_come_in_scaleway_bodies() {
    Reply noRoute = scw.get("/flexible-ip/v1alpha1/zones/fr-par-1/nothing", Keys.KEY_A);
    Reply wrongVerb = scw.send("PUT", FIPS, Keys.KEY_A, "{}", "application/json");
    Reply badJson = scw.post(FIPS, Keys.KEY_A, "{\"project_id\":");
    Reply notAnObject = scw.post(FIPS, Keys.KEY_A, "[1]");
    Reply notJson = scw.send("POST", FIPS, Keys.KEY_A, "project_id=x", "application/x-www-form-urlencoded");
    Reply tooLarge = scw.post(FIPS, Keys.KEY_A, "{\"description\":\"" + "d".repeat(70_000) + "\"}");

    for (Reply reply : List.of(noRoute, wrongVerb, badJson, notAnObject, notJson, tooLarge)) {
      assertEquals("application/json", reply.contentType(), reply.toString());
      assertNotNull(reply.get("type"), reply.toString());
      assertNotNull(reply.get("message"), reply.toString());
    }
    assertEquals(404, noRoute.status());
    assertEquals("not_found", noRoute.get("type"));
    assertEquals(405, wrongVerb.status());
    assertEquals(400, badJson.status());
    assertEquals("invalid_arguments", badJson.get("type"));
    assertEquals(400, notAnObject.status());
    assertEquals(415, notJson.status());
    assertEquals(413, tooLarge.status());
  }

  @Test
  void other_facades_paths_are_left_alone() {
    Reply reply = scw.get("/somewhere-else", Keys.KEY_A);

    assertEquals(404, reply.status());
    assertTrue(reply.text().isEmpty() || !reply.text().contains("\"type\""), reply.toString());
  }
}
