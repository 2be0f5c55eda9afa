package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.in.MacAddressRanges;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 36 and 38–59 (a block's addresses, routes #8–#12), with XML and client shapes. */
@MicronautTest(transactional = false)
class BlockAddressContractTest extends ContractTest {

  /** Exactly the fields of a Melange ip_address (spec §4.2). */
  static final Set<String> IP_ADDRESS_FIELDS = Set.of("id", "ip_block_id", "address", "version", "used_by_tenant",
      "used_by_device", "interface_id", "created_at", "updated_at");

  @Inject
  FindAllocations findAllocations;

  @Inject
  FindInterfaces findInterfaces;

  @Inject
  MacAddressRanges macRanges;

  private String tenant;

  private String addressesOf(Map<String, Object> block) {
    return blocksOf((String) block.get("tenant_id")) + "/" + block.get("id") + "/ip_addresses";
  }

  private Map<String, Object> block(String fields) {
    tenant = fresh("tenant");
    return createBlock(tenant, fields);
  }

  private Reply post(Map<String, Object> block, String fields) {
    return melange.post(addressesOf(block)).token(Tokens.of(tenant)).json("{\"ip_address\": {" + fields + "}}").send();
  }

  private Map<String, Object> allocated(Map<String, Object> block, String fields) {
    Reply reply = post(block, fields);
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("ip_address");
  }

  private void assertFault(Reply reply, int status, String detail) {
    assertEquals(status, reply.status(), reply.toString());
    assertEquals("application/json; charset=UTF-8", reply.contentType());
    assertEquals(detail, reply.faultDetail(), reply.toString());
  }

  /**
   * Spec §15 case 129, a divergence chosen on purpose [I]: after explicit allocations of .0 to .6
   * the next one is .7 at once, where Melange with retries answered one spurious 409 first.
   */
  @Test
  void case_129_after_explicit_allocations_the_next_free_comes_without_a_spurious_conflict() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.3.0.0/24\"");
    for (int last = 0; last <= 6; last++) {
      assertEquals("10.3.0." + last, allocated(block, "\"address\": \"10.3.0." + last + "\"").get("address"));
    }

    assertEquals("10.3.0.7", allocated(block, "").get("address"));
  }

  @Test
  void case_38_the_first_address_is_the_network_address_with_melange_s_9_fields() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.1.1.0/28\"");
    String vif = fresh("vif_id");

    Reply reply = post(block, "\"interface_id\": \"" + vif + "\"");

    assertEquals(201, reply.status(), reply.toString());
    assertEquals("application/json", reply.contentType());
    Map<String, Object> address = reply.object("ip_address");
    assertEquals(IP_ADDRESS_FIELDS, address.keySet());
    assertEquals("10.1.1.0", address.get("address"));
    assertEquals(4, address.get("version"));
    assertEquals(vif, address.get("interface_id"));
    assertEquals(tenant, address.get("used_by_tenant"));
    assertNull(address.get("used_by_device"));
    assertEquals(block.get("id"), address.get("ip_block_id"));
    assertTrue(((String) address.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), "case 126");
    assertEquals("10.1.1.1", allocated(block, "\"interface_id\": \"" + fresh("vif") + "\"").get("address"), "case 39");
  }

  @Test
  void case_40_the_gateway_is_skipped() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.0.0.0/29\", \"gateway\": \"10.0.0.0\"");

    assertEquals("10.0.0.1", allocated(block, "").get("address"));
  }

  @Test
  void case_41_a_slash_30_hands_out_three_addresses_then_is_full() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.0.0.0/30\"");

    List<Object> handedOut = IntStream.range(0, 3).mapToObj(i -> allocated(block, "").get("address")).toList();

    assertEquals(List.of("10.0.0.0", "10.0.0.1", "10.0.0.2"), handedOut);
    assertFault(post(block, ""), 422, "IpBlock is full");
  }

  @Test
  void case_42_43_44_a_specific_address_once_never_the_gateway_broadcast_or_outside() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.1.1.0/28\", \"gateway\": \"10.1.1.1\"");

    assertEquals("10.1.1.2", allocated(block, "\"address\": \"10.1.1.2\"").get("address"));
    assertFault(post(block, "\"address\": \"10.1.1.2\""), 409, "Address is already allocated");
    assertFault(post(block, "\"address\": \"10.1.1.1\""), 409, "Address is already allocated");
    assertFault(post(block, "\"address\": \"10.1.1.15\""), 409, "Address is already allocated");
    assertFault(post(block, "\"address\": \"10.9.9.9\""), 422, "Address does not belong to IpBlock");
  }

  @Test
  void case_45_46_the_body_tenant_is_the_lessee_and_the_device_is_recorded() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.45.0.0/24\"");

    Map<String, Object> leased = allocated(block, "\"tenant_id\": \"RAX\", \"used_by_device\": \"instance_id\", "
        + "\"interface_id\": \"" + fresh("vif") + "\"");
    Map<String, Object> own = allocated(block, "");

    assertEquals("RAX", leased.get("used_by_tenant"));
    assertEquals("instance_id", leased.get("used_by_device"));
    assertEquals(tenant, own.get("used_by_tenant"));
    assertEquals("RAX", findInterfaces.get(Principal.operator("operator"),
        new InterfaceId((String) leased.get("interface_id"))).tenant().value());
  }

  @Test
  void deviation_without_an_interface_id_the_address_is_bound_to_no_interface() {
    Map<String, Object> v4 = block("\"type\": \"private\", \"cidr\": \"10.46.0.0/24\"");
    Map<String, Object> v6 = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"fe::/64\"");

    // [I] Melange bound such addresses to one nameless interface per tenant (spec §5.3)
    Map<String, Object> address = allocated(v4, "\"used_by_device\": \"vm-1\", \"tenant_id\": \"lessee\"");
    Map<String, Object> ipv6 = allocated(v6, "\"mac_address\": \"02:46:12:89:67:34\", \"tenant_id\": \"1234\"");

    assertNull(address.get("interface_id"));
    assertEquals("vm-1", address.get("used_by_device"));
    assertEquals("lessee", address.get("used_by_tenant"));
    assertEquals("00fe:0000:0000:0000:7110:eda4:ff89:6734", ipv6.get("address"), "from the body's MAC");
    assertNull(ipv6.get("interface_id"));
    assertFault(post(v6, ""), 400, "Required params are missing: mac_address");
  }

  @Test
  void case_47_a_new_interface_gets_a_mac_from_the_ranges_an_existing_one_keeps_its_own() {
    MacRange range = macRanges.define(Principal.operator("operator"), "BC:AD:CE:0:0:0/40");
    try {
      Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.47.0.0/24\"");
      String vif = fresh("vif");

      allocated(block, "\"interface_id\": \"" + vif + "\"");
      allocated(block, "\"interface_id\": \"" + vif + "\"");

      assertEquals("bc:ad:ce:00:00:00", findInterfaces.get(Principal.operator("operator"), new InterfaceId(vif))
          .mac().toString());
      assertEquals(1, macRanges.list(Principal.operator("operator")).size());
    } finally {
      macRanges.remove(Principal.operator("operator"), range.id());
    }
  }

  @Test
  void case_48_an_interface_id_of_another_tenant_is_refused() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.48.0.0/24\"");
    String vif = fresh("vif1");
    allocated(block, "\"interface_id\": \"" + vif + "\", \"tenant_id\": \"lessee\"");

    assertFault(post(block, "\"interface_id\": \"" + vif + "\""), 400, "Virtual Interface " + vif + " already exists");
  }

  @Test
  void case_49_an_interface_takes_addresses_from_one_network_only() {
    tenant = fresh("tenant");
    Map<String, Object> first = createBlock(tenant,
        "\"type\": \"private\", \"cidr\": \"10.49.1.0/24\", \"network_id\": \"" + fresh("1") + "\"");
    Map<String, Object> second = createBlock(tenant,
        "\"type\": \"private\", \"cidr\": \"10.49.2.0/24\", \"network_id\": \"" + fresh("2") + "\"");
    String vif = fresh("vif");
    allocated(first, "\"interface_id\": \"" + vif + "\"");

    assertFault(post(second, "\"interface_id\": \"" + vif + "\""), 422,
        "Interface " + vif + " is configured on another network");
    assertEquals(List.of(), melange.get(addressesOf(second)).token(Tokens.of(tenant)).send().list("ip_addresses"));
  }

  @Test
  void case_50_ipv6_generation_needs_a_mac_and_leaves_nothing_behind() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"ff::/64\"");
    String vif = fresh("vif");

    assertFault(post(block, "\"interface_id\": \"" + vif + "\""), 400, "Required params are missing: mac_address");
    assertEquals(List.of(), melange.get(addressesOf(block)).token(Tokens.of(tenant)).send().list("ip_addresses"));
    assertEquals(201, post(block, "\"interface_id\": \"" + vif + "\", \"mac_address\": \"02:00:00:00:05:00\"")
        .status(), "the interface of the failed request was not kept");
  }

  @Test
  void case_51_ipv6_from_the_tenant_and_the_mac_written_expanded() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"fe::/64\"");
    String vif = "\"interface_id\": \"" + fresh("vif") + "\", ";
    String fields = "\"mac_address\": \"00:ff:12:89:67:34\", \"tenant_id\": \"1234\"";

    Map<String, Object> first = allocated(block, vif + fields);
    Map<String, Object> second = allocated(block, vif + "\"tenant_id\": \"1234\"");

    assertEquals("00fe:0000:0000:0000:7110:eda4:ff89:6734", first.get("address"));
    assertEquals(6, first.get("version"));
    assertEquals("00fe:0000:0000:0000:7110:eda4:ff89:6735", second.get("address"), "taken: the next MAC's address");
  }

  @Test
  void case_51_a_longer_prefix_keeps_only_the_host_bits() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"fe::/72\"");

    assertEquals("00fe:0000:0000:0000:0010:eda4:ff89:6734", allocated(block,
        "\"mac_address\": \"02:00:00:89:67:34\", \"tenant_id\": \"1234\"").get("address"));
  }

  @Test
  void case_52_a_specific_ipv6_address_needs_no_mac() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"ff::/120\"");

    assertEquals("00ff:0000:0000:0000:0000:0000:0000:0002", allocated(block, "\"address\": \"ff::2\"").get("address"));
    assertFault(post(block, "\"address\": \"fe::2\""), 422, "Address does not belong to IpBlock");
  }

  @Test
  void case_53_54_show_by_any_spelling_and_a_missing_address_is_not_found() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"ff::/120\"");
    Map<String, Object> address = allocated(block, "\"address\": \"ff::2\"");

    Reply shown = melange.get(addressesOf(block) + "/ff::2.json").token(Tokens.of(tenant)).send();
    Reply expanded = melange.get(addressesOf(block) + "/00ff:0000:0000:0000:0000:0000:0000:0002")
        .token(Tokens.of(tenant)).send();

    assertEquals(200, shown.status(), shown.toString());
    assertEquals(IP_ADDRESS_FIELDS, shown.object("ip_address").keySet());
    assertEquals(address, shown.object("ip_address"));
    assertEquals(address, expanded.object("ip_address"));
    assertFault(melange.get(addressesOf(block) + "/ff::3").token(Tokens.of(tenant)).send(), 404, "IpAddress Not Found");
    assertFault(melange.get(addressesOf(block) + "/not-an-address").token(Tokens.of(tenant)).send(), 404,
        "IpAddress Not Found");
  }

  @Test
  void case_55_56_deallocation_keeps_the_address_held_and_restore_takes_it_back() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.55.0.0/24\"");
    Map<String, Object> address = allocated(block, "\"interface_id\": \"" + fresh("vif") + "\"");
    String path = addressesOf(block) + "/" + address.get("address");

    Reply deleted = melange.delete(path + ".xml").token(Tokens.of(tenant)).send();

    assertEquals(200, deleted.status(), deleted.toString());
    assertEquals("", deleted.body(), "case 127");
    assertEquals("application/json", deleted.contentType(), "case 127");
    Map<String, Object> shown = melange.get(path).token(Tokens.of(tenant)).send().object("ip_address");
    assertNull(shown.get("interface_id"), "[I] a deallocated address shows no interface (Melange: 500)");
    assertNull(shown.get("used_by_tenant"));
    assertEquals(AllocationState.RELEASED, state(block, "10.55.0.0"));
    assertFault(post(block, "\"address\": \"10.55.0.0\""), 409, "Address is already allocated");
    assertEquals(200, melange.delete(path).token(Tokens.of(tenant)).send().status(), "deallocating twice");

    Reply restored = melange.put(path + "/restore").token(Tokens.of(tenant)).json("{}").send();

    assertEquals(200, restored.status(), restored.toString());
    assertEquals("", restored.body(), "case 127");
    assertEquals("application/json", restored.contentType(), "case 127");
    assertEquals(AllocationState.ALLOCATED, state(block, "10.55.0.0"));
    assertEquals(tenant, melange.get(path).token(Tokens.of(tenant)).send().object("ip_address").get("used_by_tenant"));
    assertNull(melange.get(path).token(Tokens.of(tenant)).send().object("ip_address").get("interface_id"),
        "the interface link is not restored");
    assertEquals(200, melange.put(path + "/restore").token(Tokens.of(tenant)).send().status(), "restoring twice");
    assertFault(melange.delete(addressesOf(block) + "/10.55.0.9").token(Tokens.of(tenant)).send(), 404,
        "IpAddress Not Found");
    assertFault(melange.put(addressesOf(block) + "/10.55.0.9/restore").token(Tokens.of(tenant)).send(), 404,
        "IpAddress Not Found");
  }

  private AllocationState state(Map<String, Object> block, String address) {
    return findAllocations.getByAddress(Principal.operator("operator"), new PoolId((String) block.get("id")),
        IpAddress.parse(address)).state();
  }

  @Test
  void case_57_the_list_pages_by_id_with_a_next_link() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.57.0.0/24\"");
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> (String) allocated(block, "").get("id"))
        .sorted(Comparator.naturalOrder()).toList();

    Reply page = melange.get(addressesOf(block) + "?limit=2&marker=" + ids.get(1)).token(Tokens.of(tenant)).send();

    assertEquals(ids.subList(2, 4), page.list("ip_addresses").stream().map(address -> address.get("id")).toList());
    List<Map<String, Object>> links = page.list("ip_addresses_links");
    assertEquals("next", links.getFirst().get("rel"));
    assertTrue(((String) links.getFirst().get("href")).endsWith("marker=" + ids.get(3)), links.toString());
    assertEquals(5, melange.get(addressesOf(block)).token(Tokens.of(tenant)).send().list("ip_addresses").size());
  }

  @Test
  void case_58_another_tenant_s_block_is_not_found_on_every_route() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.58.0.0/24\"");
    allocated(block, "");
    String wrong = "/v0.1/ipam/tenants/" + fresh("other") + "/ip_blocks/" + block.get("id") + "/ip_addresses";

    for (Reply reply : List.of(
        melange.get(wrong).token(Tokens.OPERATOR).send(),
        melange.post(wrong).token(Tokens.OPERATOR).json("{\"ip_address\": {}}").send(),
        melange.get(wrong + "/10.58.0.0").token(Tokens.OPERATOR).send(),
        melange.delete(wrong + "/10.58.0.0").token(Tokens.OPERATOR).send(),
        melange.put(wrong + "/10.58.0.0/restore").token(Tokens.OPERATOR).send())) {
      assertFault(reply, 404, "IpBlock Not Found");
    }
    assertEquals(AllocationState.ALLOCATED, state(block, "10.58.0.0"));
  }

  @Test
  void case_36_a_block_with_subnets_hands_out_nothing() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.36.0.0/24\"");
    createSubnet(tenant, block.get("id"), "\"cidr\": \"10.36.0.0/25\"");

    assertFault(post(block, "\"interface_id\": \"" + fresh("vif") + "\""), 422,
        "Subnetted block cannot allocate IPAddress");
  }

  @Test
  void case_59_deviation_a_deallocated_address_of_a_full_block_is_held_not_full() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.9.0.0/30\"");
    IntStream.range(0, 3).forEach(i -> allocated(block, ""));
    melange.delete(addressesOf(block) + "/10.9.0.1").token(Tokens.of(tenant)).send();

    // [I] Melange answered 422 "IpBlock is full" from its is_full flag; the address is held in quarantine here.
    assertFault(post(block, "\"address\": \"10.9.0.1\""), 409, "Address is already allocated");
    assertFault(post(block, ""), 422, "IpBlock is full");
  }

  @Test
  void case_125_in_xml_the_list_items_are_ip_addresse_and_nulls_are_none() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.125.0.0/24\"");
    allocated(block, "");

    Reply reply = melange.get(addressesOf(block) + ".xml").token(Tokens.of(tenant)).send();

    assertEquals(200, reply.status());
    assertEquals("application/xml", reply.contentType());
    assertTrue(reply.body().startsWith("<ip_addresses>\n    <ip_addresse>\n"), reply.body());
    assertTrue(reply.body().contains("<used_by_device>None</used_by_device>"), reply.body());
    assertTrue(reply.body().contains("<version>4</version>"), reply.body());
    assertTrue(reply.body().contains("<address>10.125.0.0</address>"), reply.body());
  }

  @Test
  void an_empty_block_lists_as_an_empty_element_in_xml() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.126.0.0/24\"");

    assertEquals("<ip_addresses/>\n", melange.get(addressesOf(block) + ".xml").token(Tokens.of(tenant)).send().body());
  }

  @Test
  void an_address_may_be_allocated_from_an_xml_body_and_answered_in_xml() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.127.0.0/24\"");

    Reply reply = melange.post(addressesOf(block) + ".xml").token(Tokens.of(tenant))
        .xml("<ip_address><address>10.127.0.9</address><used_by_device>vm</used_by_device></ip_address>").send();

    assertEquals(201, reply.status(), reply.toString());
    assertEquals("application/xml", reply.contentType());
    assertTrue(reply.body().startsWith("<ip_address>\n"), reply.body());
    assertTrue(reply.body().contains("<address>10.127.0.9</address>"), reply.body());
    assertTrue(reply.body().contains("<used_by_device>vm</used_by_device>"), reply.body());
  }

  @Test
  void bad_values_are_one_400_naming_each_and_change_nothing() {
    Map<String, Object> block = block("\"type\": \"private\", \"cidr\": \"10.128.0.0/24\"");

    Reply reply = post(block, "\"address\": \"10.128.0.300\", \"mac_address\": \"zz\", \"interface_id\": [1]");

    assertEquals(400, reply.status(), reply.toString());
    String detail = (String) reply.faultDetail();
    assertTrue(detail.startsWith("The following values are invalid: {"), detail);
    assertTrue(detail.contains("'address'") && detail.contains("'mac_address'") && detail.contains("'interface_id'"),
        detail);
    assertEquals(List.of(), melange.get(addressesOf(block)).token(Tokens.of(tenant)).send().list("ip_addresses"));
  }

  /** real-clients.md §3 steps 13–16, 23, 24: python-melangeclient's calls, trailing "?" and nulls included. */
  @Test
  void python_melangeclient_allocates_lists_shows_and_deallocates() {
    Map<String, Object> block = block("\"network_id\": \"" + fresh("acc-net") + "\", \"cidr\": \"10.20.0.0/24\", "
        + "\"type\": \"private\", \"gateway\": null, \"policy_id\": null");
    String path = addressesOf(block);

    Reply first = melange.post(path + "?").token(Tokens.of(tenant)).json("{\"ip_address\": {\"used_by_device\": "
        + "\"dev-1\", \"tenant_id\": \"lessee\", \"interface_id\": \"" + fresh("vif-1") + "\", \"address\": null}}")
        .send();
    Reply second = melange.post(path + "?").token(Tokens.of(tenant)).json("{\"ip_address\": {\"used_by_device\": "
        + "\"dev-2\", \"tenant_id\": null, \"interface_id\": \"" + fresh("vif-2") + "\", \"address\": \"10.20.0.50\"}}")
        .send();

    assertEquals(201, first.status(), first.toString());
    assertEquals("lessee", first.object("ip_address").get("used_by_tenant"));
    assertEquals(201, second.status(), second.toString());
    assertEquals(tenant, second.object("ip_address").get("used_by_tenant"));
    assertEquals(2, melange.get(path + "?").token(Tokens.of(tenant)).send().list("ip_addresses").size());
    assertEquals("dev-1", melange.get(path + "/10.20.0.0?").token(Tokens.of(tenant)).send().object("ip_address")
        .get("used_by_device"));
    assertEquals(200, melange.delete(path + "/10.20.0.50?").token(Tokens.of(tenant)).send().status());
    assertEquals(200, melange.delete(path + "/10.20.0.0?").token(Tokens.of(tenant)).send().status());
  }
}
