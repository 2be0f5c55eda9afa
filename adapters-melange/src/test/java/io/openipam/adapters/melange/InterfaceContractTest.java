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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spec §15 cases 89–94 and 119–122 (interfaces, routes #58–#60, and their MACs), with Nova's and
 * python-melangeclient's calls. MAC ranges are global: each test starts with none.
 */
@MicronautTest(transactional = false)
class InterfaceContractTest extends ContractTest {

  static final String INTERFACES = "/v0.1/ipam/interfaces";
  static final String RANGES = "/v0.1/ipam/mac_address_ranges";
  static final Set<String> INTERFACE_FIELDS =
      Set.of("id", "device_id", "tenant_id", "created_at", "updated_at", "mac_address", "ip_addresses");

  @BeforeEach
  void noRanges() {
    for (Map<String, Object> range : melange.get(RANGES).token(Tokens.OPERATOR).send().list("mac_address_ranges")) {
      melange.delete(RANGES + "/" + range.get("id")).token(Tokens.OPERATOR).send();
    }
  }

  private void range(String cidr) {
    Reply reply = melange.post(RANGES).token(Tokens.OPERATOR)
        .json("{\"mac_address_range\": {\"cidr\": \"" + cidr + "\"}}").send();
    assertEquals(201, reply.status(), reply.toString());
  }

  private Reply create(String fields) {
    return melange.post(INTERFACES).token(Tokens.OPERATOR).json("{\"interface\": {" + fields + "}}").send();
  }

  private Map<String, Object> created(String fields) {
    Reply reply = create(fields);
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("interface");
  }

  private Map<String, Object> interfaceOf(String tenant, String vif) {
    Reply reply = melange.get("/v0.1/ipam/tenants/" + tenant + "/interfaces/" + vif).token(Tokens.of(tenant)).send();
    assertEquals(200, reply.status(), reply.toString());
    return reply.object("interface");
  }

  @Test
  void case_89_a_new_interface_without_ranges_has_no_mac_and_no_addresses() {
    String vif = fresh("virt_iface");
    String tenant = fresh("tnt");

    Reply reply = create("\"id\": \"" + vif + "\", \"device_id\": \"instance\", \"tenant_id\": \"" + tenant + "\"");

    assertEquals(201, reply.status(), reply.toString());
    assertEquals("application/json", reply.contentType());
    Map<String, Object> nic = reply.object("interface");
    assertEquals(INTERFACE_FIELDS, nic.keySet());
    assertEquals(vif, nic.get("id"));
    assertEquals(tenant, nic.get("tenant_id"));
    assertEquals("instance", nic.get("device_id"));
    assertNull(nic.get("mac_address"));
    assertEquals(List.of(), nic.get("ip_addresses"));
  }

  @Test
  void case_90_119_macs_come_from_the_range_upper_case_with_colons() {
    range("BC:76:4E:00:00:00/24");

    Map<String, Object> first = created("\"id\": \"" + fresh("a") + "\", \"tenant_id\": \"" + fresh("t") + "\"");
    Map<String, Object> second = created("\"id\": \"" + fresh("b") + "\", \"tenant_id\": \"" + fresh("t") + "\"");

    assertEquals("BC:76:4E:00:00:00", first.get("mac_address"));
    assertEquals("BC:76:4E:00:00:01", second.get("mac_address"));
  }

  @Test
  void case_120_older_ranges_first_and_a_full_range_runs_out() {
    range("0a:bc:cd:12:23:34/47");
    range("bc:00:00:00:00:00/40");

    List<Object> macs = List.of("a", "b", "c").stream().map(name -> created("\"id\": \"" + fresh(name)
        + "\", \"tenant_id\": \"t\"").get("mac_address")).toList();

    assertEquals(List.of("0A:BC:CD:12:23:34", "0A:BC:CD:12:23:35", "BC:00:00:00:00:00"), macs);
    noRanges();
    range("02:00:00:00:00:00/48");
    created("\"id\": \"" + fresh("d") + "\", \"tenant_id\": \"t\"");
    Reply none = create("\"id\": \"" + fresh("e") + "\", \"tenant_id\": \"t\"");
    assertEquals(422, none.status(), none.toString());
    assertEquals("No more mac Addresses", none.faultDetail());
  }

  @Test
  void case_121_a_deleted_interface_s_mac_is_handed_out_again() {
    range("BC:76:4E:20:00:00/40");
    String vif = fresh("vif");
    Object mac = created("\"id\": \"" + vif + "\", \"tenant_id\": \"t\"").get("mac_address");

    assertEquals(200, melange.delete(INTERFACES + "/" + vif).token(Tokens.OPERATOR).send().status());

    assertEquals(mac, created("\"id\": \"" + fresh("vif") + "\", \"tenant_id\": \"t\"").get("mac_address"));
  }

  @Test
  void case_122_a_named_mac_is_shown_upper_case_and_held_once() {
    Map<String, Object> nic = created("\"id\": \"" + fresh("vif") + "\", \"tenant_id\": \"t\", "
        + "\"mac_address\": \"ab:bc:cd:12:23:34\"");

    Reply duplicate = create("\"id\": \"" + fresh("vif") + "\", \"tenant_id\": \"t\", \"mac_address\": \"ab-bc-cd-12-23-34\"");

    assertEquals("AB:BC:CD:12:23:34", nic.get("mac_address"));
    assertEquals(400, duplicate.status(), duplicate.toString());
    assertTrue(((String) duplicate.faultDetail()).startsWith("Failed to save MacAddress because: "), duplicate.toString());
    Reply again = create("\"id\": \"" + nic.get("id") + "\", \"tenant_id\": \"other\"");
    assertEquals(400, again.status(), "case 92");
    assertEquals("Virtual Interface " + nic.get("id") + " already exists", again.faultDetail());
  }

  @Test
  void case_91_93_an_interface_with_a_network_gets_its_addresses_as_ip_configurations() {
    String owner = fresh("RAX");
    String network = fresh("net1");
    String lessee = fresh("instance_tnt_id");
    Map<String, Object> block = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.0.0.0/24\", "
        + "\"network_id\": \"" + network + "\", \"gateway\": \"10.0.0.1\"");
    String vif = fresh("vif");

    Map<String, Object> nic = created("\"id\": \"" + vif + "\", \"tenant_id\": \"" + lessee + "\", \"device_id\": \"vm\", "
        + "\"network\": {\"id\": \"" + network + "\", \"tenant_id\": \"" + owner + "\", \"addresses\": [\"10.0.0.2\"]}");

    List<?> addresses = (List<?>) nic.get("ip_addresses");
    assertEquals(1, addresses.size());
    @SuppressWarnings("unchecked")
    Map<String, Object> config = (Map<String, Object>) addresses.getFirst();
    assertEquals(Set.of("id", "interface_id", "address", "version", "ip_block"), config.keySet());
    assertEquals("10.0.0.2", config.get("address"));
    assertEquals(vif, config.get("interface_id"));
    assertEquals(4, config.get("version"));
    @SuppressWarnings("unchecked")
    Map<String, Object> embedded = (Map<String, Object>) config.get("ip_block");
    assertEquals(Set.of("id", "cidr", "broadcast", "gateway", "network_id", "netmask", "dns1", "dns2", "tenant_id",
        "ip_routes"), embedded.keySet());
    assertEquals(block.get("id"), embedded.get("id"));
    assertEquals("10.0.0.255", embedded.get("broadcast"));
    assertEquals("10.0.0.1", embedded.get("gateway"));
    assertEquals(network, embedded.get("network_id"));
    assertEquals(owner, embedded.get("tenant_id"));
    Map<String, Object> address = melange.get(blocksOf(owner) + "/" + block.get("id") + "/ip_addresses/10.0.0.2")
        .token(Tokens.of(owner)).send().object("ip_address");
    assertEquals(lessee, address.get("used_by_tenant"));
    assertEquals("vm", address.get("used_by_device"));
    assertEquals(nic, interfaceOf(lessee, vif), "case 93");
    Reply wrongTenant = melange.get("/v0.1/ipam/tenants/" + owner + "/interfaces/" + vif).token(Tokens.of(owner)).send();
    assertEquals(404, wrongTenant.status());
    assertEquals("Interface Not Found", wrongTenant.faultDetail());
  }

  @Test
  void case_92_the_tenant_is_required_and_a_failed_allocation_leaves_no_interface() {
    Reply noTenant = create("\"id\": \"" + fresh("vif") + "\"");
    String vif = fresh("vif");
    Reply unknownNetwork = create("\"id\": \"" + vif + "\", \"tenant_id\": \"t\", "
        + "\"network\": {\"id\": \"" + fresh("none") + "\", \"tenant_id\": \"" + fresh("owner") + "\"}");
    Reply networkWithoutOwner = create("\"id\": \"" + vif + "\", \"tenant_id\": \"t\", \"network\": {\"id\": \"n\"}");

    assertEquals(400, noTenant.status(), noTenant.toString());
    assertEquals("The following values are invalid: {'tenant_id': ['tenant_id should be present']}",
        noTenant.faultDetail());
    assertEquals(404, unknownNetwork.status(), unknownNetwork.toString());
    assertTrue(((String) unknownNetwork.faultDetail()).startsWith("Network "), unknownNetwork.toString());
    assertEquals(400, networkWithoutOwner.status(), "[I] Melange: 500");
    assertEquals(201, create("\"id\": \"" + vif + "\", \"tenant_id\": \"t\"").status(), "nothing was left behind");
  }

  @Test
  void case_94_deleting_an_interface_deallocates_its_addresses_once() {
    String owner = fresh("owner");
    String network = fresh("net");
    Map<String, Object> block = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.94.0.0/24\", "
        + "\"network_id\": \"" + network + "\"");
    String vif = fresh("123");
    created("\"id\": \"" + vif + "\", \"tenant_id\": \"t\", \"network\": {\"id\": \"" + network + "\", \"tenant_id\": \""
        + owner + "\"}");

    Reply deleted = melange.delete(INTERFACES + "/" + vif).token(Tokens.OPERATOR).send();

    assertEquals(200, deleted.status(), deleted.toString());
    assertEquals("", deleted.body());
    Map<String, Object> address = melange.get(blocksOf(owner) + "/" + block.get("id") + "/ip_addresses/10.94.0.0")
        .token(Tokens.of(owner)).send().object("ip_address");
    assertNull(address.get("interface_id"), "deallocated: no interface link");
    assertEquals(List.of(), melange.get("/v0.1/ipam/tenants/t/allocated_ip_addresses?address=10.94.0.0")
        .token(Tokens.of("t")).send().list("ip_addresses"));
    Reply again = melange.delete(INTERFACES + "/" + vif).token(Tokens.OPERATOR).send();
    assertEquals(404, again.status());
    assertEquals("Interface Not Found", again.faultDetail());
  }

  @Test
  void interfaces_are_the_operator_s_to_create_and_delete_and_only_on_v0_1() {
    String vif = fresh("vif");
    Reply byTenant = melange.post(INTERFACES).token(Tokens.of("t")).json("{\"interface\": {\"id\": \"" + vif
        + "\", \"tenant_id\": \"t\"}}").send();
    created("\"id\": \"" + vif + "\", \"tenant_id\": \"t\"");

    assertEquals(403, byTenant.status());
    assertEquals(403, melange.delete(INTERFACES + "/" + vif).token(Tokens.of("t")).send().status());
    assertEquals(404, melange.post("/v1.0/ipam/interfaces").token(Tokens.OPERATOR).json("{}").send().status());
    Reply index = melange.get(INTERFACES).token(Tokens.OPERATOR).send();
    assertEquals(404, index.status(), "Essex has no interface index");
    assertNull(index.faultDetail());
    assertEquals(404, melange.get(INTERFACES + "/" + vif).token(Tokens.OPERATOR).send().status(),
        "[I] Melange: 500");
    assertEquals(404, melange.post(INTERFACES + "/").token(Tokens.OPERATOR).json("{}").send().status(), "case 5");
    assertEquals(403, melange.get("/v0.1/ipam/tenants/t/interfaces/" + vif).token(Tokens.of("other")).send()
        .status());
  }

  @Test
  void an_interface_in_xml() {
    String vif = fresh("vif");
    created("\"id\": \"" + vif + "\", \"tenant_id\": \"t\"");

    Reply reply = melange.get("/v0.1/ipam/tenants/t/interfaces/" + vif + ".xml").token(Tokens.of("t")).send();

    assertEquals("application/xml", reply.contentType());
    assertTrue(reply.body().startsWith("<interface>\n"), reply.body());
    assertTrue(reply.body().contains("<mac_address>None</mac_address>"), reply.body());
    assertTrue(reply.body().contains("<ip_addresses/>"), reply.body());
  }

  /** Spec §15 case 124 step 3 and real-clients.md §3: what Nova and python-melangeclient send. */
  @Test
  void nova_and_python_melangeclient_create_interfaces() {
    range("02:16:3e:00:00:00/24");
    String project = fresh("P");
    String network = fresh("N");
    createBlock(project, "\"cidr\": \"10.124.0.0/24\", \"network_id\": \"" + network + "\", \"type\": \"private\", "
        + "\"gateway\": null, \"dns1\": null, \"dns2\": null");

    Reply nova = melange.post(INTERFACES + ".json").token(Tokens.OPERATOR).json("{\"interface\": {\"id\": \""
        + fresh("vif") + "\", \"tenant_id\": \"" + project + "\", \"device_id\": \"" + fresh("instance") + "\"}}").send();
    Reply client = melange.post(INTERFACES + "?").token(Tokens.OPERATOR).json("{\"interface\": {\"id\": \""
        + fresh("vif") + "\", \"tenant_id\": \"" + project + "\", \"device_id\": \"dev\", \"network\": {\"id\": \""
        + network + "\", \"tenant_id\": \"" + project + "\"}}}").send();

    assertEquals(201, nova.status(), nova.toString());
    assertEquals("02:16:3E:00:00:00", nova.object("interface").get("mac_address"));
    assertEquals(201, client.status(), client.toString());
    assertEquals("10.124.0.0", ((Map<?, ?>) ((List<?>) client.object("interface").get("ip_addresses")).getFirst())
        .get("address"));
  }
}
