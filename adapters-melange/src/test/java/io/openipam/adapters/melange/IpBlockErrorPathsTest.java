package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Call;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every error path of routes #1–#7: each answers a Melange Fault with the status Melange used,
 * changes nothing, and never falls through to a 500.
 */
@MicronautTest(transactional = false)
class IpBlockErrorPathsTest extends ContractTest {

  String tenant;
  String token;
  Map<String, Object> block;
  String blocks;
  String blockPath;

  @BeforeEach
  void aBlock() {
    tenant = fresh("tenant");
    token = Tokens.of(tenant);
    blocks = blocksOf(tenant);
    block = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.80.0.0/24\"");
    blockPath = blocks + "/" + block.get("id");
  }

  @Test
  void every_route_wants_a_token_of_its_tenant() {
    List<Function<String, Call>> routes = List.of(
        t -> melange.get(blocks),
        t -> melange.post(blocks).json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.81.0.0/24\"}}"),
        t -> melange.get(blockPath),
        t -> melange.put(blockPath).json("{\"ip_block\": {\"dns1\": \"1.2.3.4\"}}"),
        t -> melange.delete(blockPath),
        t -> melange.get(blockPath + "/subnets"),
        t -> melange.post(blockPath + "/subnets").json("{\"subnet\": {\"cidr\": \"10.80.0.0/25\"}}"));
    for (Function<String, Call> route : routes) {
      assertEquals(401, route.apply(tenant).send().status());
      assertEquals(401, route.apply(tenant).token("stolen").send().status());
      assertEquals(403, route.apply(tenant).token(Tokens.of(fresh("other"))).send().status());
    }
    assertEquals(200, melange.get(blockPath).token(token).send().status(), "nothing was changed");
    assertEquals(List.of(), melange.get(blockPath + "/subnets").token(token).send().list("subnets"));
  }

  @Test
  void list_refuses_a_limit_that_is_not_a_positive_integer() {
    Reply word = melange.get(blocks + "?limit=abc").token(token).send();
    Reply zero = melange.get(blocks + "?limit=0").token(token).send();
    Reply negative = melange.get(blocks + "?limit=-2").token(token).send();

    assertEquals(400, word.status());
    assertEquals("The following values are invalid: {'limit': ['limit should be of type integer']}", word.faultDetail());
    assertEquals(400, zero.status());
    assertEquals("The following values are invalid: {'limit': ['limit should be a positive integer']}", zero.faultDetail());
    assertEquals(400, negative.status());
  }

  @Test
  void list_takes_an_unknown_marker_as_a_place_in_id_order() {
    Reply before = melange.get(blocks + "?marker=0").token(token).send();
    Reply after = melange.get(blocks + "?marker=g").token(token).send();

    assertEquals(1, before.list("ip_blocks").size());
    assertEquals(0, after.list("ip_blocks").size());
  }

  @Test
  void list_of_a_tenant_id_too_long_to_exist_is_400() {
    String longTenant = "t".repeat(300);

    Reply reply = melange.get(blocksOf(longTenant)).token(Tokens.OPERATOR).send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'tenant_id': ['tenant id must be 1 to 255 characters']}",
        reply.faultDetail());
  }

  @Test
  void create_reports_every_invalid_value_at_once() {
    Reply reply = melange.post(blocks).token(token).json("""
        {"ip_block": {"type": "shared", "cidr": "10.0.0.0/33", "gateway": "10.0.0.256",
                      "policy_id": "nope", "network_id": "%s", "dns1": "%s"}}""".formatted("n".repeat(256), "d".repeat(256)))
        .send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'type': ['type should be one among public, private'],"
        + " 'cidr': ['cidr is invalid'], 'network_id': ['network id must be 1 to 255 characters'],"
        + " 'gateway': ['Gateway is not a valid address'], 'policy_id': [\"Policy with id = 'nope' doesn't exist\"],"
        + " 'dns1': ['dns1 should be at most 255 characters']}", reply.faultDetail());
  }

  @Test
  void create_refuses_objects_where_text_belongs() {
    Reply reply = melange.post(blocks).token(token)
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": [\"10.82.0.0/24\"], \"network_id\": {\"id\": 1}}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr should be a string', 'cidr is invalid'],"
        + " 'network_id': ['network_id should be a string']}", reply.faultDetail());
  }

  @Test
  void create_takes_numbers_as_their_text() {
    String network = String.valueOf(System.nanoTime());

    Reply reply = melange.post(blocks).token(token)
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.82.1.0/24\", \"network_id\": " + network + "}}").send();

    assertEquals(201, reply.status());
    assertEquals(network, reply.object("ip_block").get("network_id"));
  }

  @Test
  void create_refuses_unsupported_and_malformed_bodies() {
    assertEquals(415, melange.post(blocks).token(token).body("application/x-www-form-urlencoded", "type=private").send().status());
    assertEquals(415, melange.post(blocks).token(token).body("text/xml", "<ip_block/>").send().status());
    assertEquals(400, melange.post(blocks).token(token).json("[not json").send().status());
    assertEquals(400, melange.post(blocks).token(token).xml("not xml").send().status());
    Reply wrongWrapper = melange.post(blocks).token(token).json("{\"block\": {\"type\": \"private\"}}").send();
    assertEquals(400, wrongWrapper.status());
    assertEquals(List.of(block.get("id")), melange.get(blocks).token(token).send().list("ip_blocks").stream()
        .map(each -> each.get("id")).toList(), "nothing was created");
  }

  @Test
  void create_refuses_a_body_over_the_limit_even_when_streamed_without_a_length() throws Exception {
    byte[] huge = ("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.83.0.0/24\", \"dns1\": \""
        + "x".repeat(100_000) + "\"}}").getBytes();
    HttpRequest request = HttpRequest.newBuilder(URI.create(melange.base() + blocks))
        .header("X-Auth-Token", token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(413, response.statusCode());
    assertEquals("application/json; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void show_of_an_unknown_or_foreign_block_is_not_found() {
    Map<String, Object> foreign = createBlock(fresh("other"), "\"type\": \"private\", \"cidr\": \"10.84.0.0/24\"");

    for (String id : List.of("nonexistent", String.valueOf(foreign.get("id")), "x".repeat(300))) {
      Reply reply = melange.get(blocks + "/" + id).token(token).send();
      assertEquals(404, reply.status(), id);
      assertEquals("IpBlock Not Found", reply.faultDetail());
    }
  }

  @Test
  void update_of_an_unknown_or_foreign_block_is_not_found() {
    Map<String, Object> foreign = createBlock(fresh("other"), "\"type\": \"private\", \"cidr\": \"10.85.0.0/24\"");

    for (String id : List.of("nonexistent", String.valueOf(foreign.get("id")))) {
      Reply reply = melange.put(blocks + "/" + id).token(token).json("{\"ip_block\": {\"dns1\": \"1.1.1.1\"}}").send();
      assertEquals(404, reply.status(), id);
      assertEquals("IpBlock Not Found", reply.faultDetail());
    }
  }

  @Test
  void update_validates_what_it_changes() {
    Reply reply = melange.put(blockPath).token(token)
        .json("{\"ip_block\": {\"gateway\": \"gw\", \"policy_id\": \"nope\"}}").send();

    assertEquals(400, reply.status());
    assertEquals("The following values are invalid: {'gateway': ['Gateway is not a valid address'],"
        + " 'policy_id': [\"Policy with id = 'nope' doesn't exist\"]}", reply.faultDetail());
    assertNull(melange.get(blockPath).token(token).send().object("ip_block").get("gateway"), "nothing changed");
  }

  @Test
  void update_into_a_network_checks_placement_there() {
    String network = fresh("net");
    createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.80.0.0/16\", \"network_id\": \"" + network + "\"");
    String publicNetwork = fresh("public-net");
    createBlock(tenant, "\"type\": \"public\", \"cidr\": \"100.64.86.0/24\", \"network_id\": \"" + publicNetwork + "\"");

    Reply overlapping = melange.put(blockPath).token(token)
        .json("{\"ip_block\": {\"network_id\": \"" + network + "\"}}").send();
    Reply otherType = melange.put(blockPath).token(token)
        .json("{\"ip_block\": {\"network_id\": \"" + publicNetwork + "\"}}").send();

    assertEquals(400, overlapping.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr overlaps with block 10.80.0.0/16 in same network']}",
        overlapping.faultDetail());
    assertEquals(400, otherType.status());
    assertEquals("The following values are invalid: {'type': ['type should be same within a network']}",
        otherType.faultDetail());
  }

  @Test
  void update_refuses_unsupported_and_malformed_bodies() {
    assertEquals(415, melange.put(blockPath).token(token).body("text/plain", "dns1=1.1.1.1").send().status());
    assertEquals(400, melange.put(blockPath).token(token).json("{\"ip_block\": ").send().status());
  }

  @Test
  void delete_of_an_unknown_or_foreign_block_is_not_found_and_deletes_nothing() {
    Map<String, Object> foreign = createBlock(fresh("other"), "\"type\": \"private\", \"cidr\": \"10.87.0.0/24\"");

    for (String id : List.of("nonexistent", String.valueOf(foreign.get("id")))) {
      Reply reply = melange.delete(blocks + "/" + id).token(token).send();
      assertEquals(404, reply.status(), id);
      assertEquals("IpBlock Not Found", reply.faultDetail());
    }
    assertEquals(200, melange.get(blocksOf((String) foreign.get("tenant_id")) + "/" + foreign.get("id"))
        .token(Tokens.OPERATOR).send().status());
  }

  @Test
  void subnets_of_an_unknown_or_foreign_parent_are_not_found() {
    Map<String, Object> foreign = createBlock(fresh("other"), "\"type\": \"private\", \"cidr\": \"10.88.0.0/24\"");

    for (String id : List.of("nonexistent", String.valueOf(foreign.get("id")))) {
      Reply list = melange.get(blocks + "/" + id + "/subnets").token(token).send();
      Reply create = melange.post(blocks + "/" + id + "/subnets").token(token)
          .json("{\"subnet\": {\"cidr\": \"10.88.0.0/25\"}}").send();
      assertEquals(404, list.status(), id);
      assertEquals("IpBlock Not Found", list.faultDetail());
      assertEquals(404, create.status(), id);
      assertEquals("IpBlock Not Found", create.faultDetail());
    }
  }

  @Test
  void subnet_create_validates_its_values() {
    Reply missing = melange.post(blockPath + "/subnets").token(token).json("{\"subnet\": {}}").send();
    Reply bad = melange.post(blockPath + "/subnets").token(token)
        .json("{\"subnet\": {\"cidr\": \"10.80.0.0/25\", \"tenant_id\": \"" + "t".repeat(256) + "\"}}").send();

    assertEquals(400, missing.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr is invalid']}", missing.faultDetail());
    assertEquals(400, bad.status());
    assertEquals("The following values are invalid: {'tenant_id': ['tenant id must be 1 to 255 characters']}",
        bad.faultDetail());
  }

  @Test
  void subnet_create_refuses_unsupported_and_malformed_bodies() {
    assertEquals(415, melange.post(blockPath + "/subnets").token(token).body("text/plain", "cidr").send().status());
    assertEquals(400, melange.post(blockPath + "/subnets").token(token).xml("<subnet>").send().status());
  }
}
