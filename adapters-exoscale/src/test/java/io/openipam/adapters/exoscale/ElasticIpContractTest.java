package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract cases of spec §10 on create, get, list, update, reset and delete. */
@MicronautTest
class ElasticIpContractTest extends ContractTest {

  @Test
  void case_3_create_manual_inet4_answers_a_pending_operation_that_references_the_new_elastic_ip() {
    String org = fresh("acme");

    Reply reply = exo.post("/v2/elastic-ip").as(org).json("{}").send();

    assertEquals(200, reply.status(), reply.toString());
    assertJson(reply);
    Map<String, Object> operation = reply.object();
    assertEquals(Set.of("id", "state", "reference"), operation.keySet());
    assertTrue(((String) operation.get("id")).matches(UUID_PATTERN));
    assertEquals("pending", operation.get("state"));
    @SuppressWarnings("unchecked")
    Map<String, Object> reference = (Map<String, Object>) operation.get("reference");
    String id = (String) reference.get("id");
    assertEquals(Map.of("id", id, "link", "/v2/elastic-ip/" + id, "command", "get-elastic-ip"), reference);

    Reply polled = exo.get("/v2/operation/" + operation.get("id")).as(org).send();
    assertEquals(200, polled.status());
    assertEquals(Map.of("id", operation.get("id"), "state", "success", "reference", reference), polled.object());

    Map<String, Object> eip = get(org, id);
    assertEquals(Set.of("id", "ip", "addressfamily", "cidr"), eip.keySet());
    assertEquals("inet4", eip.get("addressfamily"));
    assertEquals(eip.get("ip") + "/32", eip.get("cidr"));
    assertTrue(((String) eip.get("ip")).startsWith("192.0.2."), eip.toString());
  }

  @Test
  void case_4_create_inet6_is_a_96_whose_ip_is_the_network_plus_one_in_rfc_5952_text() {
    String org = fresh("acme");

    Map<String, Object> first = get(org, create(org, "{\"addressfamily\":\"inet6\",\"description\":\"v6 prefix\"}"));
    Map<String, Object> second = get(org, create(org, "{\"addressfamily\":\"inet6\"}"));

    // the only inet6 Elastic IPs of this test class: the first /96s of 2001:db8:2::/48
    assertEquals("inet6", first.get("addressfamily"));
    assertEquals("2001:db8:2::/96", first.get("cidr"));
    assertEquals("2001:db8:2::1", first.get("ip"));
    assertEquals("v6 prefix", first.get("description"));
    assertEquals("2001:db8:2::1:0:0/96", second.get("cidr"));
    assertEquals("2001:db8:2::1:0:1", second.get("ip"));
  }

  @Test
  void case_5_an_unknown_address_family_is_a_synchronous_400_in_exoscale_wording() {
    String org = fresh("acme");

    assertError(400, "Invalid value `:inetv6` at 'addressfamily' (description: `Elastic IP address family`):"
        + " should be one of :inet4, :inet6", exo.post("/v2/elastic-ip").as(org).json("{\"addressfamily\":\"inetv6\"}").send());
    assertEquals(List.of(), exo.get("/v2/elastic-ip").as(org).send().object().get("elastic-ips"));
  }

  @Test
  void case_6_a_managed_elastic_ip_created_with_mode_and_port_reads_back_the_api_defaults() {
    String org = fresh("acme");

    Map<String, Object> eip = get(org, create(org, "{\"healthcheck\":{\"mode\":\"tcp\",\"port\":80}}"));

    assertEquals(Map.of("mode", "tcp", "port", 80, "interval", 10, "timeout", 2, "strikes-ok", 2, "strikes-fail", 3,
        "tls-skip-verify", false), eip.get("healthcheck"));
  }

