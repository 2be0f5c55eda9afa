package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DefinePolicy.NewPolicy;
import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePolicyRulesTest {

  private final Ipam ipam = new Ipam();
  private final Policy policy = ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "p", null, null, null));

  private Pool poolUsingThePolicy(String cidr) {
    return ipam.createPool.create(ALICE, CreatePool.NewPool.builder(ALICE.tenant(), IpPrefix.parse(cidr),
        Visibility.PRIVATE).reserved(ReservedAddresses.LAST_ONLY).policy(policy.id()).build());
  }

  private String next(Pool pool) {
    return ipam.next(pool).address().toString();
  }

  @Test
  void a_range_added_amended_and_removed_is_honoured_by_the_next_allocation() {
    Pool pool = poolUsingThePolicy("10.0.0.0/28");
    assertEquals("10.0.0.0", next(pool));

    UnusableRange range = ipam.changePolicyRules.addRange(ALICE, policy.id(), new UnusableRangeSpec(1, 2));
    assertEquals("10.0.0.3", next(pool));

    ipam.changePolicyRules.amendRange(ALICE, policy.id(), range.id(), 4L, null);
    assertEquals("10.0.0.6", next(pool), "positions 4 and 5 are unusable now");

    ipam.changePolicyRules.removeRange(ALICE, policy.id(), range.id());
    assertEquals("10.0.0.7", next(pool));
    assertEquals(List.of(), ipam.definePolicy.get(ALICE, policy.id()).ranges());
  }

  @Test
  void an_octet_added_amended_and_removed_is_honoured_by_the_next_allocation() {
    Pool pool = poolUsingThePolicy("10.0.0.0/28");

    UnusableOctet octet = ipam.changePolicyRules.addOctet(ALICE, policy.id(), 0);
    assertEquals("10.0.0.1", next(pool));
    ipam.changePolicyRules.amendOctet(ALICE, policy.id(), octet.id(), 2);
    assertEquals("10.0.0.3", next(pool));
    ipam.changePolicyRules.removeOctet(ALICE, policy.id(), octet.id());

    assertEquals(List.of(), ipam.definePolicy.get(ALICE, policy.id()).octets());
  }

  @Test
  void a_rule_keeps_its_creation_time_and_takes_the_time_of_its_change() {
    UnusableRange range = ipam.changePolicyRules.addRange(ALICE, policy.id(), new UnusableRangeSpec(-3, 2));
    ipam.clock.advance(Duration.ofMinutes(2));

    UnusableRange amended = ipam.changePolicyRules.amendRange(ALICE, policy.id(), range.id(), null, 0L);

    assertEquals(new UnusableRange(range.id(), -3, 0, Ipam.T0, Ipam.T0.plus(Duration.ofMinutes(2))), amended);
    assertEquals(amended, ipam.changePolicyRules.range(ALICE, policy.id(), range.id()));
  }

  /** [I] Melange accepted length 0 and any integer octet; the core takes length >= 0 and octets 0..65535. */
  @Test
  void refuses_a_negative_length_and_an_octet_beyond_65535_and_changes_nothing() {
    UnusableRange range = ipam.changePolicyRules.addRange(ALICE, policy.id(), new UnusableRangeSpec(0, 0));
    UnusableOctet octet = ipam.changePolicyRules.addOctet(ALICE, policy.id(), 65535);

    assertThrows(Invalid.class, () -> ipam.changePolicyRules.addRange(ALICE, policy.id(), new UnusableRangeSpec(0, -1)));
    assertThrows(Invalid.class, () -> ipam.changePolicyRules.amendRange(ALICE, policy.id(), range.id(), null, -1L));
    assertThrows(Invalid.class, () -> ipam.changePolicyRules.addOctet(ALICE, policy.id(), 65536));
    assertThrows(Invalid.class, () -> ipam.changePolicyRules.amendOctet(ALICE, policy.id(), octet.id(), -1));

    Policy stored = ipam.definePolicy.get(ALICE, policy.id());
    assertEquals(List.of(range), stored.ranges());
    assertEquals(List.of(octet), stored.octets());
  }

  @Test
  void a_rule_is_found_only_under_its_own_policy_and_only_by_who_may_see_it() {
    UnusableRange range = ipam.changePolicyRules.addRange(ALICE, policy.id(), new UnusableRangeSpec(1, 1));
    Policy other = ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "other", null, null, null));

    assertEquals(NotFound.Kind.UNUSABLE_RANGE, assertThrows(NotFound.class,
        () -> ipam.changePolicyRules.range(ALICE, other.id(), range.id())).kind());
    assertEquals(NotFound.Kind.UNUSABLE_RANGE, assertThrows(NotFound.class,
        () -> ipam.changePolicyRules.removeRange(ALICE, other.id(), range.id())).kind());
    assertEquals(NotFound.Kind.UNUSABLE_OCTET, assertThrows(NotFound.class,
        () -> ipam.changePolicyRules.amendOctet(ALICE, policy.id(), range.id(), 1)).kind());
    assertEquals(NotFound.Kind.POLICY, assertThrows(NotFound.class,
        () -> ipam.changePolicyRules.addRange(BOB, policy.id(), new UnusableRangeSpec(1, 1))).kind());
    assertEquals(NotFound.Kind.POLICY, assertThrows(NotFound.class,
        () -> ipam.changePolicyRules.removeRange(BOB, policy.id(), range.id())).kind());
    assertEquals(range, ipam.changePolicyRules.range(OPERATOR, policy.id(), range.id()));
    assertEquals(List.of(range), ipam.definePolicy.get(ALICE, policy.id()).ranges());
  }
}
