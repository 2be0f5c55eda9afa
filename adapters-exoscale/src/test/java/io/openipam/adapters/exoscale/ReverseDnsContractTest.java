package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract case 21 of spec §10: the reverse DNS of an Elastic IP. */
@MicronautTest
class ReverseDnsContractTest extends ContractTest {

  @Test
  void case_21_no_record_is_404_a_post_sets_it_and_a_delete_clears_it() {
    String org = fresh("acme");
    String id = create(org, "{}");
    String path = "/v2/reverse-dns/elastic-ip/" + id;

    assertError(404, "No reverse DNS record for Elastic IP " + id, exo.get(path).as(org).send());
    accepted(exo.post(path).as(org).json("{\"domain-name\":\"example.net.\"}").send(), org);
    assertEquals(Map.of("domain-name", "example.net."), exo.get(path).as(org).send().object());
    accepted(exo.delete(path).as(org).send(), org);
    assertError(404, "No reverse DNS record for Elastic IP " + id, exo.get(path).as(org).send());
  }

  @Test
  void a_domain_name_is_required_with_1_to_253_characters_on_an_elastic_ip_of_the_caller() {
    String org = fresh("acme");
    String id = create(org, "{}");
    String path = "/v2/reverse-dns/elastic-ip/" + id;

    assertError(400, "Invalid request: missing 'domain-name'", exo.post(path).as(org).json("{}").send());
    assertError(400, "Invalid value at 'domain-name': should be 1 to 253 characters",
        exo.post(path).as(org).json("{\"domain-name\":\"" + "a".repeat(254) + "\"}").send());
    assertError(400, "Invalid value at 'domain-name': should be a string",
        exo.post(path).as(org).json("{\"domain-name\":7}").send());
    assertError(404, "Elastic IP " + id + " not found",
        exo.post(path).as(fresh("globex")).json("{\"domain-name\":\"evil.example\"}").send());
    assertError(405, "Method not allowed", exo.put(path).as(org).json("{\"domain-name\":\"example.net\"}").send());
    assertError(404, "No reverse DNS record for Elastic IP " + id, exo.get(path).as(org).send());
  }
}
