package io.openipam.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.AnAllocation;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.InMemoryAllocations;
import io.openipam.application.fakes.InMemoryDatabase;
import io.openipam.application.fakes.InMemoryPools;
import io.openipam.application.fakes.InMemorySlotLedger;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.SlotRules;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateSlotsTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryPools pools = new InMemoryPools(db);
  private final InMemorySlotLedger ledger = new InMemorySlotLedger(db);
  private final InMemoryAllocations allocations = new InMemoryAllocations(db);
  private final CandidateSlots candidates = new CandidateSlots(ledger, FixedSettings.defaults().withLeaseSize(4));
  private final Pool pool = APool.of("10.0.0.0/28").in(pools);
  private final SlotRules rules = new SlotRules(pool, null);

  private static List<BigInteger> slots(int... values) {
    return Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
  }

  private List<BigInteger> take(CandidateSlots from, Pool of, int count) {
    List<BigInteger> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      taken.add(from.next(of, new SlotRules(of, null)).orElseThrow());
    }
    return taken;
  }

  @Test
  void leases_lease_size_slots_at_a_time_and_touches_the_ledger_once_per_lease() {
    take(candidates, pool, 4);
    assertEquals(1, ledger.leaseCalls());

    take(candidates, pool, 1);
    assertEquals(2, ledger.leaseCalls());
    assertEquals(List.of(4, 4), ledger.leaseRequests());
  }

  @Test
  void a_pool_in_demand_gets_bigger_leases_up_to_the_configured_growth() {
    CandidateSlots growing = new CandidateSlots(ledger, FixedSettings.defaults().withLeaseSize(4).withLeaseGrowth(4));
    Pool large = APool.of("10.1.0.0/24").in(pools);

    // leases used up within a second of each other: the pool is busy
    List<BigInteger> taken = take(growing, large, 4 + 8 + 16 + 16 + 1);

    assertEquals(List.of(4, 8, 16, 16, 16), ledger.leaseRequests());
    assertEquals(slots(1, 2, 3, 4, 5), taken.subList(0, 5));
  }

  @Test
  void hands_out_slots_in_ascending_order_across_leases() {
    assertEquals(slots(1, 2, 3, 4, 5, 6, 7, 8, 9), take(candidates, pool, 9));
  }

  @Test
  void hands_out_slots_returned_to_the_ledger_before_fresh_ones() {
    CandidateSlots otherProcess = new CandidateSlots(ledger, FixedSettings.defaults().withLeaseSize(4));
    take(otherProcess, pool, 1);
    otherProcess.giveBackAll();

    assertEquals(slots(2, 3, 4, 5, 6), take(candidates, pool, 5));
  }

  @Test
  void give_back_all_returns_the_unused_slots_of_every_pool_to_the_ledger() {
    Pool other = APool.of("10.0.1.0/28").in(pools);
    take(candidates, pool, 1);
    take(candidates, other, 3);

    candidates.giveBackAll();

    assertEquals(slots(2, 3, 4), ledger.freeSlots(pool.id()));
    assertEquals(slots(4), ledger.freeSlots(other.id()));
    assertEquals(2, ledger.givenBack().size());
  }

  @Test
  void give_back_all_empties_the_lease_so_the_next_candidate_is_leased_again() {
    take(candidates, pool, 1);
    candidates.giveBackAll();
    candidates.giveBackAll();

    assertEquals(1, ledger.givenBack().size());
    assertEquals(Optional.of(BigInteger.TWO), candidates.next(pool, rules));
    assertEquals(2, ledger.leaseCalls());
  }

  @Test
  void forget_drops_what_is_held_of_a_pool_without_giving_it_back() {
    Pool kept = APool.of("10.0.1.0/28").in(pools);
    take(candidates, pool, 1);
    take(candidates, kept, 1);

    candidates.forget(Set.of(pool.id()));
    candidates.giveBackAll();

    assertEquals(List.of(slots(2, 3, 4)), ledger.givenBack());
    assertEquals(slots(2, 3, 4), ledger.freeSlots(kept.id()));
    assertEquals(List.of(), ledger.freeSlots(pool.id()));
  }

  @Test
  void after_forgetting_a_pool_the_next_candidate_comes_from_a_new_lease() {
    take(candidates, pool, 1);
    candidates.forget(List.of(pool.id()));

    assertEquals(Optional.of(BigInteger.valueOf(5)), candidates.next(pool, rules));
    assertEquals(2, ledger.leaseCalls());
  }

  @Test
  void is_empty_once_the_ledger_has_nothing_left_to_lease() {
    Pool tiny = APool.of("10.0.2.0/30").in(pools);
    allocations.insertIfFree(AnAllocation.at("a1", tiny, "10.0.2.1/32"));
    allocations.insertIfFree(AnAllocation.at("a2", tiny, "10.0.2.2/32"));

    assertEquals(slots(1, 2), take(candidates, tiny, 2));
    assertEquals(Optional.empty(), candidates.next(tiny, new SlotRules(tiny, null)));
    Pool neverStored = APool.of("10.0.3.0/29").build();
    assertTrue(candidates.next(neverStored, new SlotRules(neverStored, null)).isEmpty(), "a pool without a cursor");
  }
}
