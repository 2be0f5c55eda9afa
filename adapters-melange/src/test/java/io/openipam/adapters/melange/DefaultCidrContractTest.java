package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §15 case 85: with {@code default_cidr} set, allocating in a network without blocks creates one. */
@MicronautTest(transactional = false)
@Property(name = "melange.default-cidr", value = "10.0.0.0/24")
class DefaultCidrContractTest extends ContractTest {

  @Test
  void case_85_a_network_without_blocks_gets_a_private_block_of_the_default_cidr() {
    String tenant = fresh("tnt_id");
    String network = fresh("1");
    String base = "/v0.1/ipam/tenants/" + tenant + "/networks/" + network;

    Reply missing = melange.get(base).token(Tokens.of(tenant)).send();
    Reply allocated = melange.post(base + "/interfaces/" + fresh("vif") + "/ip_allocations").token(Tokens.of(tenant))
        .send();

    assertEquals(404, missing.status(), "showing a network never creates it");
    assertEquals(201, allocated.status(), allocated.toString());
    assertEquals("10.0.0.0", allocated.list("ip_addresses").getFirst().get("address"));
    List<Map<String, Object>> blocks = melange.get(base).token(Tokens.of(tenant)).send().list("ip_blocks");
    assertEquals(1, blocks.size());
    assertEquals("10.0.0.0/24", blocks.getFirst().get("cidr"));
    assertEquals("private", blocks.getFirst().get("type"));
    assertEquals(network, blocks.getFirst().get("network_id"));
    assertEquals(tenant, blocks.getFirst().get("tenant_id"));
    assertEquals("8.8.8.8", blocks.getFirst().get("dns1"));
  }

  @Test
  void an_interface_created_on_a_network_without_blocks_gets_one_too() {
    String owner = fresh("owner");
    String network = fresh("net");

    Reply created = melange.post("/v0.1/ipam/interfaces").token(Tokens.OPERATOR).json("{\"interface\": {\"id\": \""
        + fresh("vif") + "\", \"tenant_id\": \"t\", \"network\": {\"id\": \"" + network + "\", \"tenant_id\": \""
        + owner + "\"}}}").send();

    assertEquals(201, created.status(), created.toString());
    assertEquals(1, melange.get("/v0.1/ipam/tenants/" + owner + "/networks/" + network).token(Tokens.of(owner)).send()
        .list("ip_blocks").size());
  }
}
