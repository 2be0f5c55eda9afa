package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract cases 22, 23 and 24 of spec §10: operation polling, zones, and the response contract. */
@MicronautTest
class OperationsAndZonesContractTest extends ContractTest {

  private static final String FRANKFURT = "api-de-fra-1.example.net";

  @Test
  void case_22_an_operation_answers_right_after_the_call_stays_readable_and_an_unknown_one_is_404() {
    String org = fresh("acme");
    Reply created = exo.post("/v2/elastic-ip").as(org).json("{}").send();
    String operation = created.string("id");

    Reply first = exo.get("/v2/operation/" + operation).as(org).send();
    Reply again = exo.get("/v2/operation/" + operation).as(org).send();

    assertEquals("success", first.string("state"));
    assertEquals(first.object(), again.object());
    assertEquals(created.object().get("reference"), first.object().get("reference"));
    assertError(404, "Operation 0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d not found",
        exo.get("/v2/operation/0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d").as(org).send());
    assertError(404, "Operation " + operation + " not found", exo.get("/v2/operation/" + operation).as(fresh("globex")).send());
    assertError(400, "Invalid value at 'id': should be a UUID", exo.get("/v2/operation/42").as(org).send());
  }

  @Test
  void case_23_an_elastic_ip_lives_in_the_zone_of_the_host_it_was_created_through() {
    String org = fresh("acme");
    String inFrankfurt = create(org, "{}", FRANKFURT);
    String inGeneva = create(org, "{}");

    Reply fromGeneva = exo.get("/v2/elastic-ip/" + inFrankfurt).as(org).send();
    Reply fromFrankfurt = exo.get("/v2/elastic-ip/" + inFrankfurt).as(org).host(FRANKFURT).send();
    Reply listInFrankfurt = exo.get("/v2/elastic-ip").as(org).host(FRANKFURT).send();

    assertError(404, "Elastic IP " + inFrankfurt + " not found", fromGeneva);
    assertEquals(200, fromFrankfurt.status(), fromFrankfurt.toString());
    assertEquals("198.51.100.", fromFrankfurt.string("ip").substring(0, 11));
    assertEquals(List.of(fromFrankfurt.object()), listInFrankfurt.object().get("elastic-ips"));
    assertError(404, "Elastic IP " + inGeneva + " not found",
        exo.delete("/v2/elastic-ip/" + inGeneva).as(org).host(FRANKFURT).send());
  }

  @Test
  void an_operation_is_read_only_in_its_own_zone() {
    String org = fresh("acme");
    Reply created = exo.post("/v2/elastic-ip").as(org).host(FRANKFURT).json("{}").send();
    String operation = created.string("id");

    assertEquals(200, exo.get("/v2/operation/" + operation).as(org).host(FRANKFURT).send().status());
    assertError(404, "Operation " + operation + " not found", exo.get("/v2/operation/" + operation).as(org).send());
  }

  @Test
  void the_zone_list_points_every_zone_back_at_this_server() {
    Reply plain = exo.get("/v2/zone").send();
    Reply named = exo.get("/v2/zone").host(FRANKFURT).send();

    String self = server.getURL().toString().replaceAll("/$", "");
    assertEquals(Map.of("zones", List.of(Map.of("name", "ch-gva-2", "api-endpoint", self + "/v2"))), plain.object());
    assertEquals(Map.of("zones", List.of(
        Map.of("name", "ch-gva-2", "api-endpoint", "http://api-ch-gva-2.example.net/v2"),
        Map.of("name", "de-fra-1", "api-endpoint", "http://api-de-fra-1.example.net/v2"))), named.object());
  }

  @Test
  void a_host_naming_a_zone_not_served_here_is_refused() {
    String org = fresh("acme");

    assertError(404, "Zone at-vie-1 is not served here",
        exo.get("/v2/elastic-ip").as(org).host("api-at-vie-1.example.net").send());
    assertError(404, "Zone at-vie-1 is not served here", exo.get("/v2/zone").host("api-at-vie-1.example.net").send());
  }

  @Test
  void an_address_family_the_zone_has_no_public_pool_for_is_a_400() {
    String org = fresh("acme");

    assertError(400, "No Elastic IP of this address family can be created in this zone",
        exo.post("/v2/elastic-ip").as(org).host(FRANKFURT).json("{\"addressfamily\":\"inet6\"}").send());
    assertEquals(List.of(), exo.get("/v2/elastic-ip").as(org).host(FRANKFURT).send().object().get("elastic-ips"));
  }

  @Test
  void case_24_every_answer_is_json_and_every_success_is_200() {
    String org = fresh("acme");
    String id = create(org, "{}");
    List<Reply> replies = List.of(
        exo.get("/v2/zone").send(),
        exo.get("/v2/elastic-ip").as(org).send(),
        exo.get("/v2/elastic-ip/" + id).as(org).send(),
        exo.put("/v2/elastic-ip/" + id).as(org).json("{\"description\":\"x\"}").send(),
        exo.delete("/v2/elastic-ip/" + id + "/description").as(org).send(),
        exo.delete("/v2/elastic-ip/" + id).as(org).send());

    for (Reply reply : replies) {
      assertEquals(200, reply.status(), reply.toString());
      assertJson(reply);
    }
  }

  private String create(String org, String body, String host) {
    Reply reply = exo.post("/v2/elastic-ip").as(org).host(host).json(body).send();
    assertEquals(200, reply.status(), reply.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> reference = (Map<String, Object>) reply.object().get("reference");
    return (String) reference.get("id");
  }
}
