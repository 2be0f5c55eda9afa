package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where this facade answers differently from Melange Essex, on purpose: the core's rules stand
 * where they are stricter, and inputs that made Essex fail with a 500 get a 4xx. Each test names
 * the difference; the spec's section says what Essex did.
 */
@MicronautTest(transactional = false)
class DeliberateDeviationsTest extends ContractTest {

  @Inject
  DefinePolicy definePolicy;

  @Inject
  CreatePool createPool;

  /** §6.1/§6.9: Essex accepted any tenant's policy id; the core offers a tenant only its own. */
  @Test
  void a_policy_of_another_tenant_is_unknown_here_unlike_essex() {
    String owner = fresh("owner");
    String policy = definePolicy.define(Principal.tenant(owner),
        new DefinePolicy.NewPolicy(new TenantId(owner), "theirs", null, null, null)).id().value();
    String tenant = fresh("tenant");
    String body = "{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.70.0.0/24\", \"policy_id\": \"" + policy + "\"}}";

    Reply asTenant = melange.post(blocksOf(tenant)).token(Tokens.of(tenant)).json(body).send();
    Reply asOperator = melange.post(blocksOf(tenant)).token(Tokens.OPERATOR).json(body).send();

    assertEquals(400, asTenant.status());
    assertEquals("The following values are invalid: {'policy_id': [\"Policy with id = '" + policy + "' doesn't exist\"]}",
        asTenant.faultDetail());
    assertEquals(201, asOperator.status(), "an operator may use any policy, as Essex let anyone");
    assertEquals(policy, asOperator.object("ip_block").get("policy_id"));
  }

  /** §6.1: Essex took any parseable address as gateway; the core wants one of the block's family. */
  @Test
  void a_gateway_of_the_other_family_is_refused_unlike_essex() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.71.0.0/24\", \"gateway\": \"fe::1\"}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'gateway': [\"gateway fe::1 is not of the pool's family\"]}",
        reply.faultDetail());
  }

  /** §5.2: Essex let a subnet name any tenant; the core lets a tenant create pools only for itself. */
  @Test
  void a_tenant_cannot_give_a_subnet_to_another_tenant_unlike_essex() {
    String tenant = fresh("tenant");
    Map<String, Object> parent = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.72.0.0/24\"");
    String body = "{\"subnet\": {\"cidr\": \"10.72.0.0/25\", \"tenant_id\": \"" + fresh("other") + "\"}}";

    Reply asTenant = melange.post(blocksOf(tenant) + "/" + parent.get("id") + "/subnets").token(Tokens.of(tenant))
        .json(body).send();
    Reply asOperator = melange.post(blocksOf(tenant) + "/" + parent.get("id") + "/subnets").token(Tokens.OPERATOR)
        .json(body).send();

    assertEquals(403, asTenant.status());
    assertEquals("a tenant creates pools only for itself", asTenant.faultDetail());
    assertEquals(201, asOperator.status());
  }

  /** §9: Essex shipped with authentication off; here a token is required (see AnonymousCallersTest). */
  @Test
  void a_request_without_a_token_is_refused_unlike_essex_s_open_default() {
    assertEquals(401, melange.get(blocksOf(fresh("tenant"))).send().status());
  }

  /** §2.8: Essex answered a bad limit with a 500. */
  @Test
  void a_limit_that_is_not_a_positive_integer_is_400_unlike_essex() {
    String tenant = fresh("tenant");

    assertEquals(400, melange.get(blocksOf(tenant) + "?limit=ten").token(Tokens.of(tenant)).send().status());
    assertEquals(400, melange.get(blocksOf(tenant) + "?limit=0").token(Tokens.of(tenant)).send().status());
  }

  /** §2.8: Essex returned as many items as the limit asked; a page holds at most 1000 here, and links on. */
  @Test
  void a_page_holds_at_most_1000_blocks_unlike_essex() {
    String tenant = fresh("tenant");
    Principal caller = Principal.tenant(tenant);
    for (int i = 0; i < 1001; i++) {
      createPool.create(caller, CreatePool.NewPool.builder(new TenantId(tenant),
          IpPrefix.parse("10.73." + (i / 4) + "." + (i % 4) * 64 + "/26"), Visibility.PRIVATE).build());
    }

    Reply first = melange.get(blocksOf(tenant) + "?limit=5000").token(Tokens.of(tenant)).send();
    String next = (String) first.list("ip_blocks_links").getFirst().get("href");
    Reply rest = melange.get(next.substring(melange.base().length())).token(Tokens.of(tenant)).send();

    assertEquals(1000, first.list("ip_blocks").size());
    assertEquals(1, rest.list("ip_blocks").size());
    assertEquals(List.of(), rest.json().getOrDefault("ip_blocks_links", List.of()));
  }

  /** §2.2: an empty string is read as "not given" (Essex stored it); here it means no network. */
  @Test
  void a_blank_network_id_means_no_network_unlike_essex() {
    Map<String, Object> block = createBlock(fresh("tenant"),
        "\"type\": \"private\", \"cidr\": \"10.74.0.0/24\", \"network_id\": \"\", \"gateway\": \"\"");

    assertNull(block.get("network_id"));
    assertNull(block.get("gateway"));
  }

  /** §2.2: Essex stored any text; here no field holds a control character or a lone surrogate. */
  @Test
  void a_control_character_in_a_field_is_refused_unlike_essex() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(blocksOf(tenant)).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.75.0.0/24\","
            + " \"dns1\": \"8.8.8.8\\u0000\"}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'dns1': ['dns1 should not contain control characters']}",
        reply.faultDetail());
  }

  /** §2.2: Essex failed with a 500 on a body that was JSON but no object, or a wrapper that was no object. */
  @Test
  void a_body_or_wrapper_that_is_no_object_is_400_unlike_essex() {
    String tenant = fresh("tenant");
    Map<String, Object> block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.76.0.0/24\"");
    String blockPath = blocksOf(tenant) + "/" + block.get("id");

    Reply list = melange.put(blockPath).token(Tokens.of(tenant)).json("[]").send();
    Reply trailing = melange.put(blockPath).token(Tokens.of(tenant)).json("{\"ip_block\": {}} {}").send();
    Reply wrapper = melange.put(blockPath).token(Tokens.of(tenant)).json("{\"ip_block\": \"x\"}").send();

    assertEquals(400, list.status());
    assertEquals("Malformed request body", list.faultDetail());
    assertEquals(400, trailing.status());
    assertEquals("Malformed request body", trailing.faultDetail());
    assertEquals(400, wrapper.status());
    assertEquals("The following values are invalid: {'ip_block': ['ip_block should be an object']}",
        wrapper.faultDetail());
    assertEquals(block.get("updated_at"), melange.get(blockPath).token(Tokens.of(tenant)).send().object("ip_block")
        .get("updated_at"), "nothing was saved");
  }

  /** §4.1: Essex echoed the gateway as given; the core keeps an address, written canonically. */
  @Test
  void the_gateway_is_written_in_canonical_form_unlike_essex() {
    Map<String, Object> block = createBlock(fresh("tenant"),
        "\"type\": \"private\", \"cidr\": \"fe::/64\", \"gateway\": \"FE:0:0:0::1\"");

    assertEquals("fe::1", block.get("gateway"));
  }
}
