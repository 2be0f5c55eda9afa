package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec §6: errors the framework answers on {@code /v2} (no route, wrong verb) come in Exoscale's
 * {@code {"message": ...}} too, and bodies that are no JSON object are a 400 or 415 that changes
 * nothing. Never a 5xx.
 */
@MicronautTest
class ErrorsContractTest extends ContractTest {

  @Test
  void an_unknown_route_under_v2_is_404_in_exoscales_shape() {
    String org = fresh("acme");

    assertError(404, "Not found", exo.get("/v2/elastic-ips").as(org).send());
    assertError(404, "Not found", exo.get("/v2/nothing/here").send());
  }

  @Test
  void a_wrong_verb_is_405_in_exoscales_shape() {
    String org = fresh("acme");

    assertError(405, "Method not allowed", exo.post("/v2/zone").as(org).json("{}").send());
    assertError(405, "Method not allowed", exo.delete("/v2/elastic-ip").as(org).send());
  }

  @Test
  void a_body_that_is_no_json_object_is_400_and_another_media_type_415() {
    String org = fresh("acme");

    assertError(400, "Invalid request: the body is not valid JSON", exo.post("/v2/elastic-ip").as(org).json("{").send());
    assertError(400, "Invalid request: the body must be a JSON object",
        exo.post("/v2/elastic-ip").as(org).json("[]").send());
    assertError(400, "Invalid request: a JSON body is required", exo.post("/v2/elastic-ip").as(org).send());
    assertError(400, "Invalid value at 'description': should be a string",
        exo.post("/v2/elastic-ip").as(org).json("{\"description\":42}").send());
    assertError(415, "Unsupported content type text/plain: send application/json",
        exo.post("/v2/elastic-ip").as(org).contentType("text/plain").json("{}").send());

    Reply list = exo.get("/v2/elastic-ip").as(org).send();
    assertEquals(List.of(), list.object().get("elastic-ips"));
  }

  /** What {@link MalformedRequestsTest} found accepted, each now a 400 that leaves nothing behind. */
  @Test
  void text_after_the_object_lone_surrogates_odd_domain_names_and_a_double_encoded_colon_are_400() {
    String org = fresh("acme");
    String id = create(org, "{}");

    assertError(400, "Invalid request: the body is not valid JSON (text after the object)",
        exo.post("/v2/elastic-ip").as(org).json("{\"description\":\"x\"} trailing").send());
    assertError(400, "Invalid request: the body is not valid JSON (text after the object)",
        exo.put("/v2/elastic-ip/" + id).as(org).json("{}{}").send());
    assertError(400, "Invalid request: the body holds a lone UTF-16 surrogate (\\uD800-\\uDFFF)",
        exo.post("/v2/elastic-ip").as(org).json("{\"labels\":{\"k\":\"\\ud800\"}}").send());
    assertError(400, "Invalid value at 'domain-name': a domain name has no spaces or control characters",
        exo.post("/v2/reverse-dns/elastic-ip/" + id).as(org).json("{\"domain-name\":\"a b.example\"}").send());
    assertError(400, "Invalid value at 'id': should be a UUID",
        exo.put("/v2/elastic-ip/" + id + "%253Aattach").as(org)
            .json("{\"instance\":{\"id\":\"5a8c6d0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f\"}}").send());
    assertError(400, "Invalid value at 'labels': label key 'a ' ends with a space",
        exo.put("/v2/elastic-ip/" + id).as(org).json("{\"labels\":{\"a\":\"1\",\"a \":\"2\"}}").send());

    Reply list = exo.get("/v2/elastic-ip").as(org).send();
    assertEquals(1, ((List<?>) list.object().get("elastic-ips")).size(), list.toString());
    assertEquals(404, exo.get("/v2/reverse-dns/elastic-ip/" + id).as(org).send().status());
    assertEquals(null, get(org, id).get("labels"));
  }

  @Test
  void a_body_beyond_the_servers_limit_is_413_in_exoscales_shape() {
    String org = fresh("acme");
    String huge = "{\"description\":\"" + "x".repeat(70_000) + "\"}";

    assertError(413, "Request body too large", exo.post("/v2/elastic-ip").as(org).json(huge).send());
  }
}
