package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract cases 15–19 and 26 of spec §10 on attach and detach. There is no instance resource
 * here ([I]): any instance UUID can be attached. The first instance is the core's attachment,
 * which other facades read (checked through the core's own use case); further ones are the
 * core's additional device bindings, seen from the instance side.
 */
@MicronautTest
class AttachContractTest extends ContractTest {

  private static final String VM1 = "5a8c6d0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f";
  private static final String VM2 = "6b9d7e1f-2c3a-4d4e-9f0a-1b2c3d4e5f60";

  @Inject
  FindAllocations findAllocations;

  private static String instance(String id) {
    return "{\"instance\":{\"id\":\"" + id + "\"}}";
  }

  private List<?> elasticIpsOf(String org, String vm) {
    Reply reply = exo.get("/v2/instance/" + vm).as(org).send();
    assertEquals(200, reply.status(), reply.toString());
    return (List<?>) reply.object().get("elastic-ips");
  }

  private List<?> instancesHolding(String org, String eip) {
    Reply reply = exo.get("/v2/instance?ip-address=" + get(org, eip).get("ip")).as(org).send();
    assertEquals(200, reply.status(), reply.toString());
    return ((List<?>) reply.object().get("instances")).stream().map(item -> ((Map<?, ?>) item).get("id")).toList();
  }

  private String attachedDevice(String org, String id) {
    var attachment = findAllocations.get(Principal.tenant(org), new AllocationId(id)).attachment();
    return attachment == null ? null : attachment.deviceId();
  }

  @Test
  void case_15_and_19_attach_then_detach_and_detach_again_is_404_then_delete_succeeds() {
    String org = fresh("acme");
    String id = create(org, "{}");

    accepted(exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json(instance(VM1)).send(), org);
    assertEquals(VM1, attachedDevice(org, id));
    accepted(exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json(instance(VM1)).send(), org);
    accepted(exo.put("/v2/elastic-ip/" + id + ":detach").as(org).json(instance(VM1)).send(), org);
    assertEquals(null, attachedDevice(org, id));

    assertError(404, "Instance " + VM1 + " is not attached to Elastic IP " + id,
        exo.put("/v2/elastic-ip/" + id + ":detach").as(org).json(instance(VM1)).send());
    accepted(exo.delete("/v2/elastic-ip/" + id).as(org).send(), org);
    assertError(404, "Elastic IP " + id + " not found", exo.get("/v2/elastic-ip/" + id).as(org).send());
  }

  @Test
  void case_16_one_elastic_ip_on_two_instances_and_two_elastic_ips_on_one_instance_are_all_visible() {
    String org = fresh("acme");
    String first = create(org, "{}");
    String second = create(org, "{}");

    accepted(exo.put("/v2/elastic-ip/" + first + ":attach").as(org).json(instance(VM1)).send(), org);
    accepted(exo.put("/v2/elastic-ip/" + second + ":attach").as(org).json(instance(VM1)).send(), org);
    accepted(exo.put("/v2/elastic-ip/" + first + ":attach").as(org).json(instance(VM2)).send(), org);

    assertEquals(List.of(Map.of("id", first), Map.of("id", second)), elasticIpsOf(org, VM1));
    assertEquals(List.of(Map.of("id", first)), elasticIpsOf(org, VM2));
    assertEquals(List.of(VM1, VM2), instancesHolding(org, first));
    // the first instance stays the core's attachment, which the other dialects read
    assertEquals(VM1, attachedDevice(org, first));
    assertEquals(VM1, attachedDevice(org, second));
  }

  @Test
  void case_16_19_detaching_one_of_two_instances_keeps_the_other_and_delete_waits_for_the_last() {
    String org = fresh("acme");
    String id = create(org, "{}");
    accepted(exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json(instance(VM1)).send(), org);
    accepted(exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json(instance(VM2)).send(), org);

    accepted(exo.put("/v2/elastic-ip/" + id + ":detach").as(org).json(instance(VM1)).send(), org);
    assertError(404, "Instance " + VM1 + " is not attached to Elastic IP " + id,
        exo.put("/v2/elastic-ip/" + id + ":detach").as(org).json(instance(VM1)).send());
    assertEquals(List.of(VM2), instancesHolding(org, id));
    assertEquals(VM2, attachedDevice(org, id));
    assertError(400, "Allocated IP address can't be deleted", exo.delete("/v2/elastic-ip/" + id).as(org).send());

    accepted(exo.put("/v2/elastic-ip/" + id + ":detach").as(org).json(instance(VM2)).send(), org);
    assertEquals(List.of(), instancesHolding(org, id));
    accepted(exo.delete("/v2/elastic-ip/" + id).as(org).send(), org);
  }

  @Test
  void case_17_attach_needs_an_instance_with_a_uuid_and_an_elastic_ip_of_this_organization() {
    String org = fresh("acme");
    String id = create(org, "{}");

    assertError(400, "Invalid request: a JSON body is required", exo.put("/v2/elastic-ip/" + id + ":attach").as(org).send());
    assertError(400, "Invalid request: missing 'instance'",
        exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json("{}").send());
    assertError(400, "Invalid request: missing 'instance.id'",
        exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json("{\"instance\":{}}").send());
    assertError(400, "Invalid value at 'instance.id': should be a UUID",
        exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json(instance("vm-1")).send());
    assertError(400, "Invalid value at 'instance': should be an object",
        exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json("{\"instance\":\"" + VM1 + "\"}").send());
    assertError(404, "Elastic IP " + id + " not found",
        exo.put("/v2/elastic-ip/" + id + ":attach").as(fresh("globex")).json(instance(VM1)).send());
    assertError(404, "Not found", exo.put("/v2/elastic-ip/" + id + ":move").as(org).json(instance(VM1)).send());
    assertEquals(null, attachedDevice(org, id));
  }

  @Test
  void case_18_deleting_an_attached_elastic_ip_is_refused_with_exoscales_message_and_it_stays() {
    String org = fresh("acme");
    String id = create(org, "{}");
    accepted(exo.put("/v2/elastic-ip/" + id + ":attach").as(org).json(instance(VM1)).send(), org);

    assertError(400, "Allocated IP address can't be deleted", exo.delete("/v2/elastic-ip/" + id).as(org).send());

    assertEquals(200, exo.get("/v2/elastic-ip/" + id).as(org).send().status());
    assertEquals(VM1, attachedDevice(org, id));
  }

  @Test
  void case_26_the_action_is_never_read_as_part_of_the_id_and_an_escaped_colon_routes_the_same() {
    String org = fresh("acme");
    String id = create(org, "{\"description\":\"unchanged\"}");

    accepted(exo.put("/v2/elastic-ip/" + id + "%3Aattach").as(org).json(instance(VM1)).send(), org);
    assertEquals(VM1, attachedDevice(org, id));
    accepted(exo.put("/v2/elastic-ip/" + id + "%3adetach").as(org).json(instance(VM1)).send(), org);

    assertEquals(null, attachedDevice(org, id));
    assertEquals("unchanged", get(org, id).get("description"));
    Reply list = exo.get("/v2/elastic-ip").as(org).send();
    assertTrue(list.body().contains(id));
    assertEquals(1, ((List<?>) list.object().get("elastic-ips")).size());
  }
}
