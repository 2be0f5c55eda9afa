package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import io.openipam.adapters.exoscale.support.Keys;
import io.openipam.adapters.exoscale.support.Signer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract cases 2 and 25 of spec §10, over HTTP: every signer variant passes, anything tampered,
 * expired, future-dated or unsigned is 403 {@code {"message":"Invalid request signature"}} and
 * changes nothing.
 */
@MicronautTest
class AuthenticationContractTest extends ContractTest {

  private static final String INVALID = "Invalid request signature";

  private long now() {
    return Instant.now().getEpochSecond();
  }

  @Test
  void a_java_sdk_style_request_signed_with_expires_now_and_an_unsigned_query_is_accepted() {
    String org = fresh("acme");

    Reply reply = exo.get("/v2/elastic-ip?ip-address=192.0.2.1").as(org).expires(now()).queryUnsigned().send();

    assertEquals(200, reply.status(), reply.toString());
    assertEquals(Map.of("elastic-ips", List.of()), reply.object());
  }

  @Test
  void a_go_style_request_with_signed_query_arguments_is_accepted_and_a_changed_query_value_is_not() {
    String org = fresh("acme");
    String key = Keys.of(org);
    long expires = now() + 600;
    String signedForA1 = Signer.authorization(key, Keys.secretOf(key), "GET", "/v2/elastic-ip", "", List.of("a"), "1",
        expires);

    assertEquals(200, exo.get("/v2/elastic-ip?a=1&b=x+y&c=%3A").as(org).send().status());
    assertEquals(200, exo.get("/v2/elastic-ip?a=1").authorization(signedForA1).send().status());
    assertError(403, INVALID, exo.get("/v2/elastic-ip?a=2").authorization(signedForA1).send());
    assertError(403, INVALID, exo.get("/v2/elastic-ip?a=1&a=1").authorization(signedForA1).send());
  }

  @Test
  void an_expired_a_future_dated_or_an_unsigned_request_is_403() {
    String org = fresh("acme");

    assertError(403, INVALID, exo.get("/v2/elastic-ip").as(org).expires(now() - 3600).send());
    assertError(403, INVALID, exo.get("/v2/elastic-ip").as(org).expires(now() - 301).send());
    assertError(403, INVALID, exo.get("/v2/elastic-ip").as(org).expires(now() + 3700).send());
    assertError(403, INVALID, exo.get("/v2/elastic-ip").send());
    assertError(403, INVALID, exo.get("/v2/operation/0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d").send());
    assertError(403, INVALID, exo.get("/v2/elastic-ip").authorization("EXO2-HMAC-SHA256 credential=" + Keys.of(org)).send());
    assertError(403, INVALID, exo.get("/v2/elastic-ip").authorization("Bearer " + Keys.secretOf(Keys.of(org))).send());
  }

  @Test
  void a_tampered_method_path_or_body_is_403_and_changes_nothing() {
    String org = fresh("acme");
    String id = create(org, "{\"description\":\"kept\"}");

    assertError(403, INVALID, exo.delete("/v2/elastic-ip/" + id).as(org).signedFor("GET", "/v2/elastic-ip/" + id, "")
        .send());
    assertError(403, INVALID, exo.put("/v2/elastic-ip/" + id).as(org).json("{\"description\":\"evil\"}")
        .signedFor("PUT", "/v2/elastic-ip/" + id, "{\"description\":\"fine\"}").send());
    assertError(403, INVALID, exo.get("/v2/elastic-ip/" + id).as(org)
        .signedFor("GET", "/elastic-ip/" + id, "").send());
    assertError(403, INVALID, exo.post("/v2/elastic-ip").as(org).json("{}").signedFor("POST", "/v2/elastic-ip", "{ }")
        .send());

    assertEquals("kept", get(org, id).get("description"));
    assertEquals(1, ((List<?>) exo.get("/v2/elastic-ip").as(org).send().object().get("elastic-ips")).size());
  }

  @Test
  void an_unknown_key_is_403() {
    String signed = Signer.authorization("EXOunknown", "whatever", "GET", "/v2/elastic-ip", "", List.of(), "",
        now() + 600);

    assertError(403, INVALID, exo.get("/v2/elastic-ip").authorization(signed).send());
  }

  @Test
  void case_25_a_replayed_identical_signed_request_is_accepted_as_go_clients_retry() {
    String org = fresh("acme");
    long expires = now() + 600;

    Reply first = exo.post("/v2/elastic-ip").as(org).expires(expires).json("{}").send();
    Reply replay = exo.post("/v2/elastic-ip").as(org).expires(expires).json("{}").send();

    assertEquals(200, first.status());
    assertEquals(200, replay.status());
    assertEquals(2, ((List<?>) exo.get("/v2/elastic-ip").as(org).send().object().get("elastic-ips")).size());
  }

  @Test
  void the_zone_list_needs_no_signature() {
    Reply zones = exo.get("/v2/zone").send();

    assertEquals(200, zones.status(), zones.toString());
    assertJson(zones);
  }
}
