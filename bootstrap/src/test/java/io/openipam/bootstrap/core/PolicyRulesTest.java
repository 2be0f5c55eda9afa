package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.port.in.AmendPolicy;
import io.openipam.application.port.in.AmendPool;
import io.openipam.application.port.in.ChangePolicyRules;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.application.port.in.DefinePolicy.NewPolicy;
import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.RemovePolicy;
import io.openipam.bootstrap.support.IpamTransactions;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Policies, their ranges and octets in the real store: each edited on its own, honoured by the next allocation. */
class PolicyRulesTest extends OnMariaDb {

  private Policy define(String name) {
    return node.get(DefinePolicy.class).define(ACME, new NewPolicy(ACME.tenant(), name, "d", null, null));
  }

  private ChangePolicyRules rules() {
    return node.get(ChangePolicyRules.class);
  }

  private Pool poolWith(PolicyId policy, String cidr) {
    return node.get(CreatePool.class).create(ACME, CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse(cidr),
        Visibility.PRIVATE).reserved(ReservedAddresses.LAST_ONLY).policy(policy).build());
  }

  private String next(Pool pool) {
    return next(ACME, pool.id()).address().toString();
  }

  @Test
  void ranges_and_octets_keep_their_own_ids_and_times_and_are_honoured_by_the_next_allocation() {
    Policy policy = define("rules");
    Pool pool = poolWith(policy.id(), "10.60.0.0/28");

    UnusableRange range = rules().addRange(ACME, policy.id(), new UnusableRangeSpec(0, 2));
    UnusableOctet octet = rules().addOctet(ACME, policy.id(), 2);
    assertEquals("10.60.0.3", next(pool));

    UnusableRange moved = rules().amendRange(ACME, policy.id(), range.id(), 4L, 1L);
    UnusableOctet changed = rules().amendOctet(ACME, policy.id(), octet.id(), 5);
    assertEquals(List.of(moved), node.get(DefinePolicy.class).get(ACME, policy.id()).ranges());
    assertEquals(changed, rules().octet(ACME, policy.id(), octet.id()));
    assertEquals(range.createdAt(), moved.createdAt());
    assertEquals("10.60.0.6", next(pool), "4 and 5 are unusable now; 0 to 2 came free but the cursor passed them");

    rules().removeRange(ACME, policy.id(), range.id());
    rules().removeOctet(ACME, policy.id(), octet.id());
    Policy bare = node.get(DefinePolicy.class).get(ACME, policy.id());
    assertEquals(List.of(), bare.ranges());
    assertEquals(List.of(), bare.octets());
    assertEquals(NotFound.Kind.UNUSABLE_RANGE, assertThrows(NotFound.class,
        () -> rules().removeRange(ACME, policy.id(), range.id())).kind());
  }

  @Test
  void a_rule_is_found_only_under_its_own_policy() {
    Policy one = define("one");
    Policy two = define("two");
    UnusableRange range = rules().addRange(ACME, one.id(), new UnusableRangeSpec(1, 1));
    UnusableOctet octet = rules().addOctet(ACME, one.id(), 1);

    assertThrows(NotFound.class, () -> rules().amendRange(ACME, two.id(), range.id(), 2L, 2L));
    assertThrows(NotFound.class, () -> rules().removeOctet(ACME, two.id(), octet.id()));
    assertEquals(List.of(range), node.get(DefinePolicy.class).get(ACME, one.id()).ranges());
    assertEquals(List.of(octet), node.get(DefinePolicy.class).get(ACME, one.id()).octets());
  }

  @Test
  void policies_list_by_id_per_owner_and_amend_their_name() {
    List<PolicyId> ids = Stream.of("a", "b", "c").map(name -> define("list-" + name).id())
        .sorted(Comparator.comparing(PolicyId::value)).toList();
    List<Policy> mine = node.get(DefinePolicy.class).list(ACME, new DefinePolicy.Query(ACME.tenant(), null, 1000));
    List<PolicyId> after = node.get(DefinePolicy.class).list(ACME, new DefinePolicy.Query(ACME.tenant(), ids.get(0), 1000))
        .stream().map(Policy::id).toList();

    Policy renamed = node.get(AmendPolicy.class).amend(ACME, ids.get(1), new AmendPolicy.Amendment("renamed", null));

    assertEquals(mine.stream().map(Policy::id).sorted(Comparator.comparing(PolicyId::value)).toList(),
        mine.stream().map(Policy::id).toList());
    assertEquals(true, after.containsAll(ids.subList(1, 3)) && !after.contains(ids.get(0)));
    assertEquals(List.of(), node.get(DefinePolicy.class).list(GLOBEX, new DefinePolicy.Query(ACME.tenant(), null, 10)));
    assertEquals(renamed, node.get(DefinePolicy.class).get(ACME, ids.get(1)));
    assertEquals("d", renamed.description());
  }

  @Test
  void removing_a_policy_takes_it_off_its_pools_which_then_hand_out_what_it_excluded() {
    Policy policy = define("gone");
    Pool pool = poolWith(policy.id(), "10.61.0.0/29");
    rules().addRange(ACME, policy.id(), new UnusableRangeSpec(0, 1));
    UnusableOctet octet = rules().addOctet(ACME, policy.id(), 1);
    assertEquals("10.61.0.2", next(pool));

    node.get(RemovePolicy.class).remove(ACME, policy.id());

    Pool detached = node.get(FindPools.class).get(ACME, pool.id());
    assertNull(detached.policy());
    assertEquals(pool.version() + 1, detached.version());
    assertThrows(NotFound.class, () -> node.get(DefinePolicy.class).get(ACME, policy.id()));
    assertThrows(NotFound.class, () -> rules().octet(ACME, policy.id(), octet.id()));
    assertEquals(NotFound.Kind.POLICY, assertThrows(NotFound.class,
        () -> rules().addOctet(ACME, policy.id(), 3)).kind());
    assertEquals("10.61.0.3", next(pool));
  }

  /**
   * A pool given the policy while the policy is being removed: whichever commits first, the policy
   * ends up gone and the pool without it (the interleaving varies; the outcome may not).
   */
  @Test
  void removing_a_policy_while_another_request_gives_it_to_a_pool_leaves_the_pool_without_it() throws Exception {
    Policy policy = define("contended");
    Pool pool = privatePool(ACME, "10.62.0.0/24", ReservedAddresses.LAST_ONLY);
    CountDownLatch assigned = new CountDownLatch(1);
    CountDownLatch removalStarted = new CountDownLatch(1);
    Thread amending = Thread.ofVirtual().start(() -> node.get(IpamTransactions.class).inTransaction(() -> {
      node.get(AmendPool.class).amend(ACME, pool.id(),
          new AmendPool.Amendment(null, Optional.of(policy.id()), null, null, null));
      assigned.countDown();
      awaitQuietly(removalStarted);
    }));
    assigned.await(10, TimeUnit.SECONDS);
    Thread removing = Thread.ofVirtual().start(() -> node.get(RemovePolicy.class).remove(ACME, policy.id()));
    Thread.sleep(200); // lets the removal reach the rows the open transaction holds; any interleaving must pass
    removalStarted.countDown();
    amending.join(10_000);
    removing.join(10_000);

    assertNull(node.get(FindPools.class).get(ACME, pool.id()).policy());
    assertThrows(NotFound.class, () -> node.get(DefinePolicy.class).get(ACME, policy.id()));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
