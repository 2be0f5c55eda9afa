package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 114–117 (allowed IPs, routes #61–#64). */
@MicronautTest(transactional = false)
class AllowedIpsContractTest extends ContractTest {

  private String owner;
  private String network;
  private String tenant;

  private void network(String cidr) {
    owner = fresh("RAX");
    network = fresh("net123");
    tenant = fresh("tnt_id");
    createBlock(owner, "\"type\": \"private\", \"cidr\": \"" + cidr + "\", \"network_id\": \"" + network + "\"");
  }

  /** An interface of the tenant with one address of the network; returns that address. */
  private String plugged(String vif, String lessee) {
    Reply reply = melange.post("/v0.1/ipam/interfaces").token(Tokens.OPERATOR).json("{\"interface\": {\"id\": \"" + vif
        + "\", \"tenant_id\": \"" + lessee + "\", \"network\": {\"id\": \"" + network + "\", \"tenant_id\": \""
        + owner + "\"}}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return (String) ((Map<?, ?>) ((List<?>) reply.object("interface").get("ip_addresses")).getFirst()).get("address");
  }

  private String allowedIps(String vif) {
    return "/v0.1/ipam/tenants/" + tenant + "/interfaces/" + vif + "/allowed_ips";
  }

  private Reply allow(String vif, String address) {
    return melange.post(allowedIps(vif)).token(Tokens.of(tenant)).json("{\"allowed_ip\": {\"network_id\": \""
        + network + "\", \"ip_address\": \"" + address + "\"}}").send();
  }

  private static List<Object> addresses(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.list("ip_addresses").stream().map(address -> address.get("address")).toList();
  }

  @Test
  void case_114_115_an_allowed_address_joins_the_interface_s_own() {
    network("10.114.0.0/24");
    String vif = fresh("vif_id");
    String own = plugged(vif, tenant);
    String shared = plugged(fresh("vip"), tenant);

    Reply allowed = allow(vif, shared);

    assertEquals(201, allowed.status(), allowed.toString());
    assertEquals(shared, allowed.object("ip_address").get("address"));
    assertEquals(List.of(own, shared), addresses(melange.get(allowedIps(vif)).token(Tokens.of(tenant)).send()));
    Reply shown = melange.get(allowedIps(vif) + "/" + shared).token(Tokens.of(tenant)).send();
    assertEquals(allowed.object("ip_address"), shown.object("ip_address"));

    Reply deleted = melange.delete(allowedIps(vif) + "/" + shared).token(Tokens.of(tenant)).send();

    assertEquals(200, deleted.status());
    assertEquals(List.of(own), addresses(melange.get(allowedIps(vif)).token(Tokens.of(tenant)).send()));
  }

  @Test
  void case_115_an_address_leased_to_another_tenant_is_not_found() {
    network("10.115.0.0/24");
    String vif = fresh("vif_id");
    plugged(vif, tenant);
    String theirs = plugged(fresh("other"), fresh("another"));

    Reply reply = allow(vif, theirs);

    assertEquals(404, reply.status(), reply.toString());
    String detail = (String) reply.faultDetail();
    assertTrue(detail.startsWith("IpAddress with {") && detail.endsWith("for network " + network + " not found"), detail);
  }

  @Test
  void case_116_what_is_not_allowed_and_another_tenant_s_interface_are_not_found() {
    network("10.116.0.0/24");
    String vif = fresh("vif_id");
    plugged(vif, tenant);

    for (Reply reply : List.of(melange.get(allowedIps(vif) + "/10.1.1.1").token(Tokens.of(tenant)).send(),
        melange.delete(allowedIps(vif) + "/10.1.1.1").token(Tokens.of(tenant)).send())) {
      assertEquals(404, reply.status(), reply.toString());
      assertEquals("Ip Address 10.1.1.1 hasnt been allowed on interface " + vif, reply.faultDetail());
    }
    String other = fresh("other");
    Reply wrongTenant = melange.get("/v0.1/ipam/tenants/" + other + "/interfaces/" + vif + "/allowed_ips")
        .token(Tokens.of(other)).send();
    Reply wrongVif = melange.get(allowedIps(fresh("nope"))).token(Tokens.of(tenant)).send();
    assertEquals("Interface Not Found", wrongTenant.faultDetail());
    assertEquals("Interface Not Found", wrongVif.faultDetail());
  }

  @Test
  void case_117_an_interface_on_no_network_may_not_hold_the_address() {
    network("10.117.0.0/24");
    String shared = plugged(fresh("vip"), tenant);
    String vif = fresh("vif_id");
    assertEquals(201, melange.post("/v0.1/ipam/interfaces").token(Tokens.OPERATOR).json("{\"interface\": {\"id\": \""
        + vif + "\", \"tenant_id\": \"" + tenant + "\"}}").send().status());

    Reply reply = allow(vif, shared);

    assertEquals(422, reply.status(), reply.toString());
    assertEquals("Ip " + shared + " cannot be allowed on interface " + vif
        + " as interface is not configured for ip's network", reply.faultDetail());
  }

  @Test
  void both_fields_are_required() {
    network("10.118.0.0/24");
    String vif = fresh("vif_id");
    plugged(vif, tenant);

    Reply reply = melange.post(allowedIps(vif)).token(Tokens.of(tenant)).json("{\"allowed_ip\": {}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'network_id': ['network_id should be present'], "
        + "'ip_address': ['ip_address should be present']}", reply.faultDetail());
  }
}
