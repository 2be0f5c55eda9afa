package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.DefinePolicy.NewPolicy;
import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovePolicyTest {

  private final Ipam ipam = new Ipam();

  /** Excludes the sixth address (position 5) of a pool. */
  private Policy sixthExcluded() {
    return ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "edge", null,
        List.of(new UnusableRangeSpec(5, 1)), List.of(9)));
  }

  @Test
  void removes_the_policy_with_its_rules_and_takes_it_off_the_pools_that_used_it() {
    Policy policy = sixthExcluded();
    Pool using = ipam.add(APool.of("10.0.0.0/29").policy(policy.id()));
    Pool other = ipam.add(APool.of("10.0.1.0/29"));
    ipam.clock.advance(Duration.ofSeconds(5));

    ipam.removePolicy.remove(ALICE, policy.id());

    assertThrows(NotFound.class, () -> ipam.definePolicy.get(ALICE, policy.id()));
    Pool detached = ipam.reread(using);
    assertNull(detached.policy());
    assertEquals(Ipam.T0.plus(Duration.ofSeconds(5)), detached.updatedAt());
    assertEquals(using.version() + 1, detached.version());
    assertEquals(other, ipam.reread(other));
  }

  @Test
  void the_next_allocation_of_another_process_with_a_stale_snapshot_is_no_longer_restricted() {
    Policy policy = sixthExcluded();
    Pool pool = ipam.add(APool.of("10.0.0.0/29").policy(policy.id()));
    Ipam other = ipam.anotherProcess(FixedSettings.defaults());
    IpAddress sixth = IpAddress.parse("10.0.0.5");
    Invalid refused = assertThrows(Invalid.class,
        () -> other.allocateFromPool.allocateSpecific(ALICE, pool.id(), sixth, AllocationDetails.NONE));
    assertEquals(Invalid.Reason.ADDRESS_EXCLUDED_BY_POLICY, refused.reason());
    assertEquals(policy.id(), other.snapshots.recent(pool.id()).policy(), "the other process holds a snapshot");

    ipam.removePolicy.remove(ALICE, policy.id());

    assertEquals(sixth, other.allocateFromPool.allocateSpecific(ALICE, pool.id(), sixth, AllocationDetails.NONE)
        .address());
  }

  @Test
  void another_tenants_policy_is_not_found_and_stays() {
    Policy policy = sixthExcluded();

    NotFound notFound = assertThrows(NotFound.class, () -> ipam.removePolicy.remove(BOB, policy.id()));

    assertEquals(NotFound.Kind.POLICY, notFound.kind());
    assertEquals(policy, ipam.definePolicy.get(ALICE, policy.id()));
  }
}
