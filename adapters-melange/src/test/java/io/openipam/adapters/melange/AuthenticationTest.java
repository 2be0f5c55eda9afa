package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Auth-Token} (spec §9 made the rule): a tenant's token reaches its own
 * {@code /tenants/{t}} routes, an operator's every route; no token or an unknown one is 401, as
 * Keystone answered in front of Melange; another tenant's route is 403 with Melange's detail,
 * decided before anything is looked up.
 */
@MicronautTest(transactional = false)
class AuthenticationTest extends ContractTest {

  static final String UNAUTHORIZED = "This server could not verify that you are authorized to access the document you"
      + " requested.  Either you supplied the wrong credentials (e.g., bad password), or your browser does not"
      + " understand how to supply the credentials required.";

  @Test
  void without_a_token_a_tenant_route_is_401() {
    Reply reply = melange.get(blocksOf(fresh("tenant"))).send();

    assertEquals(401, reply.status());
    assertEquals("application/json; charset=UTF-8", reply.contentType());
    assertEquals(Map.of("Unauthorized", Map.of("code", 401, "message", UNAUTHORIZED,
        "detail", "Authentication required")), reply.json());
  }

  @Test
  void an_unknown_token_is_401_in_the_request_s_format() {
    Reply reply = melange.get(blocksOf(fresh("tenant")) + ".xml").token("not-a-token").send();

    assertEquals(401, reply.status());
    assertEquals("application/xml; charset=UTF-8", reply.contentType());
    assertEquals("""
        <Unauthorized code="401">
            <message>MESSAGE</message>
            <detail>Authentication required</detail>
        </Unauthorized>
        """.replace("MESSAGE", UNAUTHORIZED), reply.body());
  }

  @Test
  void another_tenant_s_token_is_403_before_anything_is_looked_up() {
    String owner = fresh("owner");
    String other = fresh("other");
    Map<String, Object> block = createBlock(owner, "\"type\": \"private\", \"cidr\": \"10.90.0.0/24\"");

    Reply list = melange.get(blocksOf(owner)).token(Tokens.of(other)).send();
    Reply show = melange.get(blocksOf(owner) + "/" + block.get("id")).token(Tokens.of(other)).send();
    Reply missing = melange.get(blocksOf(owner) + "/nonexistent").token(Tokens.of(other)).send();
    Reply delete = melange.delete(blocksOf(owner) + "/" + block.get("id")).token(Tokens.of(other)).send();

    for (Reply reply : new Reply[] {list, show, missing, delete}) {
      assertEquals(403, reply.status(), reply.toString());
      assertEquals(Map.of("Forbidden", Map.of("code", 403, "message", "Access was denied to this resource.",
          "detail", "User with tenant id " + other + " cannot access this resource")), reply.json());
    }
    assertEquals(200, melange.get(blocksOf(owner) + "/" + block.get("id")).token(Tokens.of(owner)).send().status());
  }

  /** Spec §15 case 123: a tenant's token is a Member of its own tenant; the routes without a tenant are admin's. */
  @Test
  void case_123_a_tenant_token_reaches_its_own_tenant_and_no_admin_route() {
    String tenant = fresh("1");
    String other = fresh("2");
    String device = fresh("device");

    assertEquals(200, melange.get(blocksOf(tenant)).token(Tokens.of(tenant)).send().status());
    assertEquals(403, melange.get(blocksOf(other)).token(Tokens.of(tenant)).send().status());
    Reply[] admin = {
        melange.post("/v0.1/ipam/interfaces").token(Tokens.of(tenant))
            .json("{\"interface\": {\"id\": \"" + fresh("vif") + "\", \"tenant_id\": \"" + tenant + "\"}}").send(),
        melange.get("/v0.1/ipam/mac_address_ranges").token(Tokens.of(tenant)).send(),
        melange.get("/v0.1/ipam/allocated_ip_addresses").token(Tokens.of(tenant)).send(),
        melange.get("/v0.1/ipam/instances/" + device + "/interfaces").token(Tokens.of(tenant)).send()};
    for (Reply reply : admin) {
      assertEquals(403, reply.status(), reply.toString());
      assertEquals("Access was denied to this resource.", ((Map<?, ?>) reply.json().get("Forbidden")).get("message"));
    }
    assertEquals(200, melange.get("/v0.1/ipam/mac_address_ranges").token(Tokens.OPERATOR).send().status());
    assertEquals(200, melange.get("/v0.1/ipam/allocated_ip_addresses").token(Tokens.OPERATOR).send().status());
  }

  @Test
  void an_operator_s_token_reaches_every_tenant_s_routes() {
    String tenant = fresh("tenant");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.91.0.0/24\"");

    Reply list = melange.get(blocksOf(tenant)).token(Tokens.OPERATOR).send();
    Reply created = melange.post(blocksOf(tenant)).token(Tokens.OPERATOR)
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.91.1.0/24\"}}").send();
    Reply deleted = melange.delete(blocksOf(tenant) + "/" + block.get("id")).token(Tokens.OPERATOR).send();

    assertEquals(200, list.status());
    assertEquals(201, created.status());
    assertEquals(tenant, created.object("ip_block").get("tenant_id"), "the URL's tenant owns it, not the operator");
    assertEquals(200, deleted.status());
  }

  @Test
  void the_header_name_is_case_insensitive_as_python_melangeclient_sends_it_upper_case() {
    String tenant = fresh("tenant");

    Reply reply = melange.get(blocksOf(tenant)).header("X-AUTH-TOKEN", Tokens.of(tenant)).send();

    assertEquals(200, reply.status());
  }

  @Test
  void the_versions_document_needs_no_token() {
    assertEquals(200, melange.get("/").send().status());
  }

  @Test
  void an_unversioned_vendor_request_is_authenticated_like_any_other() {
    Reply reply = melange.get("/ipam/tenants/t/ip_blocks")
        .accept("application/vnd.openstack.melange+json;version=1.0").send();

    assertEquals(401, reply.status());
  }
}
