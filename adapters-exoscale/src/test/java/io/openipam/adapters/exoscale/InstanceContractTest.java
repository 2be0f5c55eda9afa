package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract cases 15 and 20 of spec §10 from the instance side (spec §8): the only place where
 * clients see attachments. We own no instances ([I]): an instance is a UUID that Elastic IPs of
 * the caller are attached to in this zone, and any other instance UUID reads as one without any.
 */
@MicronautTest
class InstanceContractTest extends ContractTest {

  private static final String VM1 = "5a8c6d0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f";
  private static final String VM2 = "6b9d7e1f-2c3a-4d4e-9f0a-1b2c3d4e5f60";
  private static final String FRANKFURT = "api-de-fra-1.example.net";

  private static String instance(String id) {
    return "{\"instance\":{\"id\":\"" + id + "\"}}";
  }

  private void attach(String org, String eip, String vm) {
    accepted(exo.put("/v2/elastic-ip/" + eip + ":attach").as(org).json(instance(vm)).send(), org);
  }

  private Map<String, Object> instanceOf(String org, String vm) {
    Reply reply = exo.get("/v2/instance/" + vm).as(org).send();
    assertEquals(200, reply.status(), reply.toString());
    assertJson(reply);
    return reply.object();
  }

  private List<?> instancesWith(String org, String query) {
    Reply reply = exo.get("/v2/instance" + query).as(org).send();
    assertEquals(200, reply.status(), reply.toString());
    assertJson(reply);
    return (List<?>) reply.object().get("instances");
  }

  private static List<Map<String, String>> refs(String... eips) {
    return Arrays.stream(eips).map(eip -> Map.of("id", eip)).toList();
  }

  @Test
  void case_15_after_attach_the_instance_lists_the_elastic_ip_and_the_ip_address_filter_finds_the_instance() {
    String org = fresh("acme");
    String eip = create(org, "{}");
    String v6 = create(org, "{\"addressfamily\":\"inet6\"}");
    attach(org, eip, VM1);
    attach(org, v6, VM1);

    assertEquals(Map.of("id", VM1, "name", VM1, "elastic-ips", refs(eip, v6).stream()
        .sorted(Comparator.comparing(ref -> ref.get("id"))).toList()), instanceOf(org, VM1));
    assertEquals(List.of(Map.of("id", VM1, "name", VM1)), instancesWith(org, "?ip-address=" + get(org, eip).get("ip")));
    // inet6: the Elastic IP's ip (prefix + 1), matched however the address is spelled
    String v6Ip = (String) get(org, v6).get("ip");
    assertEquals(List.of(Map.of("id", VM1, "name", VM1)), instancesWith(org, "?ip-address=" + v6Ip));
    assertEquals(1, instancesWith(org, "?ip-address=" + v6Ip.toUpperCase()).size());
    // the Java SDK sends ip-address unsigned
    Reply unsigned = exo.get("/v2/instance?ip-address=" + v6Ip).as(org).expires(now()).queryUnsigned().send();
    assertEquals(200, unsigned.status(), unsigned.toString());

    accepted(exo.put("/v2/elastic-ip/" + eip + ":detach").as(org).json(instance(VM1)).send(), org);
    assertEquals(refs(v6), instanceOf(org, VM1).get("elastic-ips"));
    assertEquals(List.of(), instancesWith(org, "?ip-address=" + get(org, eip).get("ip")));
  }

  @Test
  void an_instance_uuid_without_elastic_ips_reads_as_one_with_none_not_as_gone_because_attach_accepts_any_uuid() {
    String org = fresh("acme");

    assertEquals(Map.of("id", VM2, "name", VM2, "elastic-ips", List.of()), instanceOf(org, VM2));
    assertEquals(List.of(), instancesWith(org, ""));
    assertEquals(List.of(), instancesWith(org, "?ip-address=192.0.2.77&foo=bar"));
  }

  @Test
  void instances_show_only_the_callers_elastic_ips_of_this_zone() {
    String org = fresh("acme");
    String eip = create(org, "{}");
    attach(org, eip, VM1);
    String ip = (String) get(org, eip).get("ip");

    String other = fresh("globex");
    assertEquals(List.of(), instanceOf(other, VM1).get("elastic-ips"));
    assertEquals(List.of(), instancesWith(other, "?ip-address=" + ip));
    assertEquals(List.of(), instancesWith(other, ""));

    Reply inFrankfurt = exo.get("/v2/instance/" + VM1).as(org).host(FRANKFURT).send();
    assertEquals(List.of(), inFrankfurt.object().get("elastic-ips"), inFrankfurt.toString());
    Reply listInFrankfurt = exo.get("/v2/instance?ip-address=" + ip).as(org).host(FRANKFURT).send();
    assertEquals(List.of(), listInFrankfurt.object().get("instances"), listInFrankfurt.toString());
  }

  @Test
  void bad_ids_and_addresses_are_400_and_an_unsigned_request_is_403_in_exoscales_body() {
    String org = fresh("acme");

    assertError(400, "Invalid value at 'id': should be a UUID", exo.get("/v2/instance/vm-1").as(org).send());
    Reply badIp = exo.get("/v2/instance?ip-address=300.1.2.3").as(org).send();
    assertEquals(400, badIp.status(), badIp.toString());
    assertJson(badIp);
    assertTrue(badIp.string("message").startsWith("Invalid value at 'ip-address': "), badIp.toString());
    assertError(403, "Invalid request signature", exo.get("/v2/instance/" + VM1).send());
    assertError(403, "Invalid request signature", exo.get("/v2/instance").send());
  }

  /**
   * Terraform's EIP delete (spec §3.6): list instances, GET each, detach the EIP from those whose
   * {@code elastic-ips} hold it, delete its reverse DNS (404 tolerated), delete it, wait.
   */
  @Test
  void case_20_terraform_destroy_flow_end_to_end_through_the_operation_loop() {
    String org = fresh("acme");
    String eip = create(org, "{}");
    String kept = create(org, "{}");
    attach(org, eip, VM1);
    attach(org, kept, VM2);
    accepted(exo.post("/v2/reverse-dns/elastic-ip/" + eip).as(org).json("{\"domain-name\":\"example.net\"}").send(), org);
    assertError(400, "Allocated IP address can't be deleted", exo.delete("/v2/elastic-ip/" + eip).as(org).send());

    List<String> detachedFrom = new ArrayList<>();
    for (Object listed : instancesWith(org, "")) {
      String vm = (String) ((Map<?, ?>) listed).get("id");
      if (((List<?>) instanceOf(org, vm).get("elastic-ips")).contains(Map.of("id", eip))) {
        accepted(exo.put("/v2/elastic-ip/" + eip + ":detach").as(org).json(instance(vm)).send(), org);
        detachedFrom.add(vm);
      }
    }
    assertEquals(List.of(VM1), detachedFrom);
    accepted(exo.delete("/v2/reverse-dns/elastic-ip/" + eip).as(org).send(), org);
    accepted(exo.delete("/v2/elastic-ip/" + eip).as(org).send(), org);

    assertError(404, "Elastic IP " + eip + " not found", exo.get("/v2/elastic-ip/" + eip).as(org).send());
    assertEquals(List.of(Map.of("id", VM2, "name", VM2)), instancesWith(org, ""));
    assertEquals(List.of(), instanceOf(org, VM1).get("elastic-ips"));
    assertEquals(refs(kept), instanceOf(org, VM2).get("elastic-ips"));
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }
}