  @Test
  void case_7_every_health_check_range_and_enum_is_checked_before_anything_is_allocated() {
    String org = fresh("acme");
    String[] broken = {
        "\"mode\":\"tcp\",\"port\":0", "\"mode\":\"tcp\",\"port\":65536",
        "\"mode\":\"tcp\",\"port\":80,\"interval\":4", "\"mode\":\"tcp\",\"port\":80,\"interval\":301",
        "\"mode\":\"tcp\",\"port\":80,\"timeout\":1", "\"mode\":\"tcp\",\"port\":80,\"timeout\":61",
        "\"mode\":\"tcp\",\"port\":80,\"strikes-ok\":0", "\"mode\":\"tcp\",\"port\":80,\"strikes-ok\":21",
        "\"mode\":\"tcp\",\"port\":80,\"strikes-fail\":0", "\"mode\":\"tcp\",\"port\":80,\"strikes-fail\":21",
        "\"mode\":\"http\",\"port\":80,\"uri\":\"/" + "a".repeat(255) + "\"",
        "\"mode\":\"http\",\"port\":80",
        "\"mode\":\"tcp\"",
        "\"port\":80",
        "\"mode\":\"tcp\",\"port\":\"80\"",
        "\"mode\":\"tcp\",\"port\":80.5",
    };
    for (String check : broken) {
      Reply reply = exo.post("/v2/elastic-ip").as(org).json("{\"healthcheck\":{" + check + "}}").send();
      assertEquals(400, reply.status(), check + " -> " + reply);
      assertJson(reply);
      assertTrue(reply.string("message").contains("healthcheck"), check + " -> " + reply);
    }
    assertError(400, "Invalid value `:udp` at 'healthcheck.mode' (description: `Health check mode`):"
        + " should be one of :tcp, :http, :https",
        exo.post("/v2/elastic-ip").as(org).json("{\"healthcheck\":{\"mode\":\"udp\",\"port\":53}}").send());
    assertEquals(List.of(), exo.get("/v2/elastic-ip").as(org).send().object().get("elastic-ips"));
  }

  @Test
  void case_8_the_cli_defaults_are_stored_as_sent() {
    String org = fresh("acme");
    // exo compute elastic-ip create --healthcheck-mode https --healthcheck-port 443 --healthcheck-uri /h
    String body = "{\"healthcheck\":{\"interval\":10,\"mode\":\"https\",\"port\":443,\"strikes-fail\":2,"
        + "\"strikes-ok\":3,\"timeout\":3,\"tls-skip-verify\":false,\"uri\":\"/h\"}}";

    Map<String, Object> eip = get(org, create(org, body));

    assertEquals(Map.of("mode", "https", "port", 443, "uri", "/h", "interval", 10, "timeout", 3, "strikes-ok", 3,
        "strikes-fail", 2, "tls-skip-verify", false), eip.get("healthcheck"));
  }

  @Test
  void case_9_the_list_holds_every_elastic_ip_of_the_organization_complete_and_ignores_unknown_parameters() {
    String org = fresh("acme");
    assertEquals(Map.of("elastic-ips", List.of()), exo.get("/v2/elastic-ip").as(org).send().object());
    String manual = create(org, "{\"description\":\"web\",\"labels\":{\"env\":\"prod\"}}");
    String managed = create(org, "{\"healthcheck\":{\"mode\":\"tcp\",\"port\":22}}");
    create(fresh("globex"), "{}");

    Reply list = exo.get("/v2/elastic-ip?foo=bar").as(org).send();

    assertEquals(200, list.status(), list.toString());
    assertJson(list);
    assertEquals(Map.of("elastic-ips", List.of(get(org, manual), get(org, managed))), list.object());
    assertEquals(Map.of("env", "prod"), get(org, manual).get("labels"));
  }

  @Test
  void case_10_an_unknown_id_is_404_and_a_malformed_one_400() {
    String org = fresh("acme");

    assertError(404, "Elastic IP 0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d not found",
        exo.get("/v2/elastic-ip/0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d").as(org).send());
    assertError(400, "Invalid value at 'id': should be a UUID", exo.get("/v2/elastic-ip/not-a-uuid").as(org).send());
  }

  @Test
  void another_organization_sees_nothing_of_an_elastic_ip_and_cannot_touch_it() {
    String org = fresh("acme");
    String other = fresh("globex");
    String id = create(org, "{}");

    assertError(404, "Elastic IP " + id + " not found", exo.get("/v2/elastic-ip/" + id).as(other).send());
    assertError(404, "Elastic IP " + id + " not found", exo.delete("/v2/elastic-ip/" + id).as(other).send());
    assertError(404, "Elastic IP " + id + " not found",
        exo.put("/v2/elastic-ip/" + id).as(other).json("{\"description\":\"mine\"}").send());
    assertEquals(List.of(), exo.get("/v2/elastic-ip").as(other).send().object().get("elastic-ips"));
    assertFalse(get(org, id).containsKey("description"));
  }

