package io.openipam.adapters.scaleway;

import static io.openipam.adapters.scaleway.support.ScalewayClient.FIPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.scaleway.support.ContractTest;
import io.openipam.adapters.scaleway.support.Keys;
import io.openipam.adapters.scaleway.support.ScalewayClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spec §13 cases 11–14 and 16, §5: attach, detach and their transient statuses. The test
 * configuration settles transitions after 1.5 s; {@code waitFor} polls as the JS waiter does.
 */
@MicronautTest
class AttachDetachContractTest extends ContractTest {

  static final String S1 = "5e5e5e5e-0001-4000-8000-000000000001";
  static final String S2 = "5e5e5e5e-0002-4000-8000-000000000002";

  private Map<String, Object> fip() {
    return scw.create(Keys.KEY_A, Keys.A1, false, "");
  }

  private Reply attach(String server, Object... ids) {
    return scw.post(FIPS + "/attach", Keys.KEY_A, "{\"fips_ids\":" + quoted(ids) + ",\"server_id\":\"" + server + "\"}");
  }

  private Reply detach(Object... ids) {
    return scw.post(FIPS + "/detach", Keys.KEY_A, "{\"fips_ids\":" + quoted(ids) + "}");
  }

  static String quoted(Object... ids) {
    return "[" + String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList()) + "]";
  }

  @Test
  void case11_create_and_attach_is_updating_then_attached() {
    Map<String, Object> created = scw.create(Keys.KEY_A, Keys.A1, false, "\"server_id\":\"" + S1 + "\"");

    assertEquals("updating", created.get("status"));
    assertNull(created.get("server_id"));
    Map<String, Object> settled = scw.waitFor(Keys.KEY_A, (String) created.get("id"));
    assertEquals("attached", settled.get("status"));
    assertEquals(S1, settled.get("server_id"));
  }

  @Test
  void case12_attach_answers_the_envelope_and_reattaching_moves() {
    Object a = fip().get("id");
    Object b = fip().get("id");

    Reply reply = attach(S1, a, b);

    assertEquals(200, reply.status(), reply.toString());
    assertEquals(2, ((Number) reply.get("total_count")).intValue());
    assertEquals(List.of("updating", "updating"), reply.fips().stream().map(fip -> fip.get("status")).toList());
    assertNull(reply.fips().getFirst().get("server_id"));
    assertEquals(S1, scw.waitFor(Keys.KEY_A, (String) a).get("server_id"));
    scw.waitFor(Keys.KEY_A, (String) b);

    assertEquals(200, attach(S2, a).status());
    Map<String, Object> moved = scw.waitFor(Keys.KEY_A, (String) a);
    assertEquals("attached", moved.get("status"));
    assertEquals(S2, moved.get("server_id"));
    Reply byServer = scw.get(FIPS + "?server_ids=" + S2 + "&server_ids=" + S1 + "&page_size=100", Keys.KEY_A);
    assertEquals(true, byServer.fips().stream().anyMatch(fip -> a.equals(fip.get("id"))));
  }

  @Test
  void case13_detach_is_detaching_then_ready_and_detaching_a_ready_fip_is_a_no_op() {
    Object id = fip().get("id");
    attach(S1, id);
    scw.waitFor(Keys.KEY_A, (String) id);

    Reply detaching = detach(id);

    assertEquals(200, detaching.status(), detaching.toString());
    assertEquals("detaching", detaching.fips().getFirst().get("status"));
    assertEquals(S1, detaching.fips().getFirst().get("server_id"));
    Map<String, Object> ready = scw.waitFor(Keys.KEY_A, (String) id);
    assertEquals("ready", ready.get("status"));
    assertNull(ready.get("server_id"));
    Reply again = detach(id);
    assertEquals(200, again.status());
    assertEquals("ready", again.fips().getFirst().get("status"));
  }

  @Test
  void case14_mutations_while_updating_are_transient_state_conflicts() {
    Object id = fip().get("id");
    attach(S1, id);

    Reply patch = scw.patch(FIPS + "/" + id, Keys.KEY_A, "{\"description\":\"x\"}");
    Reply reattach = attach(S2, id);
    Reply delete = scw.delete(FIPS + "/" + id, Keys.KEY_A);

    for (Reply reply : List.of(patch, reattach, delete)) {
      assertEquals(409, reply.status(), reply.toString());
      assertEquals(Map.of("type", "transient_state", "message", "resource is in a transient state",
          "resource", "flexible_ip", "resource_id", id, "current_state", "updating"), reply.object());
    }
    assertEquals(S1, scw.waitFor(Keys.KEY_A, (String) id).get("server_id"));
  }

  @Test
  void case16_deleting_an_attached_fip_shows_detaching_then_it_is_gone() {
    Object id = fip().get("id");
    attach(S1, id);
    scw.waitFor(Keys.KEY_A, (String) id);

    assertEquals(204, scw.delete(FIPS + "/" + id, Keys.KEY_A).status());
    Reply during = scw.get(FIPS + "/" + id, Keys.KEY_A);

    assertEquals(200, during.status(), during.toString());
    assertEquals("detaching", during.get("status"));
    assertEquals(S1, during.get("server_id"));
    assertEquals("not_found", scw.waitFor(Keys.KEY_A, (String) id).get("type"));
    assertEquals(404, scw.get(FIPS + "/" + id, Keys.KEY_A).status());
  }

  @Test
  void attach_and_detach_check_their_arguments_and_change_nothing() {
    Object id = fip().get("id");

    Reply noIds = scw.post(FIPS + "/attach", Keys.KEY_A, "{\"fips_ids\":[],\"server_id\":\"" + S1 + "\"}");
    Reply noServer = scw.post(FIPS + "/attach", Keys.KEY_A, "{\"fips_ids\":[\"" + id + "\"]}");
    Reply unknown = attach(S1, id, "66666666-6666-4666-8666-666666666666");

    assertEquals(400, noIds.status());
    assertEquals("required", FlexibleIpCrudContractTest.detail(noIds).get("reason"));
    assertEquals(400, noServer.status());
    assertEquals("server_id", FlexibleIpCrudContractTest.detail(noServer).get("argument_name"));
    assertEquals(404, unknown.status(), unknown.toString());
    assertEquals("ready", scw.get(FIPS + "/" + id, Keys.KEY_A).get("status"));
  }
}
