package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Spec §15 cases 107–113 (NAT, routes #13–#20). Addresses are allocated through the core, bound
 * to a device and interface as Melange's interface routes would bind them; they are deallocated
 * through Melange's own route.
 */
@MicronautTest(transactional = false)
class NatContractTest extends ContractTest {

  /** Exactly the fields of a Melange ip_address (spec §4.2). */
  static final Set<String> IP_ADDRESS_FIELDS = Set.of("id", "ip_block_id", "address", "version", "used_by_tenant",
      "used_by_device", "interface_id", "created_at", "updated_at");

  @Inject
  AllocateFromPool allocateFromPool;

  /** A tenant with a private block of local addresses and a block of global ones. */
  private record Site(String tenant, String locals, String globals) {}

  private Site site(String localCidr, String globalCidr) {
    String tenant = fresh("tenant");
    return new Site(tenant, (String) createBlock(tenant, "\"type\": \"private\", \"cidr\": \"" + localCidr + "\"")
        .get("id"), (String) createBlock(tenant, "\"type\": \"private\", \"cidr\": \"" + globalCidr + "\"").get("id"));
  }

  private Allocation allocate(String tenant, String block, String address) {
    return allocateFromPool.allocateSpecific(Principal.tenant(tenant), new PoolId(block), IpAddress.parse(address),
        new AllocationDetails(null, new Attachment("device-1", "vif-1"), null, null, null, null, null));
  }

  private String addressPath(String tenant, String block, String address) {
    return blocksOf(tenant) + "/" + block + "/ip_addresses/" + address;
  }

  private static String references(String block, String... addresses) {
    StringBuilder json = new StringBuilder("{\"ip_addresses\": [");
    for (int i = 0; i < addresses.length; i++) {
      json.append(i > 0 ? ", " : "").append("{\"ip_block_id\": \"").append(block).append("\", \"ip_address\": \"")
          .append(addresses[i]).append("\"}");
    }
    return json.append("]}").toString();
  }

  private List<Object> listed(Site site, String block, String address, String side) {
    Reply reply = melange.get(addressPath(site.tenant(), block, address) + "/" + side).token(Tokens.of(site.tenant()))
        .send();
    assertEquals(200, reply.status(), reply.toString());
    return reply.list("ip_addresses").stream().map(ip -> ip.get("address")).toList();
  }

  @Test
  void case_107_a_local_address_gets_a_global_one_and_both_sides_list_it() {
    String tenant = fresh("tenant");
    String locals = (String) createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.107.0.0/24\"").get("id");
    String globals = (String) createBlock(tenant, "\"type\": \"public\", \"cidr\": \"198.18.107.0/28\"").get("id");
    Allocation local = allocate(tenant, locals, "10.107.0.5");
    Allocation global = allocate(tenant, globals, "198.18.107.2");
    Site site = new Site(tenant, locals, globals);

    Reply added = melange.post(addressPath(tenant, locals, "10.107.0.5") + "/inside_globals").token(Tokens.of(tenant))
        .json(references(globals, "198.18.107.2")).send();

    assertEquals(200, added.status());
    assertEquals("", added.body());
    assertEquals("application/json", added.contentType());
    Reply shown = melange.get(addressPath(tenant, locals, "10.107.0.5") + "/inside_globals").token(Tokens.of(tenant))
        .send();
    Map<String, Object> view = shown.list("ip_addresses").getFirst();
    assertEquals(IP_ADDRESS_FIELDS, view.keySet());
    assertEquals(global.id().value(), view.get("id"));
    assertEquals(globals, view.get("ip_block_id"));
    assertEquals("198.18.107.2", view.get("address"));
    assertEquals(4, view.get("version"));
    assertEquals(tenant, view.get("used_by_tenant"));
    assertEquals("device-1", view.get("used_by_device"));
    assertEquals("vif-1", view.get("interface_id"));
    assertTrue(((String) view.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), "case 126");
    assertEquals(List.of("10.107.0.5"), listed(site, globals, "198.18.107.2", "inside_locals"));
    assertEquals(local.id().value(), melange.get(addressPath(tenant, globals, "198.18.107.2") + "/inside_locals")
        .token(Tokens.of(tenant)).send().list("ip_addresses").getFirst().get("id"));
  }

  @Test
  void case_108_a_global_address_in_another_tenants_block_is_ip_block_not_found() {
    Site site = site("10.108.0.0/24", "10.109.0.0/24");
    allocate(site.tenant(), site.locals(), "10.108.0.1");
    String other = fresh("other");
    String theirs = (String) createBlock(other, "\"type\": \"private\", \"cidr\": \"10.110.0.0/24\"").get("id");
    allocate(other, theirs, "10.110.0.1");

    Reply reply = melange.post(addressPath(site.tenant(), site.locals(), "10.108.0.1") + "/inside_globals")
        .token(Tokens.of(site.tenant())).json(references(theirs, "10.110.0.1")).send();
    Reply asOperator = melange.post(addressPath(site.tenant(), site.locals(), "10.108.0.1") + "/inside_globals")
        .token(Tokens.OPERATOR).json(references(theirs, "10.110.0.1")).send();

    assertEquals(404, reply.status());
    assertEquals("IpBlock Not Found", reply.faultDetail());
    assertEquals(404, asOperator.status(), "the URL's tenant owns every block named, whoever calls");
    assertEquals(List.of(), listed(site, site.locals(), "10.108.0.1", "inside_globals"));
  }

  @Test
  void case_109_an_unknown_block_or_address_is_not_found_for_get_post_and_delete() {
    Site site = site("10.111.0.0/24", "10.112.0.0/24");
    allocate(site.tenant(), site.locals(), "10.111.0.1");
    allocate(site.tenant(), site.globals(), "10.112.0.1");
    String token = Tokens.of(site.tenant());
    String unknownBlock = addressPath(site.tenant(), "nonexistent", "10.111.0.1") + "/inside_globals";
    String unknownAddress = addressPath(site.tenant(), site.locals(), "10.111.0.9") + "/inside_globals";
    String notAnAddress = addressPath(site.tenant(), site.locals(), "not-an-ip") + "/inside_locals";
    String body = references(site.globals(), "10.112.0.1");

    for (Reply reply : List.of(melange.get(unknownBlock).token(token).send(),
        melange.post(unknownBlock).token(token).json(body).send(),
        melange.delete(unknownBlock).token(token).send(),
        melange.post(addressPath(site.tenant(), site.locals(), "10.111.0.1") + "/inside_globals").token(token)
            .json(references("nonexistent", "10.112.0.1")).send())) {
      assertEquals(404, reply.status(), reply.toString());
      assertEquals("IpBlock Not Found", reply.faultDetail());
    }
    for (Reply reply : List.of(melange.get(unknownAddress).token(token).send(),
        melange.post(unknownAddress).token(token).json(body).send(),
        melange.delete(unknownAddress).token(token).send(),
        melange.delete(unknownAddress + "/10.112.0.1").token(token).send(),
        melange.get(notAnAddress).token(token).send(),
        melange.post(addressPath(site.tenant(), site.locals(), "10.111.0.1") + "/inside_globals").token(token)
            .json(references(site.globals(), "10.112.0.7")).send())) {
      assertEquals(404, reply.status(), reply.toString());
      assertEquals("IpAddress Not Found", reply.faultDetail());
    }
    assertEquals(List.of(), listed(site, site.locals(), "10.111.0.1", "inside_globals"));
  }

  @Test
  void case_110_one_global_or_all_of_them_are_removed() {
    Site site = site("10.113.0.0/24", "10.114.0.0/24");
    allocate(site.tenant(), site.locals(), "10.113.0.1");
    for (String global : List.of("10.114.0.1", "10.114.0.2", "10.114.0.3")) {
      allocate(site.tenant(), site.globals(), global);
    }
    String local = addressPath(site.tenant(), site.locals(), "10.113.0.1") + "/inside_globals";
    String token = Tokens.of(site.tenant());
    melange.post(local).token(token).json(references(site.globals(), "10.114.0.1", "10.114.0.2", "10.114.0.3")).send();

    Reply one = melange.delete(local + "/10.114.0.1").token(token).send();
    List<Object> afterOne = listed(site, site.locals(), "10.113.0.1", "inside_globals");
    Reply unbound = melange.delete(local + "/10.114.0.9").token(token).send();
    Reply all = melange.delete(local + ".json").token(token).send();

    assertEquals(200, one.status());
    assertEquals("", one.body(), "case 127");
    assertEquals(Set.of("10.114.0.2", "10.114.0.3"), Set.copyOf(afterOne));
    assertEquals(200, unbound.status(), "an address bound to nothing removes nothing, as in Melange");
    assertEquals(200, all.status());
    assertEquals(List.of(), listed(site, site.locals(), "10.113.0.1", "inside_globals"));
    assertEquals(List.of(), listed(site, site.globals(), "10.114.0.2", "inside_locals"));
  }

  @Test
  void case_111_a_list_honours_limit_and_marker_without_a_link() {
    Site site = site("10.115.0.0/24", "10.116.0.0/24");
    allocate(site.tenant(), site.locals(), "10.115.0.1");
    List<Allocation> globals = IntStream.range(1, 6)
        .mapToObj(i -> allocate(site.tenant(), site.globals(), "10.116.0." + i)).toList();
    List<String> ids = globals.stream().map(global -> global.id().value()).sorted().toList();
    String local = addressPath(site.tenant(), site.locals(), "10.115.0.1") + "/inside_globals";
    melange.post(local).token(Tokens.of(site.tenant())).json(references(site.globals(),
        globals.stream().map(global -> global.address().toString()).toArray(String[]::new))).send();

    Reply page = melange.get(local + "?limit=2&marker=" + ids.get(1)).token(Tokens.of(site.tenant())).send();

    assertEquals(ids.subList(2, 4), page.list("ip_addresses").stream().map(ip -> ip.get("id")).toList());
    assertFalse(page.json().containsKey("ip_addresses_links"));
  }

  @Test
  void case_112_a_global_address_gets_two_locals_and_each_knows_it() {
    Site site = site("10.117.0.0/24", "10.118.0.0/24");
    allocate(site.tenant(), site.locals(), "10.117.0.1");
    allocate(site.tenant(), site.locals(), "10.117.0.2");
    allocate(site.tenant(), site.globals(), "10.118.0.1");

    Reply reply = melange.post(addressPath(site.tenant(), site.globals(), "10.118.0.1") + "/inside_locals")
        .token(Tokens.of(site.tenant())).json(references(site.locals(), "10.117.0.1", "10.117.0.2")).send();

    assertEquals(200, reply.status());
    assertEquals(Set.of("10.117.0.1", "10.117.0.2"), Set.copyOf(listed(site, site.globals(), "10.118.0.1",
        "inside_locals")));
    assertEquals(List.of("10.118.0.1"), listed(site, site.locals(), "10.117.0.1", "inside_globals"));
    assertEquals(List.of("10.118.0.1"), listed(site, site.locals(), "10.117.0.2", "inside_globals"));
    Reply one = melange.delete(addressPath(site.tenant(), site.globals(), "10.118.0.1") + "/inside_locals/10.117.0.2")
        .token(Tokens.of(site.tenant())).send();
    assertEquals(200, one.status());
    assertEquals(List.of("10.117.0.1"), listed(site, site.globals(), "10.118.0.1", "inside_locals"));
    melange.delete(addressPath(site.tenant(), site.globals(), "10.118.0.1") + "/inside_locals")
        .token(Tokens.of(site.tenant())).send();
    assertEquals(List.of(), listed(site, site.locals(), "10.117.0.1", "inside_globals"));
  }

  @Test
  void case_113_a_released_address_is_locked_for_new_bindings_but_still_readable() {
    Site site = site("10.119.0.0/24", "10.120.0.0/24");
    allocate(site.tenant(), site.locals(), "10.119.0.1");
    allocate(site.tenant(), site.globals(), "10.120.0.1");
    allocate(site.tenant(), site.globals(), "10.120.0.2");
    String path = addressPath(site.tenant(), site.locals(), "10.119.0.1") + "/inside_globals";
    melange.post(path).token(Tokens.of(site.tenant())).json(references(site.globals(), "10.120.0.2")).send();
    assertEquals(200, melange.delete(addressPath(site.tenant(), site.globals(), "10.120.0.2"))
        .token(Tokens.of(site.tenant())).send().status());

    Reply lockedGlobal = melange.post(path).token(Tokens.of(site.tenant()))
        .json(references(site.globals(), "10.120.0.1", "10.120.0.2")).send();
    Map<String, Object> released = melange.get(path).token(Tokens.of(site.tenant())).send().list("ip_addresses")
        .getFirst();
    assertEquals(200, melange.delete(addressPath(site.tenant(), site.locals(), "10.119.0.1"))
        .token(Tokens.of(site.tenant())).send().status());
    Reply lockedLocal = melange.post(path).token(Tokens.of(site.tenant()))
        .json(references(site.globals(), "10.120.0.1")).send();

    assertEquals(422, lockedGlobal.status());
    assertEquals("Address is locked", lockedGlobal.faultDetail());
    assertEquals(List.of("10.120.0.2"), listed(site, site.locals(), "10.119.0.1", "inside_globals"),
        "nothing of the refused request was bound");
    assertEquals("10.120.0.2", released.get("address"));
    assertNull(released.get("used_by_tenant"), "§4.2: a released address renders nulls instead of Melange's 500");
    assertNull(released.get("interface_id"));
    assertEquals(422, lockedLocal.status());
    assertEquals("Address is locked", lockedLocal.faultDetail());
  }

  /** [I] §12: Melange answered a body without ip_addresses, ip_block_id or ip_address with a 500. */
  @Test
  void inferred_a_body_missing_its_list_or_keys_is_400() {
    Site site = site("10.121.0.0/24", "10.122.0.0/24");
    allocate(site.tenant(), site.locals(), "10.121.0.1");
    String path = addressPath(site.tenant(), site.locals(), "10.121.0.1") + "/inside_globals";
    String token = Tokens.of(site.tenant());

    Reply none = melange.post(path).token(token).json("{}").send();
    Reply notAList = melange.post(path).token(token).json("{\"ip_addresses\": {\"ip_address\": \"x\"}}").send();
    Reply missingKeys = melange.post(path).token(token).json("{\"ip_addresses\": [{\"ip_address\": \"\"}]}").send();

    assertEquals(400, none.status());
    assertEquals("The following values are invalid: {'ip_addresses': ['ip_addresses should be present']}",
        none.faultDetail());
    assertEquals("The following values are invalid: {'ip_addresses': ['ip_addresses should be a list']}",
        notAList.faultDetail());
    assertEquals("The following values are invalid: {'ip_block_id': ['ip_block_id should be present'], "
        + "'ip_address': ['ip_address should be present']}", missingKeys.faultDetail());
  }

  @Test
  void ipv6_addresses_are_found_in_any_spelling_and_listed_expanded_also_in_xml() {
    Site site = site("fd00:1::/64", "fd00:2::/64");
    allocate(site.tenant(), site.locals(), "fd00:1::5");
    allocate(site.tenant(), site.globals(), "fd00:2::7");
    String token = Tokens.of(site.tenant());

    Reply added = melange.post(addressPath(site.tenant(), site.locals(), "fd00:0001:0:0:0:0:0:5") + "/inside_globals")
        .token(token).json(references(site.globals(), "FD00:2::7")).send();
    Reply xml = melange.get(addressPath(site.tenant(), site.locals(), "fd00:1::5") + "/inside_globals.xml")
        .token(token).send();

    assertEquals(200, added.status(), added.toString());
    assertEquals(List.of("fd00:0002:0000:0000:0000:0000:0000:0007"),
        listed(site, site.locals(), "fd00:1::5", "inside_globals"));
    assertEquals("application/xml", xml.contentType());
    assertTrue(xml.body().startsWith("<ip_addresses>\n    <ip_addresse>\n"), "case 125: " + xml.body());
    assertTrue(xml.body().contains("<version>6</version>"), xml.body());
    Reply removed = melange.delete(addressPath(site.tenant(), site.locals(), "fd00:1::5") + "/inside_globals/fd00:2::7")
        .token(token).send();
    assertEquals(200, removed.status());
    assertEquals(List.of(), listed(site, site.locals(), "fd00:1::5", "inside_globals"));
  }

  @Test
  void a_binding_made_twice_is_listed_once() {
    Site site = site("10.123.0.0/24", "10.124.0.0/24");
    allocate(site.tenant(), site.locals(), "10.123.0.1");
    allocate(site.tenant(), site.globals(), "10.124.0.1");
    String path = addressPath(site.tenant(), site.locals(), "10.123.0.1") + "/inside_globals";

    melange.post(path).token(Tokens.of(site.tenant())).json(references(site.globals(), "10.124.0.1", "10.124.0.1"))
        .send();
    melange.post(path).token(Tokens.of(site.tenant())).json(references(site.globals(), "10.124.0.1")).send();

    assertEquals(List.of("10.124.0.1"), listed(site, site.locals(), "10.123.0.1", "inside_globals"),
        "[I] Melange stored duplicates; a pair is kept once here, so a retried POST is harmless");
  }
}
