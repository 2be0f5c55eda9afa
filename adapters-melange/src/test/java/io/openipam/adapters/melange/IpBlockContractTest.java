package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Spec §15 cases 13–31 (IP blocks, routes #1–#5), plus Nova's calls and XML bodies. */
@MicronautTest(transactional = false)
class IpBlockContractTest extends ContractTest {

  @Inject
  DefinePolicy definePolicy;

  @Inject
  AllocateFromPool allocateFromPool;

  @Inject
  FindAllocations findAllocations;

  @Test
  void case_13_a_new_block_has_exactly_melange_s_14_fields() {
    Reply reply = melange.post("/v0.1/ipam/tenants/111/ip_blocks.json").token(Tokens.of("111")).json("""
        {"ip_block": {"type": "public", "cidr": "10.1.1.0/24", "network_id": "%s",
                      "dns1": "12.34.56.67", "dns2": "65.76.87.98"}}""".formatted(fresh("3"))).send();

    assertEquals(201, reply.status());
    assertEquals("application/json", reply.contentType());
    Map<String, Object> block = reply.object("ip_block");
    assertEquals(IP_BLOCK_FIELDS, block.keySet());
    assertEquals("111", block.get("tenant_id"));
    assertEquals("10.1.1.0/24", block.get("cidr"));
    assertEquals("public", block.get("type"));
    assertEquals("12.34.56.67", block.get("dns1"));
    assertEquals("65.76.87.98", block.get("dns2"));
    assertEquals("10.1.1.255", block.get("broadcast"));
    assertEquals("255.255.255.0", block.get("netmask"));
    assertNull(block.get("gateway"));
    assertNull(block.get("parent_id"));
    assertNull(block.get("policy_id"));
    assertTrue(((String) block.get("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    assertTrue(((String) block.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), "case 126");
    assertTrue(((String) block.get("updated_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), "case 126");
  }

  @Test
  void case_14_the_owner_is_the_url_tenant_and_a_body_parent_is_ignored() {
    String tenant = fresh("tenant");

    Map<String, Object> block = createBlock(tenant,
        "\"type\": \"private\", \"cidr\": \"10.14.0.0/24\", \"tenant_id\": \"543\", \"parent_id\": \"x\"");

    assertEquals(tenant, block.get("tenant_id"));
    assertNull(block.get("parent_id"));
    assertEquals(tenant, melange.get(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant)).send()
        .object("ip_block").get("tenant_id"));
  }

  @Test
  void case_15_the_cidr_is_normalised_to_its_network_address() {
    Map<String, Object> block = createBlock(fresh("tenant"), "\"type\": \"private\", \"cidr\": \"10.0.0.1/31\"");

    assertEquals("10.0.0.0/31", block.get("cidr"));
    assertEquals("10.0.0.1", block.get("broadcast"));
    assertEquals("255.255.255.254", block.get("netmask"));
  }

  @Test
  void case_16_without_dns_a_block_gets_the_configured_name_servers() {
    Map<String, Object> block = createBlock(fresh("tenant"), "\"type\": \"private\", \"cidr\": \"10.16.0.0/24\"");

    assertEquals("8.8.8.8", block.get("dns1"));
    assertEquals("8.8.4.4", block.get("dns2"));
  }

  @Test
  void case_17_an_ipv6_block_has_its_prefix_length_as_netmask_and_its_last_address_as_broadcast() {
    Map<String, Object> block = createBlock(fresh("tenant"), "\"type\": \"private\", \"cidr\": \"fe::/64\"");

    assertEquals("fe::/64", block.get("cidr"));
    assertEquals("64", block.get("netmask"));
    assertEquals("fe::ffff:ffff:ffff:ffff", block.get("broadcast"));
  }

  @Test
  void case_19_top_level_blocks_of_one_network_must_not_overlap_across_networks_they_may() {
    String tenant = fresh("tenant");
    String network = fresh("1");
    createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.0.0.0/29\", \"network_id\": \"" + network + "\"");
    createBlock(tenant, "\"type\": \"private\", \"cidr\": \"20.0.0.0/29\", \"network_id\": \"" + network + "\"");

    Reply overlapping = melange.post(blocksOf(tenant)).token(Tokens.of(tenant)).json(
        "{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.0.0.0/31\", \"network_id\": \"" + network + "\"}}").send();
    Map<String, Object> elsewhere = createBlock(tenant,
        "\"type\": \"private\", \"cidr\": \"10.0.0.0/31\", \"network_id\": \"" + fresh("2") + "\"");

    assertEquals(400, overlapping.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr overlaps with block 10.0.0.0/29 in same network']}",
        overlapping.faultDetail());
    assertEquals("10.0.0.0/31", elsewhere.get("cidr"));
  }

  @Test
  void case_19_the_same_cidr_may_repeat_in_private_blocks_without_a_network() {
    String tenant = fresh("tenant");
    createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.19.0.0/24\"");

    createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.19.0.0/24\"");
  }

  @Test
  void case_20_a_network_holds_blocks_of_one_type() {
    String tenant = fresh("tenant");
    String network = fresh("1");
    createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.20.0.0/24\", \"network_id\": \"" + network + "\"");

    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant)).json(
        "{\"ip_block\": {\"type\": \"public\", \"cidr\": \"100.64.20.0/24\", \"network_id\": \"" + network + "\"}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'type': ['type should be same within a network']}",
        reply.faultDetail());
  }

  @Test
  void case_21_a_gateway_must_parse_as_an_address() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.21.0.0/24\", \"gateway\": \"not_valid\"}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'gateway': ['Gateway is not a valid address']}", reply.faultDetail());
  }

  @Test
  void case_21_a_policy_must_exist() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant)).json(
        "{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.21.1.0/24\", \"policy_id\": \"non-existent-id\"}}").send();

    assertEquals(400, reply.status());
    String detail = (String) reply.faultDetail();
    assertTrue(detail.contains("Policy with id = ") && detail.contains("doesn't exist"), detail);
    assertEquals("The following values are invalid: {'policy_id': [\"Policy with id = 'non-existent-id' doesn't exist\"]}",
        detail);
  }

  @Test
  void a_gateway_outside_the_block_is_accepted_as_in_melange() {
    Map<String, Object> block = createBlock(fresh("tenant"),
        "\"type\": \"private\", \"cidr\": \"10.21.2.0/24\", \"gateway\": \"192.168.7.1\"");

    assertEquals("192.168.7.1", block.get("gateway"));
  }

  @Test
  void case_22_another_tenant_s_block_is_not_found() {
    Map<String, Object> block = createBlock("0000-" + fresh("t"), "\"type\": \"private\", \"cidr\": \"10.22.0.0/24\"");

    Reply asTenant = melange.get("/v0.1/ipam/tenants/112/ip_blocks/" + block.get("id")).token(Tokens.of("112")).send();
    Reply asOperator = melange.get("/v0.1/ipam/tenants/112/ip_blocks/" + block.get("id")).token(Tokens.OPERATOR).send();

    assertEquals(404, asTenant.status());
    assertEquals("IpBlock Not Found", asTenant.faultDetail());
    assertEquals(404, asOperator.status());
    assertEquals("IpBlock Not Found", asOperator.faultDetail());
  }

  @Test
  void case_23_the_list_holds_the_tenant_s_blocks_and_type_filters_them() {
    String tenant = fresh("tenant");
    Map<String, Object> first = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.23.0.0/24\"");
    Map<String, Object> second = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.23.1.0/24\"");
    Map<String, Object> third = createBlock(tenant, "\"type\": \"public\", \"cidr\": \"100.64.23.0/24\"");
    createBlock(fresh("other"), "\"type\": \"private\", \"cidr\": \"10.23.2.0/24\"");

    Reply all = melange.get(blocksOf(tenant)).token(Tokens.of(tenant)).send();
    Reply privateOnly = melange.get(blocksOf(tenant) + "?type=private").token(Tokens.of(tenant)).send();
    Reply publicOnly = melange.get(blocksOf(tenant) + "?type=public").token(Tokens.of(tenant)).send();
    Reply noSuchType = melange.get(blocksOf(tenant) + "?type=Public").token(Tokens.of(tenant)).send();

    assertEquals(200, all.status());
    assertEquals(ids(first, second, third), ids(all.list("ip_blocks")));
    assertEquals(ids(first, second), ids(privateOnly.list("ip_blocks")));
    assertEquals(ids(third), ids(publicOnly.list("ip_blocks")));
    assertEquals(List.of(), noSuchType.list("ip_blocks"));
    all.list("ip_blocks").forEach(block -> assertEquals(IP_BLOCK_FIELDS, block.keySet()));
    assertFalse(all.json().containsKey("ip_blocks_links"));
  }

  @Test
  void case_24_a_page_after_the_marker_links_to_the_next_page() {
    String tenant = fresh("tenant");
    List<String> ids = createBlocks(tenant, 5);

    Reply reply = melange.get(blocksOf(tenant) + "?limit=2&marker=" + ids.get(1)).token(Tokens.of(tenant)).send();

    assertEquals(200, reply.status());
    assertEquals(ids.subList(2, 4), reply.list("ip_blocks").stream().map(block -> block.get("id")).toList());
    List<Map<String, Object>> links = reply.list("ip_blocks_links");
    assertEquals(1, links.size());
    assertEquals("next", links.getFirst().get("rel"));
    URI next = URI.create((String) links.getFirst().get("href"));
    assertEquals(URI.create(melange.base()).getAuthority(), next.getAuthority());
    assertEquals(blocksOf(tenant), next.getPath());
    assertEquals(Set.of("limit=2", "marker=" + ids.get(3)), Set.of(next.getQuery().split("&")));
  }

  @Test
  void case_24_the_next_link_leads_to_the_rest() {
    String tenant = fresh("tenant");
    List<String> ids = createBlocks(tenant, 5);

    Reply first = melange.get(blocksOf(tenant) + "?limit=3").token(Tokens.of(tenant)).send();
    String next = (String) first.list("ip_blocks_links").getFirst().get("href");
    Reply rest = melange.get(next.substring(melange.base().length())).token(Tokens.of(tenant)).send();

    assertEquals(ids.subList(0, 3), first.list("ip_blocks").stream().map(block -> block.get("id")).toList());
    assertEquals(ids.subList(3, 5), rest.list("ip_blocks").stream().map(block -> block.get("id")).toList());
    assertFalse(rest.json().containsKey("ip_blocks_links"));
  }

  @Test
  void case_25_the_last_page_has_no_link() {
    String tenant = fresh("tenant");
    List<String> ids = createBlocks(tenant, 3);

    Reply reply = melange.get(blocksOf(tenant) + "?limit=2&marker=" + ids.get(0)).token(Tokens.of(tenant)).send();

    assertEquals(ids.subList(1, 3), reply.list("ip_blocks").stream().map(block -> block.get("id")).toList());
    assertFalse(reply.json().containsKey("ip_blocks_links"));
  }

  @Test
  void case_26_in_xml_the_next_link_is_the_last_child_and_keeps_the_xml_suffix() throws Exception {
    String tenant = fresh("tenant");
    List<String> ids = createBlocks(tenant, 5);

    Reply reply = melange.get(blocksOf(tenant) + ".xml?limit=2&marker=" + ids.get(1)).token(Tokens.of(tenant)).send();

    assertEquals(200, reply.status());
    assertEquals("application/xml", reply.contentType());
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    assertEquals("ip_blocks", root.getTagName());
    List<Element> children = IntStream.range(0, root.getChildNodes().getLength())
        .mapToObj(root.getChildNodes()::item).filter(Element.class::isInstance).map(Element.class::cast).toList();
    assertEquals(List.of("ip_block", "ip_block", "link"), children.stream().map(Element::getTagName).toList());
    Element link = children.getLast();
    assertEquals("next", link.getAttribute("rel"));
    URI next = URI.create(link.getAttribute("href"));
    assertEquals(blocksOf(tenant) + ".xml", next.getPath());
    assertEquals(Set.of("limit=2", "marker=" + ids.get(3)), Set.of(next.getQuery().split("&")));
    assertTrue(reply.body().contains("&amp;"), "the ampersand is escaped in the attribute");
  }

  @Test
  void case_27_an_update_changes_network_and_policy_and_answers_the_new_block() {
    String tenant = fresh("tenant");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.27.0.0/24\", \"network_id\": \""
        + fresh("old") + "\"");
    String policy = definePolicy.define(Principal.tenant(tenant),
        new DefinePolicy.NewPolicy(new TenantId(tenant), "p2", null, null, null)).id().value();
    String network = fresh("new_net");

    Reply updated = melange.put(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"network_id\": \"" + network + "\", \"policy_id\": \"" + policy + "\"}}").send();
    Reply shown = melange.get(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant)).send();

    assertEquals(200, updated.status(), updated.toString());
    assertEquals(network, updated.object("ip_block").get("network_id"));
    assertEquals(policy, updated.object("ip_block").get("policy_id"));
    assertEquals(shown.json(), updated.json());
  }

  @Test
  void case_28_an_update_ignores_type_cidr_tenant_and_parent() {
    String tenant = fresh("tenant");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.28.0.0/24\"");

    Reply reply = melange.put(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant)).json("""
        {"ip_block": {"type": "new_type", "cidr": "50.0.0.0/29", "tenant_id": "x", "parent_id": "y"}}""").send();

    assertEquals(200, reply.status());
    Map<String, Object> after = reply.object("ip_block");
    assertEquals("private", after.get("type"));
    assertEquals("10.28.0.0/24", after.get("cidr"));
    assertEquals(tenant, after.get("tenant_id"));
    assertNull(after.get("parent_id"));
  }

  @Test
  void case_29_an_update_changes_gateway_and_name_servers() {
    String tenant = fresh("tenant");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.1.1.0/24\"");

    Reply reply = melange.put(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"gateway\": \"10.1.1.2\", \"dns1\": \"1.1.1.1\"}}").send();

    assertEquals(200, reply.status());
    assertEquals("10.1.1.2", reply.object("ip_block").get("gateway"));
    assertEquals("1.1.1.1", reply.object("ip_block").get("dns1"));
    assertEquals("8.8.4.4", reply.object("ip_block").get("dns2"), "what is not sent stays");
  }

  @Test
  void an_update_with_nulls_changes_nothing() {
    String tenant = fresh("tenant");
    String network = fresh("net");
    Map<String, Object> block = createBlock(tenant,
        "\"type\": \"private\", \"cidr\": \"10.29.0.0/24\", \"gateway\": \"10.29.0.1\", \"network_id\": \"" + network + "\"");

    Reply reply = melange.put(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"gateway\": null, \"network_id\": null, \"dns1\": null, \"policy_id\": null}}").send();

    assertEquals(200, reply.status());
    assertEquals("10.29.0.1", reply.object("ip_block").get("gateway"));
    assertEquals(network, reply.object("ip_block").get("network_id"));
    assertEquals("8.8.8.8", reply.object("ip_block").get("dns1"));
  }

  @Test
  void case_30_updating_another_tenant_s_block_is_not_found() {
    Map<String, Object> block = createBlock(fresh("owner"), "\"type\": \"private\", \"cidr\": \"10.30.0.0/24\"");
    String intruder = fresh("intruder");

    Reply reply = melange.put(blocksOf(intruder) + "/" + block.get("id")).token(Tokens.of(intruder))
        .json("{\"ip_block\": {\"dns1\": \"6.6.6.6\"}}").send();

    assertEquals(404, reply.status());
    assertEquals("IpBlock Not Found", reply.faultDetail());
  }

  @Test
  void case_31_deleting_a_block_removes_its_subnets_and_their_addresses() {
    String tenant = fresh("tenant");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.31.0.0/24\"");
    Map<String, Object> subnet = createSubnet(tenant, block.get("id"), "\"cidr\": \"10.31.0.0/28\"");
    Map<String, Object> grandchild = createSubnet(tenant, subnet.get("id"), "\"cidr\": \"10.31.0.0/29\"");
    Allocation address = allocateFromPool.allocateNext(Principal.tenant(tenant),
        new PoolId((String) grandchild.get("id")), AllocationDetails.NONE);

    Reply deleted = melange.delete(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant)).send();

    assertEquals(200, deleted.status());
    assertEquals("", deleted.body());
    assertEquals("application/json", deleted.contentType());
    assertEquals("0", deleted.header("Content-Length"));
    for (Object id : List.of(block.get("id"), subnet.get("id"), grandchild.get("id"))) {
      assertEquals(404, melange.get(blocksOf(tenant) + "/" + id).token(Tokens.of(tenant)).send().status());
    }
    assertThrows(NotFound.class, () -> findAllocations.get(Principal.operator("operator"), address.id()));
    assertEquals(404, melange.delete(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.of(tenant)).send().status());
  }

  @Test
  void a_block_in_xml_prints_none_for_nulls_and_python_s_timestamps() {
    String tenant = fresh("tenant");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.32.0.0/24\"");

    Reply reply = melange.get(blocksOf(tenant) + "/" + block.get("id") + ".xml").token(Tokens.of(tenant)).send();

    assertEquals(200, reply.status());
    assertEquals("application/xml", reply.contentType());
    String created = ((String) block.get("created_at")).replace('T', ' ');
    String updated = ((String) block.get("updated_at")).replace('T', ' ');
    assertEquals("""
        <ip_block>
            <id>ID</id>
            <cidr>10.32.0.0/24</cidr>
            <network_id>None</network_id>
            <policy_id>None</policy_id>
            <tenant_id>TENANT</tenant_id>
            <gateway>None</gateway>
            <parent_id>None</parent_id>
            <type>private</type>
            <dns1>8.8.8.8</dns1>
            <dns2>8.8.4.4</dns2>
            <broadcast>10.32.0.255</broadcast>
            <netmask>255.255.255.0</netmask>
            <created_at>CREATED</created_at>
            <updated_at>UPDATED</updated_at>
        </ip_block>
        """.replace("ID", (String) block.get("id")).replace("TENANT", tenant)
        .replace("CREATED", created).replace("UPDATED", updated), reply.body());
  }

  @Test
  void a_block_may_be_created_from_an_xml_body() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant))
        .xml("<ip_block><type>private</type><cidr>172.16.0.0/24</cidr></ip_block>").send();

    assertEquals(201, reply.status());
    assertEquals("172.16.0.0/24", reply.object("ip_block").get("cidr"));
  }

  @Test
  void a_body_without_content_type_is_ignored_as_melange_did() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant))
        .body(null, "{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.33.0.0/24\"}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'type': ['type should be one among public, private'],"
        + " 'cidr': ['cidr is invalid']}", reply.faultDetail());
  }

  @Test
  void nova_s_calls_work_json_suffix_explicit_nulls_and_delete() {
    String project = fresh("P");
    String network = fresh("N");

    Reply created = melange.post("/v0.1/ipam/tenants/" + project + "/ip_blocks.json").token(Tokens.of(project))
        .header("Content-Type", "application/json").json("""
            {"ip_block": {"cidr": "10.0.0.0/24", "network_id": "%s", "type": "private",
                          "gateway": null, "dns1": null, "dns2": null}}""".formatted(network)).send();
    Reply listed = melange.get("/v0.1/ipam/tenants/" + project + "/ip_blocks.json").token(Tokens.of(project)).send();
    Reply deleted = melange.delete("/v0.1/ipam/tenants/" + project + "/ip_blocks/"
        + created.object("ip_block").get("id") + ".json").token(Tokens.of(project)).send();

    assertEquals(201, created.status());
    assertEquals("8.8.8.8", created.object("ip_block").get("dns1"));
    Map<String, Object> block = listed.list("ip_blocks").getFirst();
    assertEquals("10.0.0.0/24", block.get("cidr"));
    assertEquals(network, block.get("network_id"));
    assertNull(block.get("gateway"));
    assertEquals("10.0.0.255", block.get("broadcast"));
    assertEquals("255.255.255.0", block.get("netmask"));
    assertEquals(200, deleted.status());
    assertEquals("", deleted.body());
  }

  @Test
  void python_melangeclient_s_calls_work_trailing_question_mark_and_json_content_type_on_get() {
    String tenant = fresh("acc-tenant");

    Reply created = melange.post(blocksOf(tenant) + "?").token(Tokens.of(tenant)).json("""
        {"ip_block": {"network_id": "%s", "cidr": "10.20.0.0/24", "type": "private", "gateway": null,
                      "policy_id": null}}""".formatted(fresh("acc-net"))).send();
    String block = blocksOf(tenant) + "/" + created.object("ip_block").get("id");
    Reply shown = melange.get(block + "?").token(Tokens.of(tenant)).header("Content-Type", "application/json").send();
    Reply updated = melange.put(block + "?").token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"network_id\": \"" + fresh("acc-net-2") + "\"}}").send();
    Reply deleted = melange.delete(block + "?").token(Tokens.of(tenant)).header("Content-Type", "application/json").send();
    Reply gone = melange.get(block + "?").token(Tokens.of(tenant)).send();

    assertEquals(List.of(201, 200, 200, 200, 404),
        List.of(created.status(), shown.status(), updated.status(), deleted.status(), gone.status()));
  }

  private List<String> createBlocks(String tenant, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.24." + i + ".0/24\"").get("id"))
        .map(String.class::cast)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  @SafeVarargs
  private static Set<Object> ids(Map<String, Object>... blocks) {
    return Arrays.stream(blocks).map(block -> block.get("id")).collect(Collectors.toSet());
  }

  private static Set<Object> ids(List<Map<String, Object>> blocks) {
    return blocks.stream().map(block -> block.get("id")).collect(Collectors.toSet());
  }
}
