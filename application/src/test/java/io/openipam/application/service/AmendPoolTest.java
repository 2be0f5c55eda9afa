package io.openipam.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AmendPool.Amendment;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.pool.Nameservers;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmendPoolTest {

  private final Ipam ipam = new Ipam();
  private final Pool pool = ipam.add(APool.of("10.0.0.0/24").owner(Ipam.ALICE.tenant()).network("n1"));

  private Pool amend(Amendment amendment) {
    return ipam.amendPool.amend(Ipam.ALICE, pool.id(), amendment);
  }

  @Test
  void changes_gateway_name_servers_and_description_and_keeps_the_rest() {
    Pool amended = amend(new Amendment(null, null, Optional.of(IpAddress.parse("10.0.0.1")),
        new Nameservers("1.1.1.1", null), Optional.of("edge")));

    assertEquals(IpAddress.parse("10.0.0.1"), amended.gateway());
    assertEquals(new Nameservers("1.1.1.1", null), amended.nameservers());
    assertEquals("edge", amended.description());
    assertEquals(pool.network(), amended.network());
    assertEquals(pool.prefix(), amended.prefix());
    assertEquals(pool.version() + 1, amended.version());
    assertEquals(amended, ipam.findPools.get(Ipam.ALICE, pool.id()));
  }

  @Test
  void a_new_gateway_is_skipped_by_the_next_allocation_at_once() {
    amend(new Amendment(null, null, Optional.of(IpAddress.parse("10.0.0.1")), null, null));

    assertEquals("10.0.0.2", ipam.allocateFromPool.allocateNext(Ipam.ALICE, pool.id(), AllocationDetails.NONE)
        .address().toString());
  }

  @Test
  void clears_what_is_given_as_empty() {
    Pool withGateway = amend(new Amendment(null, null, Optional.of(IpAddress.parse("10.0.0.1")), null, null));

    Pool cleared = amend(new Amendment(Optional.empty(), null, Optional.empty(), null, null));

    assertEquals(IpAddress.parse("10.0.0.1"), withGateway.gateway());
    assertNull(cleared.gateway());
    assertNull(cleared.network());
  }

  @Test
  void moving_into_a_network_checks_the_placement_there() {
    ipam.add(APool.of("10.0.0.0/25").owner(Ipam.ALICE.tenant()).network("n2"));

    Invalid overlap = assertThrows(Invalid.class,
        () -> amend(new Amendment(Optional.of(new NetworkId("n2")), null, null, null, null)));

    assertEquals(Invalid.Reason.OVERLAPS_NETWORK_POOL, overlap.reason());
    assertEquals("10.0.0.0/25", overlap.subject());
    assertEquals(new NetworkId("n1"), ipam.findPools.get(Ipam.ALICE, pool.id()).network());
  }

  @Test
  void takes_only_a_policy_the_owner_may_use() {
    Policy alices = ipam.definePolicy.define(Ipam.ALICE,
        new DefinePolicy.NewPolicy(Ipam.ALICE.tenant(), "mine", null, List.of(), List.of(0)));
    Policy bobs = ipam.definePolicy.define(Ipam.BOB,
        new DefinePolicy.NewPolicy(Ipam.BOB.tenant(), "his", null, List.of(), List.of()));

    Pool withPolicy = amend(new Amendment(null, Optional.of(alices.id()), null, null, null));
    Invalid foreign = assertThrows(Invalid.class,
        () -> amend(new Amendment(null, Optional.of(bobs.id()), null, null, null)));
    Invalid unknown = assertThrows(Invalid.class,
        () -> amend(new Amendment(null, Optional.of(new PolicyId("nope")), null, null, null)));

    assertEquals(alices.id(), withPolicy.policy());
    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, foreign.reason());
    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, unknown.reason());
  }

  @Test
  void another_tenants_pool_is_not_found() {
    assertThrows(NotFound.class, () -> ipam.amendPool.amend(Ipam.BOB, pool.id(),
        new Amendment(null, null, null, null, Optional.of("mine now"))));
  }
}
