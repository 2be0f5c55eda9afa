package io.openipam.adapters.scaleway;

import static io.openipam.adapters.scaleway.AttachDetachContractTest.S1;
import static io.openipam.adapters.scaleway.AttachDetachContractTest.S2;
import static io.openipam.adapters.scaleway.AttachDetachContractTest.quoted;
import static io.openipam.adapters.scaleway.support.ScalewayClient.FIPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.scaleway.support.ContractTest;
import io.openipam.adapters.scaleway.support.Keys;
import io.openipam.adapters.scaleway.support.ScalewayClient.Reply;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spec §13 cases 17–22, §4.8–4.11 and the MAC-group rules of §7. */
@MicronautTest
@Property(name = "scaleway.settle-time", value = "400ms")
class MacContractTest extends ContractTest {

  private String fip() {
    return (String) scw.create(Keys.KEY_A, Keys.A1, false, "").get("id");
  }

  private String attachedFip(String server) {
    String id = fip();
    scw.post(FIPS + "/attach", Keys.KEY_A, "{\"fips_ids\":[\"" + id + "\"],\"server_id\":\"" + server + "\"}");
    scw.waitFor(Keys.KEY_A, id);
    return id;
  }

  private Reply generate(String id, String type) {
    return scw.post(FIPS + "/" + id + "/mac", Keys.KEY_A, "{\"mac_type\":\"" + type + "\"}");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mac(Map<String, Object> fip) {
    return (Map<String, Object>) fip.get("mac_address");
  }

  @Test
  void case17_generating_on_an_unattached_fip_is_ready_at_once() {
    String id = fip();

    Reply reply = generate(id, "kvm");

    assertEquals(200, reply.status(), reply.toString());
    Map<String, Object> mac = mac(reply.object());
    assertEquals(Set.of("id", "mac_address", "mac_type", "status", "created_at", "updated_at", "zone"), mac.keySet());
    assertNotEquals(id, mac.get("id"));
    assertTrue(((String) mac.get("mac_address")).matches("^52:54:00(:[0-9a-f]{2}){3}$"), mac.toString());
    assertEquals("kvm", mac.get("mac_type"));
    assertEquals("ready", mac.get("status"));
    assertEquals("ready", reply.get("status"));
    assertEquals("fr-par-1", mac.get("zone"));
  }

  @Test
  void case17_the_type_decides_the_prefix_and_unknown_type_is_refused() {
    assertTrue(((String) mac(generate(fip(), "xen").object()).get("mac_address")).startsWith("00:16:3e:"));
    assertEquals("vmware", mac(generate(fip(), "vmware").object()).get("mac_type"));

    Reply unknown = generate(fip(), "unknown_type");
    Reply missing = scw.post(FIPS + "/" + fip() + "/mac", Keys.KEY_A, "{}");

    assertEquals(400, unknown.status(), unknown.toString());
    assertEquals("mac_type", FlexibleIpCrudContractTest.detail(unknown).get("argument_name"));
    assertEquals("required", FlexibleIpCrudContractTest.detail(missing).get("reason"));
  }

  @Test
  void case18_generating_on_an_attached_fip_is_updating_then_attached_and_used() {
    String id = attachedFip(S1);

    Reply reply = generate(id, "kvm");

    assertEquals("updating", reply.get("status"));
    assertEquals("updating", mac(reply.object()).get("status"));
    Map<String, Object> settled = scw.waitFor(Keys.KEY_A, id);
    assertEquals("attached", settled.get("status"));
    assertEquals("used", mac(settled).get("status"));
  }

  @Test
  void case19_duplicating_joins_the_mac_group_on_one_server_only() {
    String a = attachedFip(S1);
    String b = attachedFip(S1);
    String c = attachedFip(S2);
    Map<String, Object> macOfA = mac(generate(a, "kvm").object());
    scw.waitFor(Keys.KEY_A, a);

    Reply duplicated = scw.post(FIPS + "/" + b + "/mac/duplicate", Keys.KEY_A,
        "{\"duplicate_from_fip_id\":\"" + a + "\"}");
    Reply elsewhere = scw.post(FIPS + "/" + c + "/mac/duplicate", Keys.KEY_A,
        "{\"duplicate_from_fip_id\":\"" + a + "\"}");

    assertEquals(200, duplicated.status(), duplicated.toString());
    assertEquals(b, duplicated.get("id"));
    assertEquals("updating", duplicated.get("status"));
    assertEquals(macOfA.get("id"), mac(duplicated.object()).get("id"));
    assertEquals(macOfA.get("mac_address"), mac(duplicated.object()).get("mac_address"));
    assertEquals(412, elsewhere.status(), elsewhere.toString());
    assertEquals("precondition_failed", elsewhere.get("type"));
    assertEquals("unknown_precondition", elsewhere.get("precondition"));
    assertTrue(elsewhere.get("help_message") instanceof String);
    assertNull(scw.get(FIPS + "/" + c, Keys.KEY_A).get("mac_address"));
  }

  @Test
  void case20_moving_answers_the_destination_and_the_source_loses_the_mac() {
    String a = fip();
    String b = fip();
    Map<String, Object> macOfA = mac(generate(a, "kvm").object());

    Reply moved = scw.post(FIPS + "/" + a + "/mac/move", Keys.KEY_A, "{\"dst_fip_id\":\"" + b + "\"}");

    assertEquals(200, moved.status(), moved.toString());
    assertEquals(b, moved.get("id"));
    assertEquals(macOfA.get("id"), mac(moved.object()).get("id"));
    assertEquals("ready", moved.get("status"));
    assertNull(scw.get(FIPS + "/" + a, Keys.KEY_A).get("mac_address"));
    Reply ontoMac = scw.post(FIPS + "/" + b + "/mac/move", Keys.KEY_A, "{\"dst_fip_id\":\"" + b + "\"}");
    assertEquals(200, ontoMac.status());
    generate(a, "kvm");
    assertEquals(412, scw.post(FIPS + "/" + a + "/mac/move", Keys.KEY_A, "{\"dst_fip_id\":\"" + b + "\"}").status());
  }

  @Test
  void case21_deleting_a_members_mac_keeps_it_on_the_others() {
    String a = attachedFip(S1);
    String b = attachedFip(S1);
    Map<String, Object> macOfA = mac(generate(a, "kvm").object());
    scw.waitFor(Keys.KEY_A, a);
    scw.post(FIPS + "/" + b + "/mac/duplicate", Keys.KEY_A, "{\"duplicate_from_fip_id\":\"" + a + "\"}");
    scw.waitFor(Keys.KEY_A, b);

    Reply deleted = scw.delete(FIPS + "/" + b + "/mac", Keys.KEY_A);

    assertEquals(204, deleted.status(), deleted.toString());
    assertNull(scw.get(FIPS + "/" + b, Keys.KEY_A).get("mac_address"));
    assertEquals(macOfA.get("mac_address"), mac(scw.get(FIPS + "/" + a, Keys.KEY_A).object()).get("mac_address"));
    Reply none = scw.delete(FIPS + "/" + b + "/mac", Keys.KEY_A);
    assertEquals(404, none.status());
    assertEquals("mac_address", none.get("resource"));
    Reply unknown = scw.delete(FIPS + "/77777777-7777-4777-8777-777777777777/mac", Keys.KEY_A);
    assertEquals(404, unknown.status());
    assertEquals(Map.of("type", "not_found", "message", "resource is not found", "resource", "flexible_ips",
        "resource_id", "77777777-7777-4777-8777-777777777777"), unknown.object());
  }

  @Test
  void case22_a_mac_group_attaches_as_a_whole_and_a_member_detached_alone_loses_the_mac() {
    String a = attachedFip(S1);
    String b = attachedFip(S1);
    Map<String, Object> macOfA = mac(generate(a, "kvm").object());
    scw.waitFor(Keys.KEY_A, a);
    scw.post(FIPS + "/" + b + "/mac/duplicate", Keys.KEY_A, "{\"duplicate_from_fip_id\":\"" + a + "\"}");
    scw.waitFor(Keys.KEY_A, b);

    Reply partial = scw.post(FIPS + "/attach", Keys.KEY_A, "{\"fips_ids\":[\"" + a + "\"],\"server_id\":\"" + S2 + "\"}");
    assertEquals(412, partial.status(), partial.toString());
    assertEquals(S1, scw.get(FIPS + "/" + a, Keys.KEY_A).get("server_id"));

    Reply whole = scw.post(FIPS + "/attach", Keys.KEY_A, "{\"fips_ids\":" + quoted(a, b) + ",\"server_id\":\"" + S2 + "\"}");
    assertEquals(200, whole.status(), whole.toString());
    assertEquals(S2, scw.waitFor(Keys.KEY_A, a).get("server_id"));
    assertEquals(S2, scw.waitFor(Keys.KEY_A, b).get("server_id"));

    scw.post(FIPS + "/detach", Keys.KEY_A, "{\"fips_ids\":[\"" + a + "\"]}");
    assertNull(scw.waitFor(Keys.KEY_A, a).get("mac_address"));
    assertEquals(macOfA.get("id"), mac(scw.get(FIPS + "/" + b, Keys.KEY_A).object()).get("id"));
  }

  /** Two FIPs on {@code server} sharing one MAC; answers their ids. */
  private String[] group(String server) {
    String a = attachedFip(server);
    String b = attachedFip(server);
    generate(a, "kvm");
    scw.waitFor(Keys.KEY_A, a);
    scw.post(FIPS + "/" + b + "/mac/duplicate", Keys.KEY_A, "{\"duplicate_from_fip_id\":\"" + a + "\"}");
    scw.waitFor(Keys.KEY_A, b);
    return new String[] {a, b};
  }

  private void assertRefusedAndUnchanged(Reply reply, String server, String... fips) {
    assertEquals(412, reply.status(), reply.toString());
    assertEquals("precondition_failed", reply.get("type"));
    assertEquals("precondition is not respected", reply.get("message"));
    assertEquals("unknown_precondition", reply.get("precondition"));
    assertTrue(reply.get("help_message") instanceof String help && !help.isBlank(), reply.toString());
    for (String fip : fips) {
      Reply read = scw.get(FIPS + "/" + fip, Keys.KEY_A);
      assertEquals(server, read.get("server_id"), read.toString());
      assertEquals("attached", read.get("status"), "a refused attach leaves no transient status: " + read);
    }
  }

  /** [I] spec §4.6/§7: a partial group, or a group listed with any FIP outside it, is 412 precondition_failed. */
  @Test
  void case22_attach_with_a_partial_group_or_a_mix_of_groups_is_a_412_precondition_failed_and_changes_nothing() {
    String[] first = group(S1);
    String[] second = group(S1);
    String plain = attachedFip(S1);

    assertRefusedAndUnchanged(scw.post(FIPS + "/attach", Keys.KEY_A,
        "{\"fips_ids\":" + quoted(first[0], plain) + ",\"server_id\":\"" + S2 + "\"}"), S1, first[0], plain);
    assertRefusedAndUnchanged(scw.post(FIPS + "/attach", Keys.KEY_A,
        "{\"fips_ids\":" + quoted(first[0], second[0]) + ",\"server_id\":\"" + S2 + "\"}"), S1, first[0], second[0]);
    assertRefusedAndUnchanged(scw.post(FIPS + "/attach", Keys.KEY_A,
        "{\"fips_ids\":" + quoted(first[0], first[1], second[0], second[1]) + ",\"server_id\":\"" + S2 + "\"}"),
        S1, first[0], first[1], second[0], second[1]);
    assertRefusedAndUnchanged(scw.post(FIPS + "/attach", Keys.KEY_A,
        "{\"fips_ids\":" + quoted(first[0], first[1], plain) + ",\"server_id\":\"" + S2 + "\"}"),
        S1, first[0], first[1], plain);

    Reply whole = scw.post(FIPS + "/attach", Keys.KEY_A,
        "{\"fips_ids\":" + quoted(first[1], first[0], first[1]) + ",\"server_id\":\"" + S2 + "\"}");
    assertEquals(200, whole.status(), whole.toString());
    assertEquals(2, ((Number) whole.get("total_count")).intValue(), "duplicate ids count once");
    assertEquals(S2, scw.waitFor(Keys.KEY_A, first[0]).get("server_id"));
    assertEquals(S2, scw.waitFor(Keys.KEY_A, first[1]).get("server_id"));
    assertEquals(S1, scw.get(FIPS + "/" + second[0], Keys.KEY_A).get("server_id"));
  }
}
