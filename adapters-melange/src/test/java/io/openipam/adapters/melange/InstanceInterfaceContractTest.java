package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 96–106 (a device's interfaces, routes #43–#49, and v1.0's #65, #66). */
@MicronautTest(transactional = false)
class InstanceInterfaceContractTest extends ContractTest {

  private String owner;
  private String network;
  private Map<String, Object> block;

  private void network(String cidr) {
    owner = fresh("RAX");
    network = fresh("n1");
    block = createBlock(owner, "\"type\": \"private\", \"cidr\": \"" + cidr + "\", \"network_id\": \"" + network + "\"");
  }

  private String networkJson() {
    return "{\"id\": \"" + network + "\", \"tenant_id\": \"" + owner + "\"}";
  }

  private static String interfacesOf(String device) {
    return "/v0.1/ipam/instances/" + device + "/interfaces";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> interfaces(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return (List<Map<String, Object>>) reply.object("instance").get("interfaces");
  }

  private Reply replace(String device, String tenant, int count) {
    String items = String.join(", ", java.util.Collections.nCopies(count, "{\"network\": " + networkJson() + "}"));
    return melange.put(interfacesOf(device)).token(Tokens.OPERATOR)
        .json("{\"instance\": {\"tenant_id\": \"" + tenant + "\", \"interfaces\": [" + items + "]}}").send();
  }

  private String addressOf(Map<String, Object> nic) {
    return (String) ((Map<?, ?>) ((List<?>) nic.get("ip_addresses")).getFirst()).get("address");
  }

  private boolean allocated(String address) {
    return melange.get(blocksOf(owner) + "/" + block.get("id") + "/ip_addresses/" + address).token(Tokens.of(owner))
        .send().object("ip_address").get("interface_id") != null;
  }

  @Test
  void case_96_97_98_a_put_replaces_the_device_s_interfaces() {
    network("10.96.0.0/24");
    String device = fresh("instance_id");
    String tenant = fresh("tnt");

    List<Map<String, Object>> first = interfaces(replace(device, tenant, 3));

    assertEquals(3, first.size());
    for (Map<String, Object> nic : first) {
      assertEquals(device, nic.get("device_id"));
      assertEquals(tenant, nic.get("tenant_id"));
      assertEquals(1, ((List<?>) nic.get("ip_addresses")).size());
    }
    List<Map<String, Object>> second = interfaces(replace(device, tenant, 1));
    assertEquals(1, second.size());
    assertTrue(first.stream().noneMatch(nic -> allocated(addressOf(nic))), "case 97: the old addresses are released");
    assertEquals(second, interfaces(melange.get(interfacesOf(device)).token(Tokens.OPERATOR).send()), "case 98");
    assertEquals(List.of(), interfaces(melange.get(interfacesOf(fresh("unknown"))).token(Tokens.OPERATOR).send()));
    assertEquals(List.of(), interfaces(melange.put(interfacesOf(device)).token(Tokens.OPERATOR)
        .json("{\"instance\": {\"tenant_id\": \"" + tenant + "\", \"interfaces\": []}}").send()));
  }

  @Test
  void case_99_delete_removes_only_that_device_s_interfaces() {
    network("10.99.0.0/24");
    String device = fresh("instance");
    String other = fresh("instance");
    replace(device, "t", 2);
    replace(other, "t", 1);

    Reply deleted = melange.delete(interfacesOf(device)).token(Tokens.OPERATOR).send();

    assertEquals(200, deleted.status());
    assertEquals("", deleted.body());
    assertEquals(List.of(), interfaces(melange.get(interfacesOf(device)).token(Tokens.OPERATOR).send()));
    assertEquals(1, interfaces(melange.get(interfacesOf(other)).token(Tokens.OPERATOR).send()).size());
  }

  @Test
  void case_100_101_102_one_interface_is_created_shown_and_deleted() {
    network("10.100.0.0/24");
    String device = fresh("instance_id");
    replace(device, "leasee_tenant", 1);

    Reply created = melange.post(interfacesOf(device)).token(Tokens.OPERATOR).json("{\"interface\": {\"tenant_id\": "
        + "\"leasee_tenant\", \"network\": " + networkJson() + ", \"id\": \"ignored\"}}").send();

    assertEquals(200, created.status(), "Melange answered 200: " + created);
    Map<String, Object> nic = created.object("interface");
    assertEquals("leasee_tenant", nic.get("tenant_id"));
    assertEquals(2, interfaces(melange.get(interfacesOf(device)).token(Tokens.OPERATOR).send()).size());
    String one = interfacesOf(device) + "/" + nic.get("id");
    assertEquals(nic, melange.get(one).token(Tokens.OPERATOR).send().object("interface"), "case 101");
    Reply bad = melange.get(interfacesOf(device) + "/bad_iface_id").token(Tokens.OPERATOR).send();
    assertEquals(404, bad.status());
    assertEquals("Interface Not Found", bad.faultDetail());
    assertEquals(404, melange.get(interfacesOf(fresh("other")) + "/" + nic.get("id")).token(Tokens.OPERATOR).send()
        .status(), "another device's");
    assertEquals(nic, melange.get("/v0.1/ipam/tenants/leasee_tenant/instances/" + device + "/interfaces/"
        + nic.get("id")).token(Tokens.of("leasee_tenant")).send().object("interface"));
    assertEquals(404, melange.get("/v0.1/ipam/tenants/" + owner + "/instances/" + device + "/interfaces/"
        + nic.get("id")).token(Tokens.of(owner)).send().status());

    Reply deleted = melange.delete(one).token(Tokens.OPERATOR).send();

    assertEquals(200, deleted.status(), "case 102");
    assertTrue(!allocated(addressOf(nic)), "its address is released");
    assertEquals(404, melange.delete(one).token(Tokens.OPERATOR).send().status());
    assertEquals(1, interfaces(melange.get(interfacesOf(device)).token(Tokens.OPERATOR).send()).size());
  }

  @Test
  void deviation_a_body_without_tenant_or_interfaces_is_a_400_and_removes_nothing() {
    network("10.97.0.0/24");
    String device = fresh("instance");
    replace(device, "t", 1);

    Reply noTenant = melange.put(interfacesOf(device)).token(Tokens.OPERATOR)
        .json("{\"instance\": {\"interfaces\": []}}").send();
    Reply noList = melange.put(interfacesOf(device)).token(Tokens.OPERATOR)
        .json("{\"instance\": {\"tenant_id\": \"t\"}}").send();

    // [I] Melange answered 500 for both (spec §5.9)
    assertEquals(400, noTenant.status(), noTenant.toString());
    assertEquals(400, noList.status(), noList.toString());
    assertEquals(1, interfaces(melange.get(interfacesOf(device)).token(Tokens.OPERATOR).send()).size());
  }

  @Test
  void instance_routes_are_the_operator_s_and_have_no_update() {
    String device = fresh("instance");

    assertEquals(403, melange.get(interfacesOf(device)).token(Tokens.of("t")).send().status());
    Reply update = melange.put(interfacesOf(device) + "/x").token(Tokens.OPERATOR).json("{}").send();
    assertEquals(404, update.status());
    assertNull(update.faultDetail());
  }

  @Test
  void in_xml_an_instance_nests_its_interfaces() {
    network("10.98.0.0/24");
    String device = fresh("instance");
    replace(device, "t", 1);

    Reply reply = melange.get("/v1.0/ipam/instances/" + device + "/interfaces.xml").token(Tokens.OPERATOR).send();

    assertEquals("application/xml", reply.contentType());
    assertTrue(reply.body().startsWith("<instance>\n    <interfaces>\n        <interface>\n"), reply.body());
  }

  @Test
  void case_103_to_106_v1_0_allocates_and_deallocates_an_interface_s_addresses() {
    network("10.1.1.0/24");
    String device = fresh("instance_id");
    Reply created = melange.post("/v1.0/ipam/instances/" + device + "/interfaces").token(Tokens.OPERATOR)
        .json("{\"interface\": {\"tenant_id\": \"t\"}}").send();
    String iface = (String) created.object("interface").get("id");
    String path = "/v1.0/ipam/instances/" + device + "/interfaces/" + iface + "/ip_addresses";

    Reply none = melange.delete(path + "/10.1.1.3").token(Tokens.OPERATOR).send();
    Reply allocated = melange.post(path).token(Tokens.OPERATOR).json("{\"network\": {\"id\": \"" + network
        + "\", \"tenant_id\": \"" + owner + "\", \"address\": \"10.1.1.3\"}}").send();

    assertEquals(404, none.status(), "case 105: no address yet");
    assertEquals("IpAddress Not Found", none.faultDetail());
    assertEquals(201, allocated.status(), allocated.toString());
    assertEquals("10.1.1.3", allocated.list("ip_addresses").getFirst().get("address"));
    assertEquals(block.get("id"), ((Map<?, ?>) allocated.list("ip_addresses").getFirst().get("ip_block")).get("id"));
    Reply unknownInterface = melange.post("/v1.0/ipam/instances/" + device + "/interfaces/nope/ip_addresses")
        .token(Tokens.OPERATOR).json("{\"network\": " + networkJson() + "}").send();
    assertEquals(404, unknownInterface.status(), "case 104");
    assertEquals("Interface Not Found", unknownInterface.faultDetail());
    Reply unknownNetwork = melange.post(path).token(Tokens.OPERATOR)
        .json("{\"network\": {\"id\": \"bad_net_id\", \"tenant_id\": \"" + owner + "\"}}").send();
    assertEquals(404, unknownNetwork.status());
    assertEquals("Network bad_net_id not found", unknownNetwork.faultDetail());
    Reply notHeld = melange.delete(path + "/22.22.22.22").token(Tokens.OPERATOR).send();
    assertEquals(404, notHeld.status());
    assertTrue(((String) notHeld.faultDetail()).contains("for network " + network + " not found"), notHeld.toString());

    Reply deleted = melange.delete(path + "/10.1.1.3").token(Tokens.OPERATOR).send();

    assertEquals(200, deleted.status(), "case 105");
    assertTrue(!allocated("10.1.1.3"));
    assertEquals(404, melange.post("/v0.1/ipam/instances/" + device + "/interfaces/" + iface + "/ip_addresses")
        .token(Tokens.OPERATOR).json("{\"network\": " + networkJson() + "}").send().status(), "case 106");
  }
}
