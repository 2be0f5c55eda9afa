package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.application.port.in.DefinePolicy.NewPolicy;
import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.Visibility;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DefinePolicyTest {

  private final Ipam ipam = new Ipam();

  @Test
  void stores_a_policy_with_its_ranges_and_octets() {
    Policy policy = ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "edge", "keep the edges",
        List.of(new UnusableRangeSpec(1, 3), new UnusableRangeSpec(-2, 2)), List.of(100)));

    assertEquals(ALICE.tenant(), policy.owner());
    assertEquals("edge", policy.name());
    assertEquals(2, policy.ranges().size());
    assertEquals(3, policy.ranges().getFirst().length());
    assertEquals(-2, policy.ranges().get(1).offset());
    assertEquals(100, policy.octets().getFirst().octet());
    assertEquals(Ipam.T0, policy.createdAt());
    assertEquals(policy, ipam.definePolicy.get(ALICE, policy.id()));
  }

  @Test
  void a_pool_using_the_policy_hands_out_only_what_it_allows() {
    Policy policy = ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "edge", null,
        List.of(new UnusableRangeSpec(1, 3)), List.of(5)));
    Pool pool = ipam.createPool.create(ALICE, CreatePool.NewPool.builder(ALICE.tenant(),
        IpPrefix.parse("10.0.0.0/24"), Visibility.PRIVATE).policy(policy.id()).build());

    List<String> handedOut = Stream.generate(() -> ipam.next(pool)).limit(3)
        .map(Allocation::address).map(Object::toString).toList();

    assertEquals(List.of("10.0.0.4", "10.0.0.6", "10.0.0.7"), handedOut);
  }

  @Test
  void a_tenant_defines_policies_only_for_itself() {
    assertThrows(Forbidden.class, () -> ipam.definePolicy.define(BOB, new NewPolicy(ALICE.tenant(), "x", null, null,
        null)));
    assertEquals(0, ipam.ids.issued());
  }

  @Test
  void another_tenants_policy_is_not_found_but_an_operator_sees_it() {
    Policy policy = ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "edge", null, null, null));

    NotFound notFound = assertThrows(NotFound.class, () -> ipam.definePolicy.get(BOB, policy.id()));

    assertEquals(NotFound.Kind.POLICY, notFound.kind());
    assertEquals(policy, ipam.definePolicy.get(OPERATOR, policy.id()));
    assertEquals(NotFound.Kind.POLICY,
        assertThrows(NotFound.class, () -> ipam.definePolicy.get(ALICE, new PolicyId("nope"))).kind());
  }

  @Test
  void refuses_an_octet_outside_0_to_65535_and_a_negative_range() {
    assertThrows(Invalid.class, () -> ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "x", null, null,
        List.of(65536))));
    assertThrows(Invalid.class, () -> ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), "x", null,
        List.of(new UnusableRangeSpec(0, -1)), null)));
    assertThrows(NotFound.class, () -> ipam.definePolicy.get(ALICE, new PolicyId("00000000-0000-0000-0000-000000000001")));
  }

  @Test
  void lists_a_tenants_policies_by_id_page_by_page_and_nobody_elses() {
    List<PolicyId> ids = Stream.of("a", "b", "c")
        .map(name -> ipam.definePolicy.define(ALICE, new NewPolicy(ALICE.tenant(), name, null, null, null)).id())
        .sorted(java.util.Comparator.comparing(PolicyId::value)).toList();
    ipam.definePolicy.define(BOB, new NewPolicy(BOB.tenant(), "bob's", null, null, null));

    List<Policy> page = ipam.definePolicy.list(ALICE, new DefinePolicy.Query(ALICE.tenant(), ids.getFirst(), 5));

    assertEquals(ids.subList(1, 3), page.stream().map(Policy::id).toList());
    assertEquals(List.of(), ipam.definePolicy.list(BOB, new DefinePolicy.Query(ALICE.tenant(), null, 5)));
    assertEquals(3, ipam.definePolicy.list(OPERATOR, new DefinePolicy.Query(ALICE.tenant(), null, 5)).size());
  }
}
