package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 32–35 and 37 (subnets, routes #6 and #7). */
@MicronautTest(transactional = false)
class SubnetContractTest extends ContractTest {

  @Inject
  AllocateFromPool allocateFromPool;

  @Test
  void case_32_a_subnet_is_a_child_block_of_the_parent_s_type_and_may_belong_to_another_tenant() {
    String owner = fresh("123");
    String lessee = fresh("321");
    String network = fresh("2");
    Map<String, Object> parent = createBlock(owner,
        "\"type\": \"public\", \"cidr\": \"100.64.32.0/28\", \"network_id\": \"" + network + "\"");

    Reply reply = melange.post(blocksOf(owner) + "/" + parent.get("id") + "/subnets").token(Tokens.OPERATOR).json("""
        {"subnet": {"cidr": "100.64.32.0/29", "network_id": "%s", "tenant_id": "%s"}}""".formatted(network, lessee))
        .send();

    assertEquals(201, reply.status());
    Map<String, Object> subnet = reply.object("subnet");
    assertEquals(IP_BLOCK_FIELDS, subnet.keySet());
    assertEquals(parent.get("id"), subnet.get("parent_id"));
    assertEquals(lessee, subnet.get("tenant_id"));
    assertEquals("public", subnet.get("type"));
    assertEquals(network, subnet.get("network_id"));
    assertEquals("100.64.32.0/29", subnet.get("cidr"));
    assertNull(subnet.get("policy_id"));
    assertNull(subnet.get("gateway"));
    assertEquals("8.8.8.8", subnet.get("dns1"));
    assertEquals(List.of(subnet.get("id")), melange.get(blocksOf(lessee)).token(Tokens.of(lessee)).send()
        .list("ip_blocks").stream().map(block -> block.get("id")).toList(), "it is listed under its own tenant");
  }

  @Test
  void case_33_a_subnet_ignores_type_and_parent_and_inherits_network_and_tenant() {
    String tenant = fresh("tenant");
    String network = fresh("net");
    Map<String, Object> parent = createBlock(tenant,
        "\"type\": \"private\", \"cidr\": \"10.33.0.0/24\", \"network_id\": \"" + network + "\", \"policy_id\": null");
    Map<String, Object> other = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.33.1.0/24\"");

    Map<String, Object> subnet = createSubnet(tenant, parent.get("id"), """
        "cidr": "10.33.0.0/26", "type": "public", "parent_id": "%s", "gateway": "10.33.0.1", "dns1": "9.9.9.9"
        """.formatted(other.get("id")));

    assertEquals("private", subnet.get("type"));
    assertEquals(parent.get("id"), subnet.get("parent_id"));
    assertEquals(network, subnet.get("network_id"));
    assertEquals(tenant, subnet.get("tenant_id"));
    assertNull(subnet.get("gateway"));
    assertEquals("8.8.8.8", subnet.get("dns1"));
  }

  @Test
  void case_34_a_subnet_lies_inside_its_parent() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.34.0.0/28\"");

    Reply reply = subnet(tenant, parent, "\"cidr\": \"10.34.1.0/29\"");

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'cidr': [\"cidr should be within parent block's cidr\"]}",
        reply.faultDetail());
  }

  @Test
  void case_34_a_subnet_does_not_overlap_its_siblings() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.34.2.0/28\"");
    createSubnet(tenant, parent.get("id"), "\"cidr\": \"10.34.2.0/29\"");

    Reply reply = subnet(tenant, parent, "\"cidr\": \"10.34.2.0/30\"");

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr overlaps with sibling 10.34.2.0/29']}",
        reply.faultDetail());
  }

  @Test
  void case_34_a_subnet_stays_in_its_parent_s_network() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant,
        "\"type\": \"private\", \"cidr\": \"10.34.3.0/28\", \"network_id\": \"" + fresh("net") + "\"");

    Reply reply = subnet(tenant, parent, "\"cidr\": \"10.34.3.0/29\", \"network_id\": \"" + fresh("other") + "\"");

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'network_id': ['network_id should be same as that of parent']}",
        reply.faultDetail());
  }

  @Test
  void case_35_a_block_that_handed_out_an_address_cannot_be_subnetted() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.35.0.0/28\"");
    allocateFromPool.allocateNext(Principal.tenant(tenant), new PoolId((String) parent.get("id")), AllocationDetails.NONE);

    Reply reply = subnet(tenant, parent, "\"cidr\": \"10.35.0.8/29\"");

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'parent_id': ['parent is not subnettable since it has allocated ips']}",
        reply.faultDetail());
  }

  @Test
  void case_37_the_list_holds_exactly_the_direct_children_unpaginated() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.37.0.0/24\"");
    Map<String, Object> first = createSubnet(tenant, parent.get("id"), "\"cidr\": \"10.37.0.0/26\"");
    Map<String, Object> second = createSubnet(tenant, parent.get("id"), "\"cidr\": \"10.37.0.64/26\"");
    Map<String, Object> third = createSubnet(tenant, parent.get("id"), "\"cidr\": \"10.37.0.128/26\"");
    createSubnet(tenant, first.get("id"), "\"cidr\": \"10.37.0.0/27\"");

    Reply reply = melange.get(blocksOf(tenant) + "/" + parent.get("id") + "/subnets?limit=1").token(Tokens.of(tenant)).send();

    assertEquals(200, reply.status());
    assertEquals(Set.of(first.get("id"), second.get("id"), third.get("id")),
        reply.list("subnets").stream().map(subnet -> subnet.get("id")).collect(Collectors.toSet()));
    reply.list("subnets").forEach(subnet -> assertEquals(IP_BLOCK_FIELDS, subnet.keySet()));
    assertFalse(reply.json().containsKey("subnets_links"));
  }

  @Test
  void subnets_in_xml_are_subnet_elements() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.37.1.0/24\"");
    Map<String, Object> subnet = createSubnet(tenant, parent.get("id"), "\"cidr\": \"10.37.1.0/26\"");

    Reply none = melange.get(blocksOf(tenant) + "/" + subnet.get("id") + "/subnets.xml").token(Tokens.of(tenant)).send();
    Reply one = melange.get(blocksOf(tenant) + "/" + parent.get("id") + "/subnets.xml").token(Tokens.of(tenant)).send();

    assertEquals("<subnets/>\n", none.body());
    assertEquals("<subnets>\n    <subnet>\n        <id>" + subnet.get("id") + "</id>\n", one.body().substring(0,
        ("<subnets>\n    <subnet>\n        <id>" + subnet.get("id") + "</id>\n").length()));
  }

  @Test
  void the_api_document_s_ip_block_wrapper_is_accepted_for_a_subnet() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.37.2.0/24\"");

    Reply reply = melange.post(blocksOf(tenant) + "/" + parent.get("id") + "/subnets.json").token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"cidr\": \"10.37.2.0/25\"}}").send();

    assertEquals(201, reply.status());
    assertEquals("10.37.2.0/25", reply.object("subnet").get("cidr"));
  }

  private Reply subnet(String tenant, Map<String, Object> parent, String fields) {
    return melange.post(blocksOf(tenant) + "/" + parent.get("id") + "/subnets").token(Tokens.of(tenant))
        .json("{\"subnet\": {" + fields + "}}").send();
  }
}
