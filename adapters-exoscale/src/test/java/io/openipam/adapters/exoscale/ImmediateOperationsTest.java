package io.openipam.adapters.exoscale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.exoscale.support.ContractTest;
import io.openipam.adapters.exoscale.support.ExoscaleClient.Reply;
import org.junit.jupiter.api.Test;

/**
 * {@code exoscale.pending-operations: false}: mutations answer success at once, which every
 * client accepts as long as the operation stays readable (spec §4.3), and egoscale v3 then
 * skips its 3 s first poll.
 */
@MicronautTest
@Property(name = "exoscale.pending-operations", value = "false")
class ImmediateOperationsTest extends ContractTest {

  @Test
  void a_mutation_answers_success_and_its_operation_reads_the_same() {
    String org = fresh("acme");

    Reply created = exo.post("/v2/elastic-ip").as(org).json("{}").send();

    assertEquals("success", created.string("state"), created.toString());
    assertEquals(created.object(), exo.get("/v2/operation/" + created.string("id")).as(org).send().object());
  }
}