  @Test
  void case_11_description_is_updated_then_reset_and_only_description_can_be_reset() {
    String org = fresh("acme");
    String id = create(org, "{\"description\":\"first\"}");

    accepted(exo.put("/v2/elastic-ip/" + id).as(org).json("{\"description\":\"second\"}").send(), org);
    assertEquals("second", get(org, id).get("description"));
    accepted(exo.delete("/v2/elastic-ip/" + id + "/description").as(org).send(), org);
    assertFalse(get(org, id).containsKey("description"));

    assertError(400, "Invalid value `:labels` at 'field' (description: `Field to reset`): should be one of :description",
        exo.delete("/v2/elastic-ip/" + id + "/labels").as(org).send());
    assertError(400, "Invalid value at 'description': should be at most 255 characters",
        exo.put("/v2/elastic-ip/" + id).as(org).json("{\"description\":\"" + "d".repeat(256) + "\"}").send());
  }

  @Test
  void case_12_labels_are_replaced_as_a_whole_cleared_by_an_empty_map_and_kept_when_absent() {
    String org = fresh("acme");
    String id = create(org, "{\"labels\":{\"a\":\"1\"}}");

    accepted(exo.put("/v2/elastic-ip/" + id).as(org).json("{\"labels\":{\"b\":\"2\"}}").send(), org);
    assertEquals(Map.of("b", "2"), get(org, id).get("labels"));
    accepted(exo.put("/v2/elastic-ip/" + id).as(org).json("{\"description\":\"kept labels\"}").send(), org);
    assertEquals(Map.of("b", "2"), get(org, id).get("labels"));
    accepted(exo.put("/v2/elastic-ip/" + id).as(org).json("{\"labels\":{}}").send(), org);
    assertFalse(get(org, id).containsKey("labels"));

    assertError(400, "Invalid value at 'labels': values should be strings",
        exo.put("/v2/elastic-ip/" + id).as(org).json("{\"labels\":{\"n\":1}}").send());
  }

  @Test
  void case_13_a_managed_health_check_accepts_its_identical_self_and_reflects_a_new_port() {
    String org = fresh("acme");
    String check = "{\"mode\":\"http\",\"port\":80,\"uri\":\"/status\",\"interval\":10,\"timeout\":3,"
        + "\"strikes-ok\":3,\"strikes-fail\":2}";
    String id = create(org, "{\"healthcheck\":" + check + "}");
    Object before = get(org, id).get("healthcheck");

    accepted(exo.put("/v2/elastic-ip/" + id).as(org).json("{\"healthcheck\":" + check + ",\"labels\":{\"x\":\"y\"}}")
        .send(), org);
    assertEquals(before, get(org, id).get("healthcheck"));
    accepted(exo.put("/v2/elastic-ip/" + id).as(org).json("{\"healthcheck\":" + check.replace("80", "8080") + "}")
        .send(), org);

    @SuppressWarnings("unchecked")
    Map<String, Object> after = (Map<String, Object>) get(org, id).get("healthcheck");
    assertEquals(8080, after.get("port"));
  }

  @Test
  void case_14_a_health_check_cannot_be_added_to_a_manual_elastic_ip() {
    String org = fresh("acme");
    String id = create(org, "{}");

    assertError(400, "A healthcheck can not be added to an unmanaged Elastic IP",
        exo.put("/v2/elastic-ip/" + id).as(org).json("{\"healthcheck\":{\"mode\":\"tcp\",\"port\":22}}").send());
    assertFalse(get(org, id).containsKey("healthcheck"));
  }

  @Test
  void case_19_a_deleted_elastic_ip_is_gone_from_get_and_list_and_its_operation_stays_readable() {
    String org = fresh("acme");
    String id = create(org, "{}");

    Map<String, Object> operation = accepted(exo.delete("/v2/elastic-ip/" + id).as(org).send(), org);

    assertError(404, "Elastic IP " + id + " not found", exo.get("/v2/elastic-ip/" + id).as(org).send());
    assertEquals(List.of(), exo.get("/v2/elastic-ip").as(org).send().object().get("elastic-ips"));
    assertError(404, "Elastic IP " + id + " not found", exo.delete("/v2/elastic-ip/" + id).as(org).send());
    assertEquals(200, exo.get("/v2/operation/" + operation.get("id")).as(org).send().status());
  }

}
