package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 78–88 and 95 (networks and ip_allocations, routes #54–#57), and Nova's calls. */
@MicronautTest(transactional = false)
class NetworkContractTest extends ContractTest {

  @Inject
  FindInterfaces findInterfaces;

  private String tenant;
  private String network;

  private Map<String, Object> block(String cidr) {
    return createBlock(tenant, "\"type\": \"private\", \"cidr\": \"" + cidr + "\", \"network_id\": \"" + network + "\"");
  }

  private void fresh_network() {
    tenant = fresh("tnt_id");
    network = fresh("1");
  }

  private String allocations(String vif) {
    return "/v0.1/ipam/tenants/" + tenant + "/networks/" + network + "/interfaces/" + vif + "/ip_allocations";
  }

  /** {@code body} null: no body at all, as Nova posts when the interface has no MAC. */
  private Reply post(String vif, String body) {
    MelangeClient.Call call = melange.post(allocations(vif)).token(Tokens.of(tenant));
    return body == null ? call.send() : call.json(body).send();
  }

  private List<Map<String, Object>> allocated(String vif, String body) {
    Reply reply = post(vif, body);
    assertEquals(201, reply.status(), reply.toString());
    return reply.list("ip_addresses");
  }

  private NetworkInterface nic(String vif) {
    return findInterfaces.get(Principal.operator("operator"), new InterfaceId(vif));
  }

  @Test
  void the_ip_configuration_carries_the_block_s_routes() {
    fresh_network();
    Map<String, Object> block = block("10.0.0.0/24");
    Reply route = melange.post(blocksOf(tenant) + "/" + block.get("id") + "/ip_routes").token(Tokens.of(tenant))
        .json("{\"ip_route\": {\"destination\": \"192.168.0.0\", \"netmask\": \"255.255.0.0\", "
            + "\"gateway\": \"10.0.0.1\"}}").send();
    assertEquals(201, route.status(), route.toString());

    List<Map<String, Object>> addresses = allocated(fresh("vif"), null);

    assertEquals(List.of(Map.of("id", route.object("ip_route").get("id"), "destination", "192.168.0.0",
            "gateway", "10.0.0.1", "netmask", "255.255.0.0")),
        ((Map<?, ?>) addresses.getFirst().get("ip_block")).get("ip_routes"));
  }

  @Test
  void case_78_a_network_is_its_owner_s_blocks_with_that_id() {
    fresh_network();
    Map<String, Object> first = block("10.0.0.0/24");
    Map<String, Object> second = block("10.1.0.0/24");
    createBlock(fresh("noise"), "\"type\": \"private\", \"cidr\": \"10.2.0.0/24\", \"network_id\": \"" + network + "\"");
    createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.3.0.0/24\", \"network_id\": \"" + fresh("other") + "\"");

    Reply reply = melange.get("/v0.1/ipam/tenants/" + tenant + "/networks/" + network).token(Tokens.of(tenant)).send();

    assertEquals(200, reply.status(), reply.toString());
    assertEquals(List.of(first, second), reply.list("ip_blocks"));
    String unknown = fresh("1");
    Reply missing = melange.get("/v0.1/ipam/tenants/" + tenant + "/networks/" + unknown + ".json")
        .token(Tokens.of(tenant)).send();
    assertEquals(404, missing.status());
    assertEquals("Network " + unknown + " not found", missing.faultDetail());
    assertEquals(404, melange.delete("/v0.1/ipam/tenants/" + tenant + "/networks/" + network).token(Tokens.of(tenant))
        .send().status(), "no such route");
    assertEquals(404, melange.get("/v1.0/ipam/tenants/" + tenant + "/networks/" + network).token(Tokens.of(tenant))
        .send().status(), "v0.1 only");
  }

  @Test
  void case_79_80_81_a_bodiless_post_takes_the_next_address_and_creates_the_interface() {
    fresh_network();
    Map<String, Object> block = block("10.0.0.0/24");
    String vif = fresh("123");

    List<Map<String, Object>> addresses = allocated(vif, null);

    assertEquals(1, addresses.size());
    assertEquals("10.0.0.0", addresses.getFirst().get("address"));
    assertEquals(vif, addresses.getFirst().get("interface_id"));
    assertEquals(block.get("id"), ((Map<?, ?>) addresses.getFirst().get("ip_block")).get("id"));
    assertEquals(List.of(), ((Map<?, ?>) addresses.getFirst().get("ip_block")).get("ip_routes"));
    assertEquals(tenant, nic(vif).tenant().value());
    assertEquals(new NetworkId(network), nic(vif).network());
    assertEquals("10.0.0.2", allocated(fresh("vif"), "{\"network\": {\"addresses\": [\"10.0.0.2\"]}}").getFirst()
        .get("address"), "case 80");
    String leased = fresh("vif");
    allocated(leased, "{\"network\": {\"tenant_id\": \"RAX\", \"used_by_device\": \"instance_id\"}}");
    assertEquals("RAX", nic(leased).tenant().value(), "case 81");
    assertEquals("instance_id", nic(leased).deviceId(), "case 81");
  }

  @Test
  void case_82_one_ipv4_then_one_ipv6_address_from_the_mac() {
    fresh_network();
    block("10.0.0.0/24");
    block("fe::/96");

    List<Map<String, Object>> addresses = allocated(fresh("vif"),
        "{\"network\": {\"mac_address\": \"11-22-33-44-55-66\", \"tenant_id\": \"" + tenant + "\"}}");

    assertEquals(2, addresses.size());
    assertEquals(4, addresses.get(0).get("version"));
    assertEquals(6, addresses.get(1).get("version"));
    assertEquals("10.0.0.0", addresses.get(0).get("address"));
    assertEquals("00fe:0000:0000:0000:0000:0000:ff44:5566", addresses.get(1).get("address"), "a /96 keeps ff and the MAC's low 24 bits");
  }

  @Test
  void case_83_ipv6_without_a_mac_is_refused_and_leaves_nothing() {
    fresh_network();
    Map<String, Object> v4 = block("10.0.0.0/24");
    block("fe::/96");
    String vif = fresh("vif");

    Reply reply = post(vif, null);

    assertEquals(400, reply.status(), reply.toString());
    assertEquals("Required params are missing: mac_address", reply.faultDetail());
    assertEquals(List.of(), melange.get(blocksOf(tenant) + "/" + v4.get("id") + "/ip_addresses?limit=10")
        .token(Tokens.of(tenant)).send().list("ip_addresses").stream()
        .filter(address -> address.get("used_by_tenant") != null).toList(), "[I] the IPv4 address was released");
    assertEquals(404, melange.get("/v0.1/ipam/tenants/" + tenant + "/interfaces/" + vif).token(Tokens.of(tenant))
        .send().status(), "the interface was removed");
  }

  @Test
  void case_84_named_addresses_taken_or_outside_are_skipped() {
    fresh_network();
    block("10.0.0.0/24");

    List<Map<String, Object>> first = allocated(fresh("vif"),
        "{\"network\": {\"addresses\": [\"10.0.0.50\", \"10.0.0.50\", \"99.9.9.9\"]}}");
    List<Map<String, Object>> second = allocated(fresh("vif"), "{\"network\": {\"addresses\": [\"10.0.0.50\"]}}");

    assertEquals(List.of("10.0.0.50"), first.stream().map(address -> address.get("address")).toList());
    assertEquals(List.of(), second);
  }

  @Test
  void case_86_87_list_and_deallocate_an_interface_s_addresses_in_the_network() {
    fresh_network();
    block("10.0.0.0/24");
    block("fe::/96");
    String vif = fresh("vif");
    List<Map<String, Object>> addresses = allocated(vif, "{\"network\": {\"mac_address\": \"02:86:00:00:00:01\"}}");

    Reply listed = melange.get(allocations(vif)).token(Tokens.of(tenant)).send();

    assertEquals(200, listed.status(), listed.toString());
    assertEquals(addresses, listed.list("ip_addresses"), "case 87");
    Reply deleted = melange.delete(allocations(vif) + ".json").token(Tokens.of(tenant)).send();
    assertEquals(200, deleted.status(), deleted.toString());
    assertEquals("", deleted.body());
    assertEquals(List.of(), melange.get(allocations(vif)).token(Tokens.of(tenant)).send().list("ip_addresses"));
    assertEquals(vif, melange.get("/v0.1/ipam/tenants/" + tenant + "/interfaces/" + vif).token(Tokens.of(tenant))
        .send().object("interface").get("id"), "the interface stays");
    String unknown = fresh("1");
    Reply missing = melange.delete("/v0.1/ipam/tenants/" + tenant + "/networks/" + unknown + "/interfaces/" + vif
        + "/ip_allocations").token(Tokens.of(tenant)).send();
    assertEquals(404, missing.status());
    assertEquals("Network " + unknown + " not found", missing.faultDetail());
    Reply noInterface = melange.get(allocations(fresh("nope"))).token(Tokens.of(tenant)).send();
    assertEquals(404, noInterface.status());
    assertEquals("Interface Not Found", noInterface.faultDetail());
  }

  @Test
  void case_88_every_block_full_is_422() {
    fresh_network();
    block("10.0.0.0/31");
    allocated(fresh("vif"), null);

    Reply reply = post(fresh("vif"), null);

    assertEquals(422, reply.status(), reply.toString());
    assertEquals("ip blocks in this network are full", reply.faultDetail());
  }

  @Test
  void a_full_block_moves_on_to_the_next_of_the_network() {
    fresh_network();
    block("10.0.0.0/31");
    block("10.0.1.0/24");

    List<Object> addresses = IntStream.range(0, 2).mapToObj(i -> allocated(fresh("vif"), null).getFirst().get("address"))
        .toList();

    assertEquals(List.of("10.0.0.0", "10.0.1.0"), addresses);
  }

  @Test
  void case_95_an_existing_interface_is_reused_and_joins_the_network() {
    fresh_network();
    block("10.0.0.0/24");
    String vif = fresh("virt_iface");
    Reply created = melange.post("/v0.1/ipam/interfaces").token(Tokens.OPERATOR).json("{\"interface\": {\"id\": \""
        + vif + "\", \"tenant_id\": \"tenant_of_instance\", \"device_id\": \"instance\"}}").send();
    assertEquals(201, created.status(), created.toString());

    allocated(vif, "{\"network\": {\"tenant_id\": \"tenant_of_instance\"}}");

    NetworkInterface nic = nic(vif);
    assertEquals("tenant_of_instance", nic.tenant().value());
    assertEquals("instance", nic.deviceId());
    assertEquals(new NetworkId(network), nic.network());
    assertEquals(1, ((List<?>) melange.get("/v0.1/ipam/tenants/tenant_of_instance/interfaces/" + vif)
        .token(Tokens.of("tenant_of_instance")).send().object("interface").get("ip_addresses")).size());
  }

  @Test
  void an_interface_of_another_tenant_or_network_is_refused() {
    fresh_network();
    block("10.0.0.0/24");
    String vif = fresh("vif");
    allocated(vif, "{\"network\": {\"tenant_id\": \"lessee\"}}");

    Reply otherTenant = post(vif, "{\"network\": {\"tenant_id\": \"someone-else\"}}");

    assertEquals(400, otherTenant.status(), otherTenant.toString());
    assertEquals("Virtual Interface " + vif + " already exists", otherTenant.faultDetail());
    network = fresh("2");
    block("10.5.0.0/24");
    Reply otherNetwork = post(vif, "{\"network\": {\"tenant_id\": \"lessee\"}}");
    assertEquals(422, otherNetwork.status(), otherNetwork.toString());
    assertEquals("Interface " + vif + " is configured on another network", otherNetwork.faultDetail());
  }

  /** Spec §15 case 124 steps 4 and 7: Nova's allocate and deallocate. */
  @Test
  void nova_allocates_with_a_mac_and_deallocates() {
    fresh_network();
    block("10.0.0.0/24");
    String vif = fresh("vif-uuid");

    Reply allocated = melange.post(allocations(vif) + ".json").token(Tokens.of(tenant))
        .json("{\"network\": {\"mac_address\": \"02:16:3e:00:01:24\", \"tenant_id\": \"" + tenant + "\"}}").send();

    assertEquals(201, allocated.status(), allocated.toString());
    assertEquals("10.0.0.0", allocated.list("ip_addresses").getFirst().get("address"));
    assertEquals(1, melange.get("/v0.1/ipam/tenants/" + tenant + "/allocated_ip_addresses").token(Tokens.of(tenant))
        .send().list("ip_addresses").size(), "step 6");
    assertEquals(200, melange.delete(allocations(vif) + ".json").token(Tokens.of(tenant)).send().status());
  }

  /**
   * Spec §15 case 124, Nova Essex's sequence as melange_connection.py sends it (with the
   * operator's token, where Nova sends none and the anonymous credential stands in).
   */
  @Test
  void case_124_nova_s_sequence_end_to_end() {
    String project = fresh("P");
    String net = fresh("N");
    String vif = fresh("V");
    String blocks = "/v0.1/ipam/tenants/" + project + "/ip_blocks";

    Reply block = melange.post(blocks + ".json").token(Tokens.OPERATOR).json("{\"ip_block\": {\"cidr\": \"10.0.0.0/24\", "
        + "\"network_id\": \"" + net + "\", \"type\": \"private\", \"gateway\": null, \"dns1\": null, \"dns2\": null}}")
        .send();
    assertEquals(201, block.status(), block.toString());
    Map<String, Object> listed = melange.get(blocks + ".json").token(Tokens.OPERATOR).send().list("ip_blocks").getFirst();
    for (String key : List.of("cidr", "network_id", "gateway", "broadcast", "netmask", "dns1", "dns2", "id")) {
      assertEquals(true, listed.containsKey(key), key);
    }
    Reply nic = melange.post("/v0.1/ipam/interfaces.json").token(Tokens.OPERATOR).json("{\"interface\": {\"id\": \""
        + vif + "\", \"tenant_id\": \"" + project + "\", \"device_id\": \"" + fresh("instance") + "\"}}").send();
    assertEquals(201, nic.status(), nic.toString());
    assertEquals(true, nic.object("interface").containsKey("mac_address"));
    String allocations = "/v0.1/ipam/tenants/" + project + "/networks/" + net + "/interfaces/" + vif + "/ip_allocations";
    Reply allocated = melange.post(allocations + ".json").token(Tokens.OPERATOR)
        .json("{\"network\": {\"mac_address\": \"02:16:3e:00:00:01\", \"tenant_id\": \"" + project + "\"}}").send();
    assertEquals(201, allocated.status(), allocated.toString());
    assertEquals("10.0.0.0", allocated.list("ip_addresses").getFirst().get("address"));
    Reply routes = melange.get(blocks + "/" + block.object("ip_block").get("id") + "/ip_routes.json")
        .token(Tokens.OPERATOR).send();
    assertEquals(200, routes.status(), routes.toString());
    assertEquals(List.of(), routes.list("ip_routes"), "step 5");
    assertEquals(List.of("10.0.0.0"), melange.get("/v0.1/ipam/tenants/" + project + "/allocated_ip_addresses")
        .token(Tokens.OPERATOR).send().list("ip_addresses").stream().map(address -> address.get("address")).toList());
    assertEquals(200, melange.delete(allocations + ".json").token(Tokens.OPERATOR).send().status());
    assertEquals(List.of(), melange.get("/v0.1/ipam/tenants/" + project + "/allocated_ip_addresses")
        .token(Tokens.OPERATOR).send().list("ip_addresses"));
    assertEquals(200, melange.delete(blocks + "/" + block.object("ip_block").get("id") + ".json").token(Tokens.OPERATOR)
        .send().status());
  }
}
