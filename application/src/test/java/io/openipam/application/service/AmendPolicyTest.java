package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AmendPolicy.Amendment;
import io.openipam.application.port.in.DefinePolicy.NewPolicy;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmendPolicyTest {

  private final Ipam ipam = new Ipam();

  private Policy edge() {
    return ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "edge", "keep the edges", null, List.of(7)));
  }

  @Test
  void renames_and_redescribes_a_policy_keeping_its_rules_and_creation_time() {
    Policy policy = edge();
    ipam.clock.advance(Duration.ofMinutes(1));

    Policy amended = ipam.amendPolicy.amend(ALICE, policy.id(), new Amendment("core", "the core"));

    assertEquals("core", amended.name());
    assertEquals("the core", amended.description());
    assertEquals(policy.octets(), amended.octets());
    assertEquals(Ipam.T0, amended.createdAt());
    assertEquals(Ipam.T0.plus(Duration.ofMinutes(1)), amended.updatedAt());
    assertEquals(amended, ipam.definePolicy.get(ALICE, policy.id()));
  }

  @Test
  void a_field_not_given_stays_as_it_is() {
    Policy policy = edge();

    Policy amended = ipam.amendPolicy.amend(ALICE, policy.id(), new Amendment(null, "other"));

    assertEquals("edge", amended.name());
    assertEquals("other", amended.description());
  }

  @Test
  void another_tenants_policy_is_not_found_and_stays_as_it_is() {
    Policy policy = edge();

    NotFound notFound = assertThrows(NotFound.class,
        () -> ipam.amendPolicy.amend(BOB, policy.id(), new Amendment("mine", null)));

    assertEquals(NotFound.Kind.POLICY, notFound.kind());
    assertEquals(policy, ipam.definePolicy.get(ALICE, policy.id()));
  }

  @Test
  void refuses_a_name_longer_than_255_characters() {
    assertThrows(Invalid.class, () -> new Amendment("n".repeat(256), null));
  }
}
