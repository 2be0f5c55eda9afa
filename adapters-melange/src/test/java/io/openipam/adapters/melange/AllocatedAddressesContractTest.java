package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 75–77 (allocated addresses, routes #41 and #42), and Nova's read of #42. */
@MicronautTest(transactional = false)
class AllocatedAddressesContractTest extends ContractTest {

  private Map<String, Object> allocate(String owner, Map<String, Object> block, String fields) {
    Reply reply = melange.post(blocksOf(owner) + "/" + block.get("id") + "/ip_addresses").token(Tokens.of(owner))
        .json("{\"ip_address\": {" + fields + "}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("ip_address");
  }

  private static List<Object> ids(List<Map<String, Object>> addresses) {
    return addresses.stream().map(address -> address.get("id")).toList();
  }

  @Test
  void case_75_every_allocated_address_by_id_across_blocks() {
    String owner = fresh("owner");
    Map<String, Object> first = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.75.1.0/24\"");
    Map<String, Object> second = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.75.2.0/24\"");
    IntStream.range(0, 3).forEach(i -> allocate(owner, first, ""));
    IntStream.range(0, 3).forEach(i -> allocate(owner, second, ""));
    List<Object> all = ids(melange.get("/v0.1/ipam/allocated_ip_addresses.json?limit=1000").token(Tokens.OPERATOR)
        .send().list("ip_addresses"));

    Reply page = melange.get("/v0.1/ipam/allocated_ip_addresses.json?limit=4&marker=" + all.get(1))
        .token(Tokens.OPERATOR).send();

    assertEquals(200, page.status(), page.toString());
    assertEquals(all.subList(2, 6), ids(page.list("ip_addresses")));
    assertEquals(all.stream().sorted().toList(), all);
    assertTrue(all.size() >= 6);
    assertEquals(all.size() > 6, page.json().containsKey("ip_addresses_links"));
  }

  @Test
  void case_76_a_tenant_s_list_is_what_is_leased_to_it_narrowed_by_device() {
    String owner = fresh("owner");
    String lessee = fresh("tnt1");
    Map<String, Object> block = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.76.0.0/24\"");
    Map<String, Object> onDevice1 = allocate(owner, block, "\"tenant_id\": \"" + lessee + "\", \"used_by_device\": \"device1\"");
    Map<String, Object> onDevice2 = allocate(owner, block, "\"tenant_id\": \"" + lessee + "\", \"used_by_device\": \"device2\"");
    allocate(owner, block, "\"used_by_device\": \"device1\"");
    String path = "/v0.1/ipam/tenants/" + lessee + "/allocated_ip_addresses";

    Reply leased = melange.get(path).token(Tokens.of(lessee)).send();
    Reply byDevice = melange.get(path + "?used_by_device=device1").token(Tokens.of(lessee)).send();

    assertEquals("application/json", leased.contentType());
    assertEquals(List.of(onDevice1, onDevice2).stream().sorted((a, b) -> ((String) a.get("id"))
        .compareTo((String) b.get("id"))).toList(), leased.list("ip_addresses"));
    assertEquals(List.of(onDevice1), byDevice.list("ip_addresses"));
    assertEquals(List.of(), melange.get("/v0.1/ipam/tenants/" + owner + "/allocated_ip_addresses?used_by_device=device2")
        .token(Tokens.of(owner)).send().list("ip_addresses"), "the owner lists what is leased to it, not its blocks");
  }

  @Test
  void case_77_an_exact_address_and_never_a_deallocated_one() {
    String owner = fresh("owner");
    Map<String, Object> v4 = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.77.0.0/24\"");
    Map<String, Object> v6 = createBlock(owner, "\"type\": \"private\", \"cidr\": \"fd77::/120\"");
    Map<String, Object> kept = allocate(owner, v4, "\"address\": \"10.77.0.5\"");
    allocate(owner, v4, "\"address\": \"10.77.0.6\"");
    Map<String, Object> ipv6 = allocate(owner, v6, "\"address\": \"fd77::6\"");
    melange.delete(blocksOf(owner) + "/" + v4.get("id") + "/ip_addresses/10.77.0.6").token(Tokens.of(owner)).send();
    String path = "/v0.1/ipam/tenants/" + owner + "/allocated_ip_addresses";

    assertEquals(List.of(kept), melange.get(path + "?address=10.77.0.5").token(Tokens.of(owner)).send()
        .list("ip_addresses"));
    assertEquals(List.of(), melange.get(path + "?address=10.77.0.6").token(Tokens.of(owner)).send()
        .list("ip_addresses"));
    assertEquals(List.of(ipv6), melange.get(path + "?address=fd77:0000:0000:0000:0000:0000:0000:0006")
        .token(Tokens.of(owner)).send().list("ip_addresses"));
    assertEquals(List.of(), melange.get(path + "?address=fd77::6").token(Tokens.of(owner)).send()
        .list("ip_addresses"), "Melange compared the stored, expanded text");
    assertEquals(List.of(), melange.get(path + "?address=nonsense").token(Tokens.of(owner)).send()
        .list("ip_addresses"));
    assertFalse(ids(melange.get("/v0.1/ipam/allocated_ip_addresses?address=10.77.0.6&limit=1000")
        .token(Tokens.OPERATOR).send().list("ip_addresses")).contains(kept.get("id")));
  }

  @Test
  void everyone_s_addresses_are_the_operator_s_to_list_and_another_tenant_s_are_refused() {
    String tenant = fresh("tenant");

    Reply all = melange.get("/v0.1/ipam/allocated_ip_addresses").token(Tokens.of(tenant)).send();
    Reply other = melange.get("/v0.1/ipam/tenants/" + fresh("other") + "/allocated_ip_addresses")
        .token(Tokens.of(tenant)).send();

    assertEquals(403, all.status(), all.toString());
    assertEquals("User with tenant id " + tenant + " cannot access this resource", all.faultDetail());
    assertEquals(403, other.status(), other.toString());
  }

  @Test
  void in_xml_the_list_is_ip_addresses_of_ip_addresse() {
    String owner = fresh("owner");
    Map<String, Object> block = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.78.0.0/24\"");
    allocate(owner, block, "");

    Reply reply = melange.get("/v1.0/ipam/tenants/" + owner + "/allocated_ip_addresses.xml").token(Tokens.of(owner))
        .send();

    assertEquals("application/xml", reply.contentType());
    assertTrue(reply.body().startsWith("<ip_addresses>\n    <ip_addresse>\n"), reply.body());
  }
}
