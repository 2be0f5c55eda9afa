package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Spec §15 cases 71–74 (a block's static routes, routes #21–#25), 125–127 for them. */
@MicronautTest(transactional = false)
class IpRouteContractTest extends ContractTest {

  /** Exactly the fields of a Melange ip_route (spec §4.5). */
  static final Set<String> ROUTE_FIELDS = Set.of("id", "destination", "netmask", "gateway", "created_at", "updated_at");

  private String routesOf(String tenant, Object block) {
    return blocksOf(tenant) + "/" + block + "/ip_routes";
  }

  private Object block(String tenant) {
    return createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.1.1.0/24\"").get("id");
  }

  private Map<String, Object> createRoute(String tenant, Object block, String destination) {
    Reply reply = melange.post(routesOf(tenant, block)).token(Tokens.of(tenant)).json("{\"ip_route\": {\"destination\": \""
        + destination + "\", \"netmask\": \"255.255.255.0\", \"gateway\": \"10.1.1.1\"}}").send();
    assertEquals(201, reply.status(), reply.toString());
    return reply.object("ip_route");
  }

  @Test
  void case_71_a_new_route_has_six_fields_and_belongs_to_the_path_block() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    Object other = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.2.2.0/24\"").get("id");

    Reply reply = melange.post(routesOf(tenant, block)).token(Tokens.of(tenant)).json("""
        {"ip_route": {"destination": "10.1.1.1", "netmask": "255.255.255.0", "gateway": "10.1.1.0",
                      "source_block_id": "%s"}}""".formatted(other)).send();

    assertEquals(201, reply.status());
    assertEquals("application/json", reply.contentType());
    Map<String, Object> route = reply.object("ip_route");
    assertEquals(ROUTE_FIELDS, route.keySet());
    assertEquals("10.1.1.1", route.get("destination"));
    assertEquals("255.255.255.0", route.get("netmask"));
    assertEquals("10.1.1.0", route.get("gateway"));
    assertTrue(((String) route.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), "case 126");
    assertEquals(List.of(route), melange.get(routesOf(tenant, block)).token(Tokens.of(tenant)).send().list("ip_routes"));
    assertEquals(List.of(), melange.get(routesOf(tenant, other)).token(Tokens.of(tenant)).send().list("ip_routes"));
  }

  @Test
  void case_72_a_route_without_destination_or_gateway_is_refused() {
    String tenant = fresh("tenant");
    Object block = block(tenant);

    Reply neither = melange.post(routesOf(tenant, block)).token(Tokens.of(tenant))
        .json("{\"ip_route\": {\"netmask\": \"255.255.255.0\"}}").send();
    Reply noGateway = melange.post(routesOf(tenant, block)).token(Tokens.of(tenant))
        .json("{\"ip_route\": {\"destination\": \"192.168.0.0\", \"gateway\": \"\"}}").send();

    assertEquals(400, neither.status());
    assertEquals("The following values are invalid: {'destination': ['destination should be present'], "
        + "'gateway': ['gateway should be present']}", neither.faultDetail());
    assertEquals("The following values are invalid: {'gateway': ['gateway should be present']}",
        noGateway.faultDetail());
    assertEquals(List.of(), melange.get(routesOf(tenant, block)).token(Tokens.of(tenant)).send().list("ip_routes"));
  }

  @Test
  void any_text_is_a_destination_as_in_melange_and_the_netmask_is_optional() {
    String tenant = fresh("tenant");

    Reply reply = melange.post(routesOf(tenant, block(tenant))).token(Tokens.of(tenant))
        .json("{\"ip_route\": {\"destination\": \"default\", \"gateway\": \"router-1\"}}").send();

    assertEquals(201, reply.status());
    assertEquals("default", reply.object("ip_route").get("destination"));
    assertNull(reply.object("ip_route").get("netmask"));
  }

  @Test
  void case_73_an_unknown_route_is_ip_route_not_found_and_the_wrong_tenant_ip_block_not_found() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    Object route = createRoute(tenant, block, "192.168.0.0").get("id");
    String other = fresh("other");
    String unknown = routesOf(tenant, block) + "/nonexistent";
    String foreign = routesOf(other, block) + "/" + route;

    for (Reply reply : List.of(melange.get(unknown).token(Tokens.of(tenant)).send(),
        melange.put(unknown).token(Tokens.of(tenant)).json("{\"ip_route\": {\"gateway\": \"x\"}}").send(),
        melange.delete(unknown).token(Tokens.of(tenant)).send())) {
      assertEquals(404, reply.status(), reply.toString());
      assertEquals("IpRoute Not Found", reply.faultDetail());
    }
    for (Reply reply : List.of(melange.get(foreign).token(Tokens.of(other)).send(),
        melange.delete(foreign).token(Tokens.OPERATOR).send(),
        melange.get(routesOf(other, block)).token(Tokens.of(other)).send(),
        melange.post(routesOf(other, block)).token(Tokens.of(other))
            .json("{\"ip_route\": {\"destination\": \"d\", \"gateway\": \"g\"}}").send())) {
      assertEquals(404, reply.status(), reply.toString());
      assertEquals("IpBlock Not Found", reply.faultDetail());
    }
    assertEquals(1, melange.get(routesOf(tenant, block)).token(Tokens.of(tenant)).send().list("ip_routes").size());
  }

  @Test
  void case_73_a_route_of_another_block_of_the_tenant_is_not_found_there() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    Object other = createBlock(tenant, "\"type\": \"private\", \"cidr\": \"10.3.3.0/24\"").get("id");
    Object route = createRoute(tenant, block, "192.168.0.0").get("id");

    Reply reply = melange.get(routesOf(tenant, other) + "/" + route).token(Tokens.of(tenant)).send();

    assertEquals(404, reply.status());
    assertEquals("IpRoute Not Found", reply.faultDetail());
  }

  @Test
  void case_74_routes_page_by_id_with_ip_routes_links() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> (String) createRoute(tenant, block, "192.168." + i + ".0")
        .get("id")).sorted().toList();

    Reply page = melange.get(routesOf(tenant, block) + "?limit=2&marker=" + ids.get(1)).token(Tokens.of(tenant)).send();
    Reply last = melange.get(routesOf(tenant, block) + "?limit=2&marker=" + ids.get(2)).token(Tokens.of(tenant)).send();

    assertEquals(ids.subList(2, 4), page.list("ip_routes").stream().map(route -> route.get("id")).toList());
    Map<String, Object> link = page.list("ip_routes_links").getFirst();
    assertEquals("next", link.get("rel"));
    URI next = URI.create((String) link.get("href"));
    assertEquals(routesOf(tenant, block), next.getPath());
    assertEquals(Set.of("limit=2", "marker=" + ids.get(3)), Set.of(next.getQuery().split("&")));
    assertFalse(last.json().containsKey("ip_routes_links"));
  }

  @Test
  void an_update_changes_what_is_sent_and_ignores_the_source_block() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    Map<String, Object> route = createRoute(tenant, block, "192.168.0.0");
    String path = routesOf(tenant, block) + "/" + route.get("id");

    Reply reply = melange.put(path).token(Tokens.of(tenant))
        .json("{\"ip_route\": {\"gateway\": \"10.1.1.254\", \"source_block_id\": \"elsewhere\"}}").send();

    assertEquals(200, reply.status());
    Map<String, Object> updated = reply.object("ip_route");
    assertEquals("192.168.0.0", updated.get("destination"));
    assertEquals("255.255.255.0", updated.get("netmask"));
    assertEquals("10.1.1.254", updated.get("gateway"));
    assertEquals(route.get("created_at"), updated.get("created_at"));
    assertEquals(reply.json(), melange.get(path).token(Tokens.of(tenant)).send().json());
  }

  @Test
  void case_127_a_deleted_route_answers_an_empty_200_and_is_gone() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    String path = routesOf(tenant, block) + "/" + createRoute(tenant, block, "192.168.0.0").get("id");

    Reply deleted = melange.delete(path + ".json").token(Tokens.of(tenant)).send();

    assertEquals(200, deleted.status());
    assertEquals("", deleted.body());
    assertEquals("application/json", deleted.contentType());
    assertEquals(404, melange.get(path).token(Tokens.of(tenant)).send().status());
  }

  @Test
  void case_125_routes_in_xml_and_an_empty_list_as_an_empty_element() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    String empty = melange.get(routesOf(tenant, block) + ".xml").token(Tokens.of(tenant)).send().body();
    createRoute(tenant, block, "192.168.0.0");
    melange.post(routesOf(tenant, block) + ".xml").token(Tokens.of(tenant))
        .xml("<ip_route><destination>172.16.0.0</destination><gateway>10.1.1.1</gateway></ip_route>").send();

    Reply reply = melange.get(routesOf(tenant, block) + ".xml").token(Tokens.of(tenant)).send();

    assertEquals("<ip_routes/>\n", empty);
    assertEquals("application/xml", reply.contentType());
    assertTrue(reply.body().startsWith("<ip_routes>\n    <ip_route>\n"), reply.body());
    assertTrue(reply.body().contains("<netmask>None</netmask>"), reply.body());
    assertTrue(reply.body().matches("(?s).*<created_at>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</created_at>.*"));
  }

  @Test
  void a_block_s_routes_go_with_the_block() {
    String tenant = fresh("tenant");
    Object block = block(tenant);
    Object route = createRoute(tenant, block, "192.168.0.0").get("id");

    melange.delete(blocksOf(tenant) + "/" + block).token(Tokens.of(tenant)).send();

    Reply reply = melange.get(routesOf(tenant, block) + "/" + route).token(Tokens.of(tenant)).send();
    assertEquals(404, reply.status());
    assertEquals("IpBlock Not Found", reply.faultDetail());
  }

  /** Nova Essex reads a block's routes with {@code GET .../ip_routes.json} and no token-less quirks (§15 case 124.5). */
  @Test
  void nova_reads_ip_routes_json() {
    String tenant = fresh("P");
    Object block = createBlock(tenant, """
        "cidr": "10.0.0.0/24", "network_id": "%s", "type": "private", "gateway": null, "dns1": null, "dns2": null"""
        .formatted(fresh("N"))).get("id");
    createRoute(tenant, block, "192.168.0.0");

    Reply reply = melange.get(routesOf(tenant, block) + ".json").token(Tokens.of(tenant))
        .header("Content-type", "application/json").send();

    assertEquals(200, reply.status());
    assertEquals("192.168.0.0", reply.list("ip_routes").getFirst().get("destination"));
  }

  /**
   * python-melangeclient 0.2.2's route calls (real-clients.md §3, steps 19–22): create with the
   * optional netmask, list, show, delete; trailing {@code ?}, a JSON Content-Type on every request.
   */
  @Test
  void python_melangeclient_creates_lists_shows_and_deletes_a_route() {
    String tenant = fresh("acc-tenant");
    String token = Tokens.of(tenant);
    Object block = createBlock(tenant, "\"network_id\": \"" + fresh("acc-net") + "\", \"cidr\": \"10.20.0.0/24\","
        + " \"type\": \"private\", \"gateway\": null, \"policy_id\": null").get("id");
    String routes = routesOf(tenant, block);

    Reply created = melange.post(routes + "?").token(token).json(
        "{\"ip_route\": {\"netmask\": \"255.255.255.0\", \"destination\": \"192.168.0.0\", \"gateway\": \"10.20.0.1\"}}")
        .send();
    String id = (String) created.object("ip_route").get("id");
    Reply listed = melange.get(routes + "?").token(token).json("").send();
    Reply shown = melange.get(routes + "/" + id + "?").token(token).json("").send();
    Reply deleted = melange.delete(routes + "/" + id + "?").token(token).json("").send();

    assertEquals(201, created.status());
    assertEquals(List.of(id), listed.list("ip_routes").stream().map(route -> route.get("id")).toList());
    assertEquals("10.20.0.1", shown.object("ip_route").get("gateway"));
    assertEquals(200, deleted.status());
    assertEquals(List.of(), melange.get(routes + "?").token(token).send().list("ip_routes"));
  }
}
